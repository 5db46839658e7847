#include "fetchcommand.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include "clicontext.h"
#include "passwords.h"
#include "store/messagestore.h"
#include "sync/completionjob.h"
#include "sync/syncjob.h"

namespace Cli {

namespace {

// Test hook: SATCHEL_TEST_CLOCK_OFFSET_DAYS moves "now" forward, so retention tests can check
// "keep for N days" without waiting N days. Not for users; not documented in --help.
QDateTime now()
{
    const int days = qEnvironmentVariableIntValue("SATCHEL_TEST_CLOCK_OFFSET_DAYS");
    return QDateTime::currentDateTimeUtc().addDays(days);
}

std::optional<QString> passwordFor(Context &context, const Store::Account &account,
                                   std::optional<QString> &stdinPassword, bool fromStdin)
{
    if (fromStdin) {
        if (!stdinPassword)
            stdinPassword = readPasswordFromStdin();
        return stdinPassword;
    }
    if (account.authMethod == Pop3::Sasl::AuthMethod::OAuth2) {
        context.err << Strings::tr(
                           "satchel-cli: %1 signs in with OAuth2, which satchel-cli cannot do "
                           "yet; check it from the Satchel window, or pass an access token with "
                           "--password-stdin")
                           .arg(account.name)
                    << Qt::endl;
        return std::nullopt;
    }
    if (!account.storedPassword.isEmpty())
        return account.storedPassword;
    const KeychainResult result = readKeychainPassword(account.name);
    if (result.ok)
        return result.password;
    context.err << Strings::tr("satchel-cli: %1: no password (%2); use --password-stdin")
                       .arg(account.name, result.error)
                << Qt::endl;
    return std::nullopt;
}

} // namespace

int runFetchCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Strings::tr("Retrieves new mail for the named accounts, or all."));
    parser.addHelpOption();
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Strings::tr("Read the password from standard input."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      Strings::tr("Print progress on stderr."));
    parser.addOptions({passwordStdin, progress});
    parser.addPositionalArgument(QStringLiteral("account"),
                                 Strings::tr("Accounts to fetch (default: all)."),
                                 QStringLiteral("[NAME...]"));
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    QList<Store::Account> accounts;
    if (parser.positionalArguments().isEmpty()) {
        accounts = store->accounts();
        if (accounts.isEmpty())
            return context.fail(Usage,
                                Strings::tr("there are no accounts; add one with \"account add\""));
    } else {
        for (const QString &name : parser.positionalArguments()) {
            const std::optional<Store::Account> account = store->account(name);
            if (!account)
                return context.fail(Usage, Strings::tr("there is no account named %1").arg(name));
            accounts.append(*account);
        }
    }
    if (parser.isSet(passwordStdin) && accounts.size() > 1)
        return context.fail(Usage,
                            Strings::tr("--password-stdin works with one account at a time"));

    int status = Success;
    std::optional<QString> stdinPassword;
    for (const Store::Account &account : accounts) {
        const std::optional<QString> password =
            passwordFor(context, account, stdinPassword, parser.isSet(passwordStdin));
        if (!password) {
            status = Auth;
            continue;
        }
        Sync::SyncJob job(account, *password, context.profileDir());
        job.setClock(now);
        QEventLoop loop;
        int result = Success;
        bool done = false;
        QObject::connect(&job, &Sync::SyncJob::progress, &loop, [&](const Pop3::FetchProgress &p) {
            if (parser.isSet(progress)) {
                context.err << account.name << ": " << p.messagesDone << '/' << p.messagesTotal
                            << " messages, " << p.bytesDone << '/' << p.bytesTotal << " bytes"
                            << Qt::endl;
            }
        });
        QObject::connect(&job, &Sync::SyncJob::finished, &loop, [&](const Sync::SyncSummary &s) {
            context.out << Strings::tr("%1: %2 new, %3 deleted from the server, %4 on the server")
                               .arg(account.name)
                               .arg(s.stored)
                               .arg(s.deletedOnServer)
                               .arg(s.fetch.messagesOnServer)
                        << Qt::endl;
            if (!s.notes.isEmpty())
                context.err << account.name << ": " << s.notes << Qt::endl;
            done = true;
            loop.quit();
        });
        QObject::connect(
            &job, &Sync::SyncJob::failed, &loop, [&](const Pop3::Error &error, const QString &) {
                QString message = error.message();
                if (!error.detail.isEmpty() && error.kind != Pop3::ErrorKind::Cancelled)
                    message += QStringLiteral(" (") + error.detail + QLatin1Char(')');
                result =
                    context.fail(exitCodeFor(error), account.name + QStringLiteral(": ") + message);
                done = true;
                loop.quit();
            });
        job.start();
        if (!done) // start() reports a store that cannot be opened at once
            loop.exec();
        if (result != Success)
            status = result;
    }
    return status;
}

int runFetchRestCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Strings::tr(
        "Downloads the rest of a message stored as headers only (over the size limit)."));
    parser.addHelpOption();
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Strings::tr("Read the password from standard input."));
    parser.addOption(passwordStdin);
    parser.addPositionalArgument(QStringLiteral("id"), Strings::tr("Message id (see list)."));
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok)
        return context.fail(Usage, Strings::tr("usage: fetch-rest ID [--password-stdin]"));
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    const std::optional<Store::MessageStore::Origin> origin = store->origin(id);
    if (!origin)
        return context.fail(Usage, Strings::tr("message %1 did not come from an account").arg(id));
    if (!origin->headersOnly)
        return context.fail(Usage, Strings::tr("message %1 is already complete").arg(id));
    std::optional<Store::Account> account;
    for (const Store::Account &a : store->accounts()) {
        if (a.id == origin->accountId)
            account = a;
    }
    if (!account)
        return context.fail(Usage,
                            Strings::tr("the account of message %1 no longer exists").arg(id));
    std::optional<QString> stdinPassword;
    const std::optional<QString> password =
        passwordFor(context, *account, stdinPassword, parser.isSet(passwordStdin));
    if (!password)
        return Auth;
    Sync::CompletionJob job(*account, *password, context.profileDir(), id);
    QEventLoop loop;
    int result = Success;
    bool done = false;
    QObject::connect(&job, &Sync::CompletionJob::finished, &loop, [&] {
        context.out << Strings::tr("message %1 downloaded in full").arg(id) << Qt::endl;
        done = true;
        loop.quit();
    });
    QObject::connect(&job, &Sync::CompletionJob::failed, &loop, [&](const Pop3::Error &error) {
        result =
            context.fail(exitCodeFor(error), error.message() + QLatin1Char(' ') + error.detail);
        done = true;
        loop.quit();
    });
    job.start();
    if (!done)
        loop.exec();
    return result;
}

} // namespace Cli
