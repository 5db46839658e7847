#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "dovecotserver.h"
#include "store/messagestore.h"
#include "sync/accountconnection.h"
#include "sync/checkrunner.h"

using namespace Qt::Literals::StringLiterals;

// A certificate the user accepted is trusted for exactly its host and port: against a real
// Dovecot whose certificate is not trusted otherwise (no CA file), a check with the pin for that
// port fetches, and one with a pin for the other port, or for another certificate, fails.
class TestCertificatePins final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    QByteArray m_digest;

    Store::Account account(const QString &name) const
    {
        Store::Account a;
        a.name = name;
        a.host = u"localhost"_s;
        a.port = m_dovecot.pop3sPort();
        a.security = Pop3::Security::ImplicitTls;
        a.user = u"alice"_s;
        a.retention.mode = Sync::RetentionMode::KeepOnServer;
        return a;
    }

    static Store::CertificatePin pin(const QString &host, quint16 port, const QByteArray &sha256)
    {
        Store::CertificatePin p;
        p.host = host;
        p.port = port;
        p.sha256 = sha256;
        p.acceptedAt = QDateTime::currentDateTimeUtc();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: pinned\r\n\r\nbody\r\n"_ba));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
            m_dovecot.certificates()->certificatePath(TestCertificates::Kind::Valid));
        QCOMPARE(certificates.size(), 1);
        m_digest = certificates.first().digest(QCryptographicHash::Sha256);
    }

    void connectionUsesThePinForItsHostAndPort()
    {
        Store::Account a = account(u"a"_s);
        a.port = 995;
        a.host = u"Pop.Example.Test"_s;
        a.pins = {pin(u"pop.example.test"_s, 110, "plain"_ba),
                  pin(u"pop.example.test"_s, 995, "tls"_ba),
                  pin(u"old.example.test"_s, 995, "old"_ba)};
        Pop3::Error error;
        std::optional<Sync::AccountConnection> connection = Sync::connectionFor(a, {}, &error);
        QVERIFY(connection);
        QCOMPARE(connection->trust.pinnedSha256, "tls"_ba);
        a.port = 1995;
        connection = Sync::connectionFor(a, {}, &error);
        QVERIFY(connection);
        QVERIFY(connection->trust.pinnedSha256.isEmpty());
    }

    void pinnedCheck_data()
    {
        QTest::addColumn<QString>("pinHost");
        QTest::addColumn<bool>("otherPort");
        QTest::addColumn<bool>("rightCertificate");
        QTest::addColumn<bool>("fetches");
        QTest::newRow("pinned for this port") << u"localhost"_s << false << true << true;
        QTest::newRow("pinned for the other port") << u"localhost"_s << true << true << false;
        QTest::newRow("pinned for another host") << u"127.0.0.1"_s << false << true << false;
        QTest::newRow("another certificate pinned") << u"localhost"_s << false << false << false;
        QTest::newRow("no pin") << QString() << false << false << false;
    }

    void pinnedCheck()
    {
        QFETCH(QString, pinHost);
        QFETCH(bool, otherPort);
        QFETCH(bool, rightCertificate);
        QFETCH(bool, fetches);
        QTemporaryDir profile;
        Store::Account a = account(u"pinned"_s);
        if (!pinHost.isEmpty()) {
            a.pins = {pin(pinHost, otherPort ? m_dovecot.pop3Port() : m_dovecot.pop3sPort(),
                          rightCertificate ? m_digest : QByteArray(32, 'x'))};
        }
        {
            Store::MessageStore store;
            QVERIFY2(store.open(profile.path()), qPrintable(store.errorString()));
            const std::optional<qint64> id = store.addAccount(a);
            QVERIFY2(id, qPrintable(store.errorString()));
            a = *store.account(a.name); // as the GUI loads it
            QCOMPARE(a.pins.size(), pinHost.isEmpty() ? 0 : 1);
        }
        Sync::CheckRunner runner(profile.path());
        QSignalSpy finished(&runner, &Sync::CheckRunner::finished);
        QSignalSpy failed(&runner, &Sync::CheckRunner::failed);
        QVERIFY(runner.start(a, u"alice-secret"_s));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 30000);
        if (fetches) {
            QCOMPARE(finished.count(), 1);
            QCOMPARE(finished.first().at(1).value<Sync::SyncSummary>().stored, 1);
        } else {
            QCOMPARE(failed.count(), 1);
            const auto error = failed.first().at(1).value<Pop3::Error>();
            QCOMPARE(error.kind, Pop3::ErrorKind::CertificateUntrusted);
            QCOMPARE(error.certificateChain.first().digest(QCryptographicHash::Sha256), m_digest);
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificatePins)
#include "tst_certificatepins.moc"
