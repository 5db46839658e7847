#include <algorithm>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "eastcase.h"
#include "eastpop3server.h"
#include "pop3/fetchjob.h"
#include "testcertificates.h"

using namespace Pop3;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString eastDirectory = QStringLiteral(SATCHEL_SHARED_DIR "/security/east-pop3");
constexpr int timeoutMs = 1500; // connect and command timeouts: ignored commands end fast
constexpr int hangLimitMs = 10000; // rule 7: a job still running by then hangs

struct Run
{
    bool ended = false;
    bool finished = false;
    Error error;
    QString log; // the protocol log, from finished() or failed()
    FetchSummary summary;
    qint64 elapsedMs = 0;
};

// What one play of a case tells the next step of the B_1 recipe.
struct Played
{
    QByteArray firstTlsCommand; // the first command the client sent over trusted TLS
    QByteArray injectableAnswer; // the server's answer to it
    QByteArray stlsAnswer;
};

// Bytes after the line of a positive answer to STLS: the injection payload of B_1 and B_2.
bool isInjection(const QByteArray &stlsAnswer)
{
    const qsizetype lf = stlsAnswer.indexOf('\n');
    return stlsAnswer.startsWith('+') && lf >= 0 && lf + 1 < stlsAnswer.size();
}

bool isCredentialCommand(const QByteArray &line)
{
    static const QList<QByteArray> names = {"user", "pass", "auth", "authlist", "apop"};
    return names.contains(EastPop3Server::commandName(line));
}

// The first control character in text (C0 but an allowed '\n', DEL, C1); empty if none.
QString firstControl(const QString &text, bool allowNewline)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && !(allowNewline && c == u'\n')) || (c >= 0x7f && c <= 0x9f))
            return u"U+%1 at offset %2"_s.arg(uint(c), 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

QString printable(const QByteArray &line)
{
    QString out;
    for (const char c : line.left(60)) {
        const auto byte = uchar(c);
        out += byte >= 0x20 && byte < 0x7f ? QString(QLatin1Char(c))
                                           : u"\\x%1"_s.arg(uint(byte), 2, 16, QLatin1Char('0'));
    }
    return line.size() > 60 ? out + u"..."_s : out;
}

// What the client sent, "[tls] " marking lines over trusted TLS; runs of non-text lines (a TLS
// ClientHello to a server that stayed in plaintext) shrink to their size.
QString transcript(const EastPop3Server &server)
{
    QStringList connections;
    for (const EastPop3Server::Connection &connection : server.connections()) {
        QStringList lines;
        qsizetype binaryBytes = 0;
        const auto flushBinary = [&lines, &binaryBytes] {
            if (binaryBytes > 0)
                lines << u"<%1 bytes of binary data>"_s.arg(std::exchange(binaryBytes, 0));
        };
        for (const EastPop3Server::ReceivedLine &line : connection.lines) {
            if (std::any_of(line.line.cbegin(), line.line.cend(),
                            [](char c) { return uchar(c) < 0x20 || uchar(c) >= 0x7f; })) {
                binaryBytes += line.line.size() + 1;
                continue;
            }
            flushBinary();
            const QString tls = line.trustedTls ? u"[tls] "_s
                : line.tls                      ? u"[bad tls] "_s
                                                : QString();
            lines << tls + printable(line.line);
        }
        flushBinary();
        connections << (lines.isEmpty() ? u"(nothing)"_s : lines.join(u" | "_s));
    }
    return connections.isEmpty() ? u"(no connection)"_s : connections.join(u" || "_s);
}

// The verdict of README.md's "What a safe client does", from what the server recorded and how
// the job ended; nothing here depends on which case ran. Rule 6 is checked for every case, not
// only those with ANSI escapes: no server text may reach the UI with control characters.
QStringList judge(const EastPop3Server &server, const Run &run)
{
    QStringList found;
    const bool injection = isInjection(server.stlsAnswer());
    bool credentialsSent = false;
    bool authenticatedOverTrustedTls = false;
    for (qsizetype i = 0; i < server.connections().size(); ++i) {
        const EastPop3Server::Connection &connection = server.connections().at(i);
        const QString where = u"connection %1"_s.arg(i + 1);
        for (const EastPop3Server::ReceivedLine &line : connection.lines) {
            const bool credentials = isCredentialCommand(line.line);
            credentialsSent = credentialsSent || credentials;
            if (credentials && !line.trustedTls)
                found << u"rule 1 (%1): \"%2\" sent %3"_s.arg(
                    where, printable(line.line),
                    line.tls ? u"over TLS with a certificate the client cannot trust"_s
                             : u"without TLS"_s);
            if (line.tls && !line.trustedTls)
                found << u"rule 2 (%1): \"%2\" sent over TLS with an untrusted certificate"_s.arg(
                    where, printable(line.line));
        }
        if (connection.bytesOverUntrustedTls > 0)
            found << u"rule 2 (%1): %2 bytes sent over TLS with an untrusted certificate"_s
                         .arg(where)
                         .arg(connection.bytesOverUntrustedTls);
        // Rule 3. Lines that arrived in the same read as the unanswered command were written
        // with it (pipelined), before any answer could be missed; later ones go on regardless.
        if (connection.firstIgnored >= 0) {
            const EastPop3Server::ReceivedLine &ignored =
                connection.lines.at(connection.firstIgnored);
            for (qsizetype k = connection.firstIgnored + 1; k < connection.lines.size(); ++k) {
                if (connection.lines.at(k).read == ignored.read)
                    continue;
                found << u"rule 3 (%1): \"%2\" got no answer, yet the client went on with \"%3\""_s
                             .arg(where, printable(ignored.line),
                                  printable(connection.lines.at(k).line));
                break;
            }
        }
        if (injection && connection.tlsEstablished)
            found << u"rule 4 (%1): TLS handshake completed after bytes injected after +OK to "
                     "STLS"_s.arg(where);
        authenticatedOverTrustedTls =
            authenticatedOverTrustedTls || connection.authenticatedOverTrustedTls;
    }
    if (injection && credentialsSent)
        found << u"rule 4: credentials sent after an injection after +OK to STLS"_s;
    if (injection && run.finished)
        found << u"rule 4: the job finished after an injection after +OK to STLS"_s;
    if (run.finished && (!authenticatedOverTrustedTls || run.summary.tls.protocol.isEmpty()))
        found << u"rule 5: the job finished without logging in over trusted TLS"_s;
    if (const QString control = firstControl(run.error.message(), false); !control.isEmpty())
        found << u"rule 6: the error message contains %1: %2"_s.arg(control, run.error.message());
    if (const QString control = firstControl(run.log, true); !control.isEmpty())
        found << u"rule 6: the protocol log contains %1"_s.arg(control);
    if (!run.ended)
        found << u"rule 7: the job had not ended after %1 ms"_s.arg(hangLimitMs);
    return found;
}

} // namespace

