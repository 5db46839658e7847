#include "store/mailtransfer.h"

#include <QCoreApplication>
#include <QDir>

#include "mime/messageparser.h"
#include "store/emlfiles.h"
#include "store/maildirreader.h"
#include "store/mboxreader.h"
#include "store/mboxwriter.h"
#include "store/messagestore.h"

namespace Store {

namespace {

constexpr qint64 MaxEmlBytes = 256 * 1024 * 1024;
constexpr int BatchSize = 500; // messages per transaction

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Store::MailTransfer)
};

bool importOne(MessageStore &store, qint64 folder, const QByteArray &raw, int &count,
               const MessageFlags &flags = {})
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!store.beginBatch()
        || !store.importMessage(folder, raw, Mime::parseMessage(raw, now), now, flags))
        return false;
    ++count;
    return count % BatchSize != 0 || store.commitBatch();
}

} // namespace

QString importFile(MessageStore &store, const QString &path, const QString &folderName)
{
    const std::optional<qint64> folder = store.localFolder(folderName, true);
    if (!folder)
        return store.errorString();
    int count = 0;
    QString error;
    if (path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)) {
        const std::optional<QByteArray> raw = readEmlFile(path, MaxEmlBytes, &error);
        if (raw && !importOne(store, *folder, *raw, count))
            error = store.errorString();
    } else {
        MboxReader reader(path);
        if (!reader.open())
            return reader.errorString();
        while (const std::optional<QByteArray> raw = reader.next()) {
            if (!importOne(store, *folder, *raw, count)) {
                error = store.errorString();
                break;
            }
        }
        if (error.isEmpty() && reader.hasError())
            error = Strings::tr("%1 (after %n message(s) were imported)", nullptr, count)
                        .arg(reader.errorString());
    }
    if (!store.commitBatch() && error.isEmpty())
        error = store.errorString();
    return error;
}

QString importMaildir(MessageStore &store, const QString &directory, const QString &folderName)
{
    const std::optional<qint64> folder = store.localFolder(folderName, true);
    if (!folder)
        return store.errorString();
    MaildirReader reader(directory);
    if (!reader.open())
        return reader.errorString();
    int count = 0;
    QString error;
    while (const std::optional<MaildirMessage> message = reader.next()) {
        const MessageFlags flags {message->flags.seen, message->flags.flagged,
                                  message->flags.replied, message->flags.trashed};
        if (!importOne(store, *folder, message->raw, count, flags)) {
            error = store.errorString();
            break;
        }
    }
    if (error.isEmpty() && reader.hasError())
        error = reader.errorString();
    if (!store.commitBatch() && error.isEmpty())
        error = store.errorString();
    return error;
}

QString exportToEmlFiles(MessageStore &store, const QList<qint64> &ids, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Strings::tr("Cannot create the folder %1.").arg(directory);
    int n = 0;
    for (const qint64 id : ids) {
        const std::optional<QByteArray> raw = store.raw(id);
        if (!raw)
            continue; // deleted meanwhile
        QString error;
        if (!writeEmlFile(directory, QString::number(++n), *raw, &error))
            return error;
    }
    return {};
}

QString exportToMbox(MessageStore &store, const QList<qint64> &ids, const QString &path)
{
    MboxWriter writer(path);
    if (!writer.open())
        return writer.errorString();
    for (const qint64 id : ids) {
        const std::optional<QByteArray> raw = store.raw(id);
        const std::optional<MessageSummary> summary = store.message(id);
        if (!raw || !summary)
            continue; // deleted meanwhile
        if (!writer.append(*raw, summary->date))
            return writer.errorString();
    }
    return writer.finish() ? QString() : writer.errorString();
}

} // namespace Store
