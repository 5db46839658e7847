#include <QCommandLineParser>
#include <QCoreApplication>

#include "accountcommands.h"
#include "applicationinfo.h"
#include "checkcommand.h"
#include "clicontext.h"
#include "fetchcommand.h"
#include "languagesetup.h"
#include "messagecommands.h"
#include "searchcommands.h"
#include "transfercommands.h"

namespace {

QString usageText()
{
    //: satchel-cli --help. Commands, options and their values (tls, tsv, ...) stay as they are;
    //: translate the descriptions and keep each line under 80 columns.
    return QCoreApplication::translate(
        "main",
        "Commands:\n"
        "  account add --name N --email E --host H [--port P]\n"
        "              --security tls|starttls|none [--user U]\n"
        "              [--auth auto|plain|login|cram-md5|apop|user]\n"
        "              [--keep-on-server | --delete-after-download |\n"
        "               --leave-on-server-days D] [--delete-when-deleted-locally]\n"
        "              [--size-limit KiB] [--ca-file PEM] [--allow-insecure-auth]\n"
        "              [--password-stdin] [--store-password-in-profile]\n"
        "  account list | account remove NAME [--delete-mail]\n"
        "  fetch [NAME ...] [--password-stdin] [--progress]\n"
        "  fetch-rest ID [--password-stdin]\n"
        "                               the whole of a message kept as headers only\n"
        "  folders                      one folder per line: path, total, unread, role\n"
        "  list [--folder F] [--format tsv|json]\n"
        "                               tsv: id, date, folder, from, subject, flags,\n"
        "                               size (flags: R read, F flagged, A answered,\n"
        "                               H headers only)\n"
        "  show ID [--raw]              --raw writes the stored bytes unchanged\n"
        "  delete ID                    to Trash; from Trash: for good\n"
        "  move ID FOLDER\n"
        "  search QUERY [--folder F] [--limit N] [--offset N]\n"
        "               [--sort newest|relevance] [--format tsv|json] [--count]\n"
        "               [--no-snippets]\n"
        "                               tsv: as list, plus a snippet with [matches]\n"
        "  reindex [--progress]         rebuild the search index from stored messages\n"
        "  check                        look for damage in the archive (quick_check)\n"
        "  recover [--progress]         move every readable message of a damaged\n"
        "                               archive into a new one; the damaged file is\n"
        "                               kept beside it\n"
        "  export --folder F (--mbox FILE | --eml-dir DIR)\n"
        "  import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)\n"
        "Each command has --help. Exit status: 0 success, 1 other failure, 2 usage,\n"
        "3 network, 4 authentication, 5 TLS, 6 local store or file.\n");
}

} // namespace

int main(int argc, char **argv)
{
    Satchel::setApplicationInfo("satchel-cli");
    QCoreApplication app(argc, argv);
    Satchel::LanguageSetup language;
    language
        .select(); // the system's; messages on stderr and --help follow it, output formats do not

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Drives Satchel's mail archive from scripts.\n\n%1")
            .arg(usageText()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(Satchel::profileOption());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "The command to run."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    Cli::Context context(Satchel::profileDir(parser));
    if (arguments.isEmpty())
        return context.fail(Cli::Usage,
                            QCoreApplication::translate("main", "no command given; see --help"));

    const QString command = arguments.first();
    if (command == QLatin1String("account"))
        return Cli::runAccountCommand(context, arguments);
    if (command == QLatin1String("fetch"))
        return Cli::runFetchCommand(context, arguments);
    if (command == QLatin1String("fetch-rest"))
        return Cli::runFetchRestCommand(context, arguments);
    if (command == QLatin1String("folders"))
        return Cli::runFoldersCommand(context, arguments);
    if (command == QLatin1String("list"))
        return Cli::runListCommand(context, arguments);
    if (command == QLatin1String("show"))
        return Cli::runShowCommand(context, arguments);
    if (command == QLatin1String("delete"))
        return Cli::runDeleteCommand(context, arguments);
    if (command == QLatin1String("move"))
        return Cli::runMoveCommand(context, arguments);
    if (command == QLatin1String("search"))
        return Cli::runSearchCommand(context, arguments);
    if (command == QLatin1String("reindex"))
        return Cli::runReindexCommand(context, arguments);
    if (command == QLatin1String("check"))
        return Cli::runCheckCommand(context, arguments);
    if (command == QLatin1String("recover"))
        return Cli::runRecoverCommand(context, arguments);
    if (command == QLatin1String("import"))
        return Cli::runImportCommand(context, arguments);
    if (command == QLatin1String("export"))
        return Cli::runExportCommand(context, arguments);
    return context.fail(
        Cli::Usage,
        QCoreApplication::translate("main", "unknown command '%1'; see --help").arg(command));
}