// Replays every POP3 case of the EAST study (USENIX Security 2021, "Why TLS is better without
// STARTTLS"; the data lives outside the repository, see its README.md) against the real engine:
// FetchJob with SslTransport over loopback TCP and TLS, STARTTLS required (or implicit TLS when a
// case says so), the test CA trusted so that only the deliberately bad certificates fail. The
// verdict is computed from what the server received and how the job ended.
class TestEastPop3 final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certDir;
    std::unique_ptr<TestCertificates> m_certificates;
    EastCase m_defaults; // upstream's testcases/setup.ron

    Run fetch(const EastPop3Server &server)
    {
        SessionConfig config;
        config.host = u"localhost"_s;
        config.port = server.serverPort();
        config.security = server.implicitTls() ? Security::ImplicitTls : Security::StartTls;
        config.user = u"alice"_s;
        config.password = u"secret"_s;
        config.connectTimeoutMs = timeoutMs;
        config.commandTimeoutMs = timeoutMs;
        TlsTrust trust;
        trust.extraCaCertificates = QSslCertificate::fromPath(m_certificates->caCertificatePath());
        FetchHooks hooks;
        hooks.plan = [](const QList<ServerMessage> &listing) {
            FetchPlan plan; // retrieve everything, delete nothing
            for (const ServerMessage &message : listing)
                plan.retrieve.append(message.number);
            return plan;
        };
        hooks.store = [](const ServerMessage &, const QByteArray &) {
            return true;
        };

        Run run;
        FetchJob job(config, trust, hooks);
        connect(&job, &FetchJob::finished, this, [&run](const FetchSummary &summary) {
            run.ended = run.finished = true;
            run.summary = summary;
            run.log = summary.protocolLog;
        });
        connect(&job, &FetchJob::failed, this, [&run](const Error &error, const QString &log) {
            run.ended = true;
            run.error = error;
            run.log = log;
        });
        QElapsedTimer timer;
        timer.start();
        job.start();
        const bool ended = QTest::qWaitFor([&run] { return run.ended; }, hangLimitMs);
        run.elapsedMs = timer.elapsed();
        if (!ended) {
            job.cancel();
            run.ended = false;
        }
        return run;
    }

    Played play(const QString &label, const EastCase &testCase, QStringList &violations)
    {
        EastPop3Server server;
        if (!server.configure(testCase, m_defaults, *m_certificates)
            || !server.listenOnLoopback()) {
            violations << label + u": "_s + server.errorString();
            return {};
        }
        const Run run = fetch(server);
        // Everything the client sent has arrived once it closed; one left open fails rule 7.
        const bool closed = QTest::qWaitFor([&server] { return server.allClosed(); }, 3000);
        QStringList found = judge(server, run);
        if (!closed)
            found << u"rule 7: the client left the connection open"_s;
        const QString outcome = !run.ended ? u"HUNG"_s
            : run.finished                 ? u"finished"_s
                           : u"failed "_s + QLatin1String(errorKindName(run.error.kind));
        qInfo("%s: %s (%lld ms); client sent: %s", qUtf8Printable(label), qUtf8Printable(outcome),
              run.elapsedMs, qUtf8Printable(transcript(server)));
        if (!found.isEmpty())
            violations << u"%1: %2\n    %3\n  client sent: %4\n  protocol log:\n%5"_s.arg(
                label, outcome, found.join(u"\n    "_s), transcript(server), run.log);

        Played played;
        played.stlsAnswer = server.stlsAnswer();
        for (const EastPop3Server::Connection &connection : server.connections()) {
            for (const EastPop3Server::ReceivedLine &line : connection.lines) {
                if (played.firstTlsCommand.isEmpty() && line.trustedTls
                    && !EastPop3Server::commandName(line.line).isEmpty())
                    played.firstTlsCommand = line.line;
            }
        }
        played.injectableAnswer = server.statelessAnswer(played.firstTlsCommand);
        return played;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certDir.isValid());
        m_certificates = std::make_unique<TestCertificates>(m_certDir.path());
        QVERIFY2(m_certificates->generate(), qPrintable(m_certificates->errorString()));
        const QString setup = eastDirectory + u"/testcases/setup.ron"_s;
        if (QFileInfo::exists(setup))
            QVERIFY2(m_defaults.load(setup), qPrintable(m_defaults.errorString()));
    }

    void parser_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // a part of the expected message; empty: it parses
        // (No raw string literal here: Qt 6.4's moc misreads them.)
        QTest::newRow("all forms")
            << "Config( // comment\n"
               "  greeting: \"a\\r\\n\\t\\\\\\\"\\x1b\\u{e9}\\u{1F600}\", capa: [],\n"
               "  x: Some(\"y\"), n: None, m: {\"k\": \"v\",}, t: (1, -2.5), u: (),\n"
               "  cert: Cert(crt_path: \"c\", key_path: \"k\"),)"_ba
            << QString();
        QTest::newRow("missing comma")
            << "(greeting: \"g\" capa: [])"_ba << u"line 1, column 16: expected ',' or ')'"_s;
        QTest::newRow("unterminated") << "(greeting: \"g)"_ba << u"unterminated string"_s;
        QTest::newRow("bad escape") << "(\ngreeting: \"\\q\")"_ba << u"line 2, column 14"_s;
        QTest::newRow("surrogate") << "(greeting: \"\\u{d800}\")"_ba << u"scalar value"_s;
        QTest::newRow("duplicate") << "(greeting: \"g\", greeting: \"h\")"_ba << u"duplicate"_s;
        QTest::newRow("wrong type")
            << "(greeting: \"g\", capa: \"STLS\")"_ba << u"\"capa\" must be a list of strings"_s;
        QTest::newRow("bad cert") << "(greeting: \"g\", cert: Cert(crt_path: 1))"_ba
                                  << u"\"cert\" must be"_s;
        QTest::newRow("no greeting") << "(capa: [])"_ba << u"\"greeting\" must be"_s;
        QTest::newRow("not a record") << "[\"g\"]"_ba << u"not a record"_s;
        QTest::newRow("trailing text") << "(greeting: \"g\") x"_ba << u"after the record"_s;
        QTest::newRow("block comment") << "(/* c */ greeting: \"g\")"_ba << u"unexpected"_s;
    }

    void parser()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        EastCase parsed;
        const bool ok = parsed.parse(text);
        if (!error.isEmpty()) {
            QVERIFY(!ok);
            QVERIFY2(parsed.errorString().contains(error), qPrintable(parsed.errorString()));
            return;
        }
        QVERIFY2(ok, qPrintable(parsed.errorString()));
        QCOMPARE(parsed.string("greeting"), "a\r\n\t\\\"\x1b\xc3\xa9\xf0\x9f\x98\x80"_ba);
        QCOMPARE(parsed.string("x"), "y"_ba);
        QVERIFY(!parsed.contains("n"));
        QCOMPARE(parsed.stringList("capa"), QList<QByteArray>());
        const auto map = parsed.stringMap("m");
        QVERIFY(map && map->size() == 1 && map->first() == std::pair("k"_ba, "v"_ba));
        QCOMPARE(parsed.certificate("cert")->keyPath, "k"_ba);
        parsed.setStringList("capa", {"STLS"});
        QCOMPARE(parsed.stringList("capa"), QList<QByteArray> {"STLS"});
    }

    void replay_data()
    {
        QTest::addColumn<QString>("path"); // relative to east-pop3/
        if (!QFileInfo(eastDirectory).isDir())
            QSKIP("the EAST cases are not there (SATCHEL_SHARED_DIR/security/east-pop3)");
        QStringList paths;
        for (const QString &folder : {u"testcases"_s, u"certificate-validation"_s}) {
            QDirIterator files(eastDirectory + u'/' + folder, {u"*.ron"_s}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = QDir(eastDirectory).relativeFilePath(files.next());
                // Upstream's global configuration files are no cases; setup.ron gives defaults.
                if (!QFileInfo(path).fileName().startsWith(u"setup"_s)
                    || QFileInfo(path).path() != u"testcases"_s)
                    paths << path;
            }
        }
        paths.sort();
        QVERIFY2(!paths.isEmpty(), "no EAST case files found");
        for (const QString &path : paths)
            QTest::newRow(qPrintable(path)) << path;
    }

    void replay()
    {
        QFETCH(QString, path);
        EastCase testCase;
        QVERIFY2(testCase.load(eastDirectory + u'/' + path), qPrintable(testCase.errorString()));
        QStringList violations;
        const Played asWritten = play(path, testCase, violations);

        // The Buffering cases describe a three-step recipe in their comments (README.md):
        // 1) find the first command the client sends over TLS; 2) leave it unanswered: the
        // client must not go on; 3) also inject its answer after +OK to STLS: the client must
        // not use it. A case that already ignores or injects is played as written only.
        const bool recipe = path.startsWith(u"testcases/Buffering/"_s)
            && !testCase.contains("ignore_commands_tls") && !isInjection(asWritten.stlsAnswer);
        if (recipe && asWritten.firstTlsCommand.isEmpty()) {
            qInfo("%s: no command over TLS, so steps 2 and 3 of the recipe do not apply",
                  qUtf8Printable(path));
        } else if (recipe) {
            const QByteArray name = EastPop3Server::commandName(asWritten.firstTlsCommand);
            EastCase ignoring = testCase;
            ignoring.setStringList("ignore_commands_tls", {name});
            play(path + u" step 2 (%1 unanswered)"_s.arg(QLatin1String(name)), ignoring,
                 violations);
            EastCase injecting = ignoring;
            injecting.setString("stls_response", asWritten.stlsAnswer + asWritten.injectableAnswer);
            play(path + u" step 3 (%1 answer injected)"_s.arg(QLatin1String(name)), injecting,
                 violations);
        }
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestEastPop3)
#include "tst_east_pop3.moc"
