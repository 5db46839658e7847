#include "messagecommands.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "clicontext.h"
#include "messageformat.h"
#include "mime/messageparser.h"
#include "store/messagestore.h"

namespace Cli {

namespace {

std::optional<qint64> parseId(Context &context, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.fail(Usage, Strings::tr("\"%1\" is not a message id").arg(text));
        return std::nullopt;
    }
    return id;
}

// A folder given as a path ("alice/Inbox", "Local Folders/Archive") or a local folder's name.
std::optional<qint64> resolveFolder(Context &context, Store::MessageStore &store,
                                    const QString &path)
{
    const std::optional<qint64> id = store.folderId(path, false);
    if (!id)
        context.fail(Usage,
                     Strings::tr("there is no folder %1; see \"satchel-cli folders\"").arg(path));
    return id;
}

} // namespace

int runFoldersCommand(Context &context, const QStringList &)
{
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    for (const Store::Folder &folder : store->folders())
        context.out << folder.path << '\t' << folder.total << '\t' << folder.unread << '\t'
                    << Store::folderRoleName(folder.role) << Qt::endl;
    return Success;
}

int runListCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          Strings::tr("Only this folder."), QStringLiteral("F"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Strings::tr("tsv (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("tsv"));
    parser.addOptions({folderOption, formatOption});
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return context.fail(Usage, Strings::tr("--format must be tsv or json"));
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    QList<Store::Folder> folders;
    if (parser.isSet(folderOption)) {
        const std::optional<qint64> id = resolveFolder(context, *store, parser.value(folderOption));
        if (!id)
            return Usage;
        for (const Store::Folder &f : store->folders()) {
            if (f.id == *id)
                folders.append(f);
        }
    } else {
        folders = store->folders();
    }
    QJsonArray json;
    for (const Store::Folder &folder : folders) {
        for (const Store::MessageSummary &m : store->messages(folder.id)) {
            if (format == QLatin1String("json")) {
                json.append(messageJson(m, folder.path));
                continue;
            }
            writeMessageTsv(context.out, m, folder.path);
            context.out << Qt::endl;
        }
    }
    if (format == QLatin1String("json"))
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Success;
}

int runShowCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rawOption(QStringLiteral("raw"),
                                       Strings::tr("Write the stored bytes unchanged."));
    parser.addOption(rawOption);
    parser.addPositionalArgument(QStringLiteral("id"), Strings::tr("Message id (see list)."));
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return context.fail(Usage, Strings::tr("usage: show ID [--raw]"));
    const std::optional<qint64> id = parseId(context, parser.positionalArguments().first());
    if (!id)
        return Usage;
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    const std::optional<QByteArray> raw = store->raw(*id);
    if (!raw)
        return context.fail(Usage, Strings::tr("there is no message %1").arg(*id));
    if (parser.isSet(rawOption)) {
        context.out.flush();
        std::fwrite(raw->constData(), 1, size_t(raw->size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    const Mime::ParsedMessage m = Mime::parseMessage(*raw, QDateTime::currentDateTimeUtc());
    const auto addresses = [](const QList<Mime::Address> &list) {
        QStringList parts;
        for (const Mime::Address &a : list)
            parts.append(a.display());
        return parts.join(QStringLiteral(", "));
    };
    context.out << "From: " << addresses(m.from) << '\n' << "To: " << addresses(m.to) << '\n';
    if (!m.cc.isEmpty())
        context.out << "Cc: " << addresses(m.cc) << '\n';
    context.out << "Date: " << m.date.toString(Qt::RFC2822Date) << '\n'
                << "Subject: " << m.subject << "\n\n"
                << m.textBody << '\n';
    for (const Mime::AttachmentInfo &a : m.attachments)
        context.out << "[attachment] " << (a.fileName.isEmpty() ? a.mimeType : a.fileName) << " ("
                    << a.size << " bytes)\n";
    for (const QString &note : m.notes)
        context.out << "[note] " << note << '\n';
    context.out.flush();
    return Success;
}

int runDeleteCommand(Context &context, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return context.fail(Usage, Strings::tr("usage: delete ID"));
    const std::optional<qint64> id = parseId(context, arguments.at(1));
    if (!id)
        return Usage;
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    const std::optional<Store::MessageSummary> before = store->message(*id);
    if (!store->deleteMessage(*id))
        return context.fail(before ? Store : Usage, store->errorString());
    context.out << (store->message(*id) ? Strings::tr("message %1 moved to Trash").arg(*id)
                                        : Strings::tr("message %1 deleted").arg(*id))
                << Qt::endl;
    return Success;
}

int runMoveCommand(Context &context, const QStringList &arguments)
{
    if (arguments.size() != 3)
        return context.fail(Usage, Strings::tr("usage: move ID FOLDER"));
    const std::optional<qint64> id = parseId(context, arguments.at(1));
    if (!id)
        return Usage;
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    const std::optional<qint64> folder = resolveFolder(context, *store, arguments.at(2));
    if (!folder)
        return Usage;
    if (!store->moveMessage(*id, *folder))
        return context.fail(Usage, store->errorString());
    return Success;
}

} // namespace Cli
