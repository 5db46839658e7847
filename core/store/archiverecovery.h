#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Store {

// Saves what can still be read from a damaged archive (satchel.sqlite) into a fresh one.
//
// recover() reads the damaged file row by row, on a read-only connection, tolerating errors per
// row: a damaged page makes a query fail part-way, so each table is walked in rowid order and
// the rows around a damaged page are tried one by one. It writes every readable account,
// folder, message (raw bytes, list columns and flags; a message whose list row is lost is parsed
// again from its raw bytes), ledger row and certificate pin into a new archive of the current
// schema in <profile>/recovered-archive/, and rebuilds the search index there. The damaged file
// is never written.
//
// install() then puts the new archive in place: the damaged file (with its -wal and -shm) is
// renamed to satchel.sqlite.damaged-<timestamp> beside it, and the new one becomes
// satchel.sqlite. Nothing is deleted. Call it only while no connection to the archive is open
// (satchel-cli recover; the window at its start, before it opens the archive).
//
// Ledger rows: a row that cannot be read from its table is rebuilt from the ledger's two indexes
// when they can be read (account and UIDL; message id), since without it the next check would
// download a message kept on the server again. A row whose message was lost is dropped, so that a
// message still on the server is downloaded again instead of being missed for ever; a message whose
// ledger row was lost cannot be tied to its UIDL again (messages do not carry it): ledgerRowsLost
// counts those rows, since the next check may download their messages again if the server still has
// them.
class ArchiveRecovery final
{
public:
    struct Counts
    {
        int accounts = 0;
        int folders = 0;
        int messages = 0; // recovered, byte for byte
        int reparsed = 0; // of those, parsed again from the raw bytes (their list row was lost)
        int messagesLost = 0; // known to have existed (or in an unreadable range), not recovered
        int ledgerRows = 0;
        int ledgerRowsDropped =
            0; // their message was lost: it is downloaded again if on the server
        int ledgerRowsSalvaged = 0; // of ledgerRows, rebuilt from the ledger's indexes
        int ledgerRowsLost = 0; // unreadable: those messages may be downloaded again
        int pins = 0;
        int unreadableRows = 0; // rows of any table that could not be read
        QStringList
            unreadableTables; // not one row could be reached (how many were lost is unknown)
    };

    explicit ArchiveRecovery(QString profileDir);
    ~ArchiveRecovery();
    ArchiveRecovery(const ArchiveRecovery &) = delete;
    ArchiveRecovery &operator=(const ArchiveRecovery &) = delete;

    // Writes the recovered archive into recoveredPath(); false with errorString() when nothing
    // could be saved (the damaged file cannot be opened, or its list of tables is unreadable) or
    // the new file cannot be written. progress(done, total) is called as messages are copied.
    [[nodiscard]] bool recover(const std::function<void(int done, int total)> &progress = {});
    // Puts a recovered archive (this run's or one left by an earlier run) in place. False with
    // errorString() when there is none or a rename fails (then nothing was changed, or the
    // renames done are finished by the next install()).
    [[nodiscard]] bool install();

    [[nodiscard]] Counts counts() const { return m_counts; }
    [[nodiscard]] QString damagedCopyPath() const { return m_damagedCopy; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Where recover() writes, and whether a finished recovery waits there for install().
    [[nodiscard]] QString recoveredPath() const;
    [[nodiscard]] bool hasRecovered() const;

    // The window's way to recover at its next start: request() leaves a note in the profile,
    // isRequested() finds it, and a successful install() removes it.
    [[nodiscard]] static bool request(const QString &profileDir);
    [[nodiscard]] static bool isRequested(const QString &profileDir);
    static void clearRequest(const QString &profileDir);

private:
    [[nodiscard]] bool openSource();
    [[nodiscard]] QStringList commonColumns(const QString &table);
    // Copies one row by rowid from the damaged file; false when it cannot be read or written.
    [[nodiscard]] bool copyRow(const QString &table, const QStringList &columns, qint64 rowid);
    [[nodiscard]] int copyTable(const QString &table, QSet<qint64> *copied = nullptr);
    [[nodiscard]] bool copyMessages(const std::function<void(int, int)> &progress);
    [[nodiscard]] bool salvageLedger(const QSet<qint64> &copied);
    [[nodiscard]] bool repairReferences();
    [[nodiscard]] bool reparseAndIndex(const std::function<void(int, int)> &progress);
    [[nodiscard]] bool exec(const QString &sql);
    bool fail(const QString &what);

    QString m_profileDir;
    QString m_sourceConnection;
    QSqlDatabase m_source;
    QSqlDatabase m_target; // the new archive's connection while phase one runs
    QList<qint64> m_rawOnly; // raw bytes readable, list row lost: parsed again
    QSet<qint64> m_lostIds;
    Counts m_counts;
    QString m_damagedCopy;
    QString m_error;
};

} // namespace Store
