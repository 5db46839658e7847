#include "transfercommands.h"

#include <QCommandLineParser>
#include <QDir>

#include "clicontext.h"
#include "mime/messageparser.h"
#include "store/emlfiles.h"
#include "store/maildirreader.h"
#include "store/mailtransfer.h"
#include "store/mboxreader.h"
#include "store/mboxwriter.h"
#include "store/messagestore.h"

namespace Cli {

namespace {

constexpr qint64 maxEmlBytes = 256 * 1024 * 1024;
// Messages written per transaction: one durable commit per message would make a large mbox
// import wait on the disk thousands of times.
constexpr int importBatch = 500;

bool importOne(Context &context, Store::MessageStore &store, qint64 folder, const QByteArray &raw,
               const Store::MessageFlags &flags, int &count)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!store.beginBatch()
        || !store.importMessage(folder, raw, Mime::parseMessage(raw, now), now, flags)) {
        const QString error = store.errorString();
        // What was imported before this message is kept.
        (void)store.commitBatch();
        context.fail(Store, error);
        return false;
    }
    ++count;
    if (count % importBatch == 0 && !store.commitBatch()) {
        context.fail(Store, store.errorString());
        return false;
    }
    return true;
}

// Reads the source the command line names into folder; count says how many were stored.
int importFrom(Context &context, const QCommandLineParser &parser, Store::MessageStore &store,
               qint64 folder, int &count)
{
    const QString mbox = QStringLiteral("mbox");
    const QString maildir = QStringLiteral("maildir");
    const QString eml = QStringLiteral("eml");
    if (parser.isSet(mbox)) {
        Store::MboxReader reader(parser.value(mbox));
        if (!reader.open())
            return context.fail(Store, reader.errorString());
        while (const std::optional<QByteArray> raw = reader.next()) {
            if (!importOne(context, store, folder, *raw, {}, count))
                return Store;
        }
        if (reader.hasError())
            return context.fail(
                Store,
                Strings::tr("%1 (after %n message(s) were imported)", nullptr, count)
                    .arg(reader.errorString()));
    } else if (parser.isSet(maildir)) {
        Store::MaildirReader reader(parser.value(maildir));
        if (!reader.open())
            return context.fail(Store, reader.errorString());
        while (const std::optional<Store::MaildirMessage> message = reader.next()) {
            const Store::MessageFlags flags {message->flags.seen, message->flags.flagged,
                                             message->flags.replied, message->flags.trashed};
            if (!importOne(context, store, folder, message->raw, flags, count))
                return Store;
        }
        if (reader.hasError())
            return context.fail(Store, reader.errorString());
    } else {
        for (const QString &path : parser.values(eml)) {
            QString error;
            const std::optional<QByteArray> raw = Store::readEmlFile(path, maxEmlBytes, &error);
            if (!raw)
                return context.fail(Store, error);
            if (!importOne(context, store, folder, *raw, {}, count))
                return Store;
        }
    }
    return Success;
}

} // namespace

int runImportCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption folderOption(
        QStringLiteral("folder"),
        Strings::tr("Local folder to import into (created when missing)."), QStringLiteral("F"));
    const QCommandLineOption mbox(QStringLiteral("mbox"), Strings::tr("An mbox file (mboxrd)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption maildir(QStringLiteral("maildir"), Strings::tr("A Maildir folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption eml(QStringLiteral("eml"), Strings::tr("A message file (repeatable)."),
                                 QStringLiteral("FILE"));
    parser.addOptions({folderOption, mbox, maildir, eml});
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.isSet(folderOption)
        || int(parser.isSet(mbox)) + int(parser.isSet(maildir)) + int(parser.isSet(eml)) != 1)
        return context.fail(
            Usage,
            Strings::tr("usage: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)"));
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    const std::optional<qint64> folder = store->folderId(parser.value(folderOption), true);
    if (!folder)
        return context.fail(Usage, store->errorString());

    int count = 0;
    const int status = importFrom(context, parser, *store, *folder, count);
    if (!store->commitBatch())
        return context.fail(Store, store->errorString());
    if (status != Success)
        return status;
    context.out << Strings::tr("%n message(s) imported into %1", nullptr, count)
                       .arg(parser.value(folderOption))
                << Qt::endl;
    return Success;
}

int runExportCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          Strings::tr("Folder to export."), QStringLiteral("F"));
    const QCommandLineOption mbox(QStringLiteral("mbox"),
                                  Strings::tr("Write one mbox file (mboxrd); it must not exist."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption emlDir(QStringLiteral("eml-dir"),
                                    Strings::tr("Write one .eml file per message."),
                                    QStringLiteral("DIR"));
    parser.addOptions({folderOption, mbox, emlDir});
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.isSet(folderOption) || parser.isSet(mbox) == parser.isSet(emlDir))
        return context.fail(Usage,
                            Strings::tr("usage: export --folder F (--mbox FILE | --eml-dir DIR)"));
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    const std::optional<qint64> folderId = store->folderId(parser.value(folderOption), false);
    if (!folderId)
        return context.fail(Usage,
                            Strings::tr("there is no folder %1").arg(parser.value(folderOption)));

    const QList<qint64> ids = store->messageIds(*folderId);
    const QString error = parser.isSet(mbox)
        ? Store::exportToMbox(*store, ids, parser.value(mbox))
        : Store::exportToEmlFiles(*store, ids, parser.value(emlDir));
    if (!error.isEmpty())
        return context.fail(Store, error);
    context.out << Strings::tr("%n message(s) exported", nullptr, int(ids.size())) << Qt::endl;
    return Success;
}

} // namespace Cli
