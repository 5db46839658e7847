#include "checkcommand.h"

#include <QCommandLineParser>

#include "clicontext.h"
#include "store/archiverecovery.h"
#include "store/messagestore.h"

namespace Cli {

int runCheckCommand(Context &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.fail(Usage, Strings::tr("usage: check"));
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    const QStringList problems = store->database().quickCheck(100);
    if (problems.isEmpty()) {
        context.out << "ok" << Qt::endl;
        return Success;
    }
    for (const QString &problem : problems)
        context.out << problem << Qt::endl;
    return context.fail(
        Store,
        Strings::tr("the archive is damaged (%n problem(s) listed); copy the profile "
                    "folder somewhere safe, then run \"satchel-cli recover\" to move every "
                    "readable message into a new archive (the damaged file is kept)",
                    nullptr, int(problems.size())));
}

int runRecoverCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Strings::tr(
        "Copies every readable account, folder, message, ledger row and certificate pin of a "
        "damaged archive into a new one, rebuilds the search index, and puts the new archive "
        "in place. The damaged file is kept beside it as satchel.sqlite.damaged-<time>. Run "
        "it while no other Satchel program uses the profile."));
    parser.addHelpOption();
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      Strings::tr("Print progress on stderr."));
    parser.addOption(progress);
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Usage, Strings::tr("usage: recover [--progress]"));

    // The damaged file is never opened through the store (that would write to it).
    Store::ArchiveRecovery recovery(context.profileDir());
    const bool recovered = recovery.recover([&](int done, int total) {
        if (parser.isSet(progress))
            context.err << Strings::tr("%1/%n message(s)", nullptr, total).arg(done) << Qt::endl;
    });
    if (!recovered)
        return context.fail(Store, recovery.errorString());
    if (!recovery.install())
        return context.fail(Store, recovery.errorString());
    const Store::ArchiveRecovery::Counts counts = recovery.counts();
    context.out << Strings::tr("Recovered %n message(s)", nullptr, counts.messages);
    if (counts.reparsed > 0)
        context.out << Strings::tr(
            " (%n read again from their raw bytes into Local Folders/Recovered)", nullptr,
            counts.reparsed);
    context.out << Strings::tr(", %n account(s)", nullptr, counts.accounts)
                << Strings::tr(", %n folder(s)", nullptr, counts.folders)
                << Strings::tr(", %n ledger row(s)", nullptr, counts.ledgerRows)
                << Strings::tr(", %n certificate pin(s).", nullptr, counts.pins) << Qt::endl;
    context.out << Strings::tr("Lost: %n message(s) could not be read.", nullptr,
                               counts.messagesLost)
                << Qt::endl;
    if (counts.ledgerRowsSalvaged > 0)
        context.out << Strings::tr("%n ledger row(s) rebuilt from the ledger's index.", nullptr,
                                   counts.ledgerRowsSalvaged)
                    << Qt::endl;
    if (!counts.unreadableTables.isEmpty())
        context.out << Strings::tr(
                           "Unreadable from the start (how many rows they had is unknown): %1.")
                           .arg(counts.unreadableTables.join(QStringLiteral(", ")))
                    << Qt::endl;
    if (counts.ledgerRowsDropped > 0)
        context.out << Strings::tr(
            "%n lost message(s) will be downloaded again if the server still has "
            "them.",
            nullptr, counts.ledgerRowsDropped)
                    << Qt::endl;
    if (counts.ledgerRowsLost > 0)
        context.out << Strings::tr(
            "%n ledger row(s) could not be read: the next fetch may download those "
            "messages again if the server still has them.",
            nullptr, counts.ledgerRowsLost)
                    << Qt::endl;
    context.out << Strings::tr("The damaged file is kept as %1.").arg(recovery.damagedCopyPath())
                << Qt::endl;
    return Success;
}

} // namespace Cli
