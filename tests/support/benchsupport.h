#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

class DovecotServer;
class QTextStream;

// Shared by the benchmarks: realistic messages and measured runs of other programs (mpop,
// satchel-cli) under GNU time, so wall time, CPU time and peak RSS come from the same place.
namespace Bench {

// Sizes like a personal mailbox: mostly short letters, some longer ones, and above 50 KB a letter
// with an attachment of up to 3 MB (capped at maxBytes). The text is words of a made-up language
// with a realistic spread (a few common, many rare), so indexing it costs what real text costs;
// some lines start with '.', so they are dot-stuffed on the wire.
[[nodiscard]] QByteArray realisticMessage(int index, QRandomGenerator &random,
                                          qsizetype maxBytes = 3 * 1024 * 1024);

// Checks that mpop is installed, starts `dovecot` and delivers `count` realistic messages to
// alice. Returns the bytes delivered, or -1 after printing why to `out`.
[[nodiscard]] qint64 prepareMailbox(DovecotServer &dovecot, int count, qsizetype maxBytes,
                                    QTextStream &out);

struct ProcessRun
{
    int exitCode = -1;
    double wallSeconds = 0;
    double cpuSeconds = 0; // user + system
    qint64 peakRssKiB = 0;
    QByteArray out;
    QByteArray err;
};

[[nodiscard]] ProcessRun
runMeasured(const QString &program, const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// The environment for measured satchel-cli runs: no session bus (no keychain prompt or wait) and
// no SATCHEL_PROFILE (each run names its profile).
[[nodiscard]] QProcessEnvironment cliEnvironment();

// `satchel-cli --profile profile account add` for alice on dovecot (implicit TLS when tls, plain
// POP3 otherwise; USER/PASS; the password stored in the profile) with the retention options in
// extraArguments (e.g. --keep-on-server). port: another way to the server (a proxy), 0 for
// Dovecot's own. Returns the run (exitCode 0 on success).
[[nodiscard]] ProcessRun addAliceAccount(const QString &cli, const QString &profile,
                                         const DovecotServer &dovecot, bool tls,
                                         const QStringList &extraArguments, quint16 port = 0);

// mpop retrieving everything for alice (keep on server) into a fresh Maildir under workDir,
// through port when given (a proxy), otherwise from Dovecot's own port.
// Returns the run; *delivered gets the number of messages and *bytes their size.
[[nodiscard]] ProcessRun runMpop(const DovecotServer &dovecot, bool tls, const QString &workDir,
                                 int *delivered, qint64 *bytes, quint16 port = 0);

} // namespace Bench
