#include "accountcommands.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include "clicontext.h"
#include "passwords.h"
#include "store/messagestore.h"

namespace Cli {

namespace {

QString retentionText(const Sync::RetentionPolicy &policy)
{
    QString text;
    switch (policy.mode) {
    case Sync::RetentionMode::DeleteAfterDownload:
        text = QStringLiteral("delete-after-download");
        break;
    case Sync::RetentionMode::KeepOnServer:
        text = QStringLiteral("keep-on-server");
        break;
    case Sync::RetentionMode::KeepForDays:
        text = QStringLiteral("leave-on-server-days=%1").arg(policy.keepDays);
        break;
    }
    if (policy.deleteWhenDeletedLocally)
        text += QStringLiteral(",delete-when-deleted-locally");
    return text;
}

int add(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Strings::tr("Adds a POP3 account."));
    parser.addHelpOption();
    const auto value = [](const char *name, const QString &help, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
    };
    const QCommandLineOption name =
        value("name", Strings::tr("Account name (used by fetch)."), "N");
    const QCommandLineOption email = value("email", Strings::tr("E-mail address."), "E");
    const QCommandLineOption host = value("host", Strings::tr("POP3 server."), "H");
    const QCommandLineOption port =
        value("port", Strings::tr("Port (default 995 for tls, 110 otherwise)."), "P");
    const QCommandLineOption security =
        value("security", Strings::tr("tls, starttls or none."), "S");
    const QCommandLineOption user =
        value("user", Strings::tr("User name (default: the e-mail address)."), "U");
    const QCommandLineOption auth = value(
        "auth", Strings::tr("auto, plain, login, cram-md5, apop or user (default auto)."), "A");
    const QCommandLineOption keep(QStringLiteral("keep-on-server"),
                                  Strings::tr("Keep messages on the server."));
    const QCommandLineOption deleteAfter(
        QStringLiteral("delete-after-download"),
        Strings::tr("Delete messages from the server once stored here."));
    const QCommandLineOption days =
        value("leave-on-server-days",
              Strings::tr("Keep messages on the server for D days (default 14)."), "D");
    const QCommandLineOption deleteLocal(
        QStringLiteral("delete-when-deleted-locally"),
        Strings::tr("Delete from the server when deleted here for good."));
    const QCommandLineOption sizeLimit =
        value("size-limit",
              Strings::tr("Store larger messages as headers only (KiB); fetch-rest gets the rest."),
              "KB");
    const QCommandLineOption caFile =
        value("ca-file", Strings::tr("Extra CA certificate (PEM) for this server."), "PEM");
    const QCommandLineOption insecure(
        QStringLiteral("allow-insecure-auth"),
        Strings::tr("Allow sending the password without encryption."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        Strings::tr("Read the password from standard input and keep it in "
                    "the keychain."));
    const QCommandLineOption storeInProfile(
        QStringLiteral("store-password-in-profile"),
        Strings::tr("Keep the password in the profile database when no "
                    "keychain is reachable (readable by anyone who can "
                    "read your files)."));
    parser.addOptions({name, email, host, port, security, user, auth, keep, deleteAfter, days,
                       deleteLocal, sizeLimit, caFile, insecure, passwordStdin, storeInProfile});
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    for (const QCommandLineOption *required : {&name, &host, &security}) {
        if (!parser.isSet(*required))
            return context.fail(
                Usage, Strings::tr("account add needs --%1").arg(required->names().first()));
    }
    Store::Account account;
    account.name = parser.value(name).trimmed();
    account.email = parser.value(email);
    account.host = parser.value(host);
    const std::optional<Pop3::Security> mode = Pop3::securityFromName(parser.value(security));
    if (!mode)
        return context.fail(Usage, Strings::tr("--security must be tls, starttls or none"));
    account.security = *mode;
    account.port = Pop3::defaultPort(*mode);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint p = parser.value(port).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return context.fail(Usage, Strings::tr("--port must be 1..65535"));
        account.port = quint16(p);
    }
    account.user = parser.isSet(user) ? parser.value(user) : account.email;
    if (account.user.isEmpty())
        return context.fail(Usage, Strings::tr("account add needs --user or --email"));
    const QString authText = parser.isSet(auth) ? parser.value(auth) : QStringLiteral("auto");
    if (authText == QLatin1String("user")) {
        account.mechanism = Pop3::Sasl::Mechanism::UserPass;
    } else if (authText == QLatin1String("apop")) {
        account.mechanism = Pop3::Sasl::Mechanism::Apop;
    } else if (authText != QLatin1String("auto")) {
        account.mechanism = Pop3::Sasl::mechanismFromName(authText.toLatin1());
        if (!account.mechanism)
            return context.fail(
                Usage, Strings::tr("--auth must be auto, plain, login, cram-md5, apop or user"));
    }
    const int retentionChoices =
        int(parser.isSet(keep)) + int(parser.isSet(deleteAfter)) + int(parser.isSet(days));
    if (retentionChoices > 1)
        return context.fail(
            Usage,
            Strings::tr("choose one of --keep-on-server, --delete-after-download and "
                        "--leave-on-server-days"));
    if (parser.isSet(keep))
        account.retention.mode = Sync::RetentionMode::KeepOnServer;
    else if (parser.isSet(deleteAfter))
        account.retention.mode = Sync::RetentionMode::DeleteAfterDownload;
    account.retention.keepDays = 14;
    if (parser.isSet(days)) {
        bool ok = false;
        account.retention.keepDays = parser.value(days).toInt(&ok);
        if (!ok || account.retention.keepDays < 0)
            return context.fail(Usage,
                                Strings::tr("--leave-on-server-days must be a number of days"));
    }
    account.retention.deleteWhenDeletedLocally = parser.isSet(deleteLocal);
    if (parser.isSet(sizeLimit)) {
        bool ok = false;
        const qint64 kib = parser.value(sizeLimit).toLongLong(&ok);
        if (!ok || kib <= 0)
            return context.fail(Usage,
                                Strings::tr("--size-limit must be a positive number of KiB"));
        account.retention.sizeLimit = kib * 1024;
    }
    account.allowInsecureAuth = parser.isSet(insecure);
    if (parser.isSet(caFile)) {
        account.caFile = QFileInfo(parser.value(caFile)).absoluteFilePath();
        if (QSslCertificate::fromPath(account.caFile).isEmpty())
            return context.fail(
                Usage, Strings::tr("no certificate could be read from %1").arg(account.caFile));
    }
    if (account.security == Pop3::Security::None) {
        context.err
            << (account.allowInsecureAuth
                    ? Strings::tr("warning: this account sends your password and mail unencrypted.")
                    : Strings::tr(
                        "warning: this account has no encryption; fetching will refuse to send "
                        "the password unless --allow-insecure-auth is given."))
            << Qt::endl;
    }

    // The name must be free before anything is written, so that a failed add never replaces
    // another account's keychain entry.
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    if (store->account(account.name))
        return context.fail(Usage,
                            Strings::tr("there is already an account named %1").arg(account.name));

    QString password;
    if (parser.isSet(passwordStdin)) {
        const std::optional<QString> read = readPasswordFromStdin();
        if (!read)
            return context.fail(Usage, Strings::tr("no password on standard input"));
        password = *read;
    }
    if (!password.isEmpty()) {
        const KeychainResult saved = writeKeychainPassword(account.name, password);
        if (!saved.ok) {
            if (!parser.isSet(storeInProfile))
                return context.fail(
                    Auth,
                    Strings::tr("the password could not be kept in the keychain (%1); "
                                "pass --password-stdin to each fetch instead, or add "
                                "--store-password-in-profile")
                        .arg(saved.error));
            context.err << Strings::tr(
                "warning: the password is stored in the profile, unencrypted in "
                "passwords.json, readable by anyone who can read your files.")
                        << Qt::endl;
            account.storedPassword = password;
        }
    }
    if (!store->addAccount(account))
        return context.fail(Store, store->errorString());
    context.out << Strings::tr("account %1 added (%2:%3, %4, %5)")
                       .arg(account.name, account.host)
                       .arg(account.port)
                       .arg(Pop3::securityName(account.security), retentionText(account.retention))
                << Qt::endl;
    return Success;
}

int list(Context &context)
{
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    for (const Store::Account &a : store->accounts()) {
        context.out << a.name << '\t' << a.email << '\t' << a.host << ':' << a.port << '\t'
                    << Pop3::securityName(a.security) << '\t' << a.user << '\t'
                    << retentionText(a.retention) << Qt::endl;
    }
    return Success;
}

int remove(Context &context, const QStringList &names)
{
    QStringList rest = names;
    const bool deleteMail = rest.removeAll(QStringLiteral("--delete-mail")) > 0;
    if (rest.size() != 1 || rest.first().startsWith(QLatin1Char('-')))
        return context.fail(Usage, Strings::tr("usage: account remove NAME [--delete-mail]"));
    const QString name = rest.first();
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    if (!store->removeAccount(name, !deleteMail))
        return context.fail(Store, store->errorString());
    context.out << (deleteMail
                        ? Strings::tr("account %1 removed with the messages of its Inbox").arg(name)
                        : Strings::tr("account %1 removed; its messages are kept in Local "
                                      "Folders/%1")
                              .arg(name))
                << Qt::endl;
    return Success;
}

} // namespace

int runAccountCommand(Context &context, const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("add"))
        return add(context, arguments.mid(1));
    if (verb == QLatin1String("list"))
        return list(context);
    if (verb == QLatin1String("remove"))
        return remove(context, arguments.mid(2));
    return context.fail(Usage, Strings::tr("usage: account add|list|remove"));
}

} // namespace Cli
