#include <QSslCertificate>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

#include "accounts/certificateinfo.h"
#include "pop3/pop3error.h"
#include "store/certificatepins.h"
#include "testcertificates.h"

using namespace Qt::Literals::StringLiterals;

namespace {

Pop3::Error untrusted(const QSslCertificate &certificate, const QList<QSslError::SslError> &codes)
{
    Pop3::Error error = Pop3::Error::make(Pop3::ErrorKind::CertificateUntrusted);
    error.certificateChain = {certificate};
    for (const QSslError::SslError code : codes)
        error.sslErrors.append(QSslError(code, certificate));
    return error;
}

Store::CertificatePin pin(const QString &host, quint16 port, const QByteArray &sha256)
{
    Store::CertificatePin p;
    p.host = host;
    p.port = port;
    p.sha256 = sha256;
    p.acceptedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    return p;
}

} // namespace

// What the certificate dialog shows, and the pin it stores, from a failed verification.
class TestCertificateInfo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCertificates> m_certificates;

    QSslCertificate load(TestCertificates::Kind kind) const
    {
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(m_certificates->certificatePath(kind));
        return certificates.isEmpty() ? QSslCertificate() : certificates.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certificates = std::make_unique<TestCertificates>(m_dir.path());
        QVERIFY2(m_certificates->generate(), qPrintable(m_certificates->errorString()));
    }

    void formatsFingerprints()
    {
        QCOMPARE(Accounts::formatFingerprint(QByteArray::fromHex("00ab0fff")), u"00:AB:0F:FF"_s);
        QCOMPARE(Accounts::formatFingerprint({}), QString());
    }

    void describesASelfSignedCertificate()
    {
        const QSslCertificate certificate = load(TestCertificates::Kind::SelfSigned);
        QVERIFY(!certificate.isNull());
        const Pop3::Error error = untrusted(
            certificate, {QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificate});
        const auto info = Accounts::CertificateInfo::fromError(error, u"localhost"_s, 995);
        QVERIFY(info.isValid());
        QCOMPARE(info.host, u"localhost"_s);
        QCOMPARE(info.port, quint16(995));
        QCOMPARE(info.subject, u"localhost"_s);
        QCOMPARE(info.issuer, u"localhost"_s);
        QCOMPARE(info.notBefore, certificate.effectiveDate());
        QCOMPARE(info.notAfter, certificate.expiryDate());
        QCOMPARE(info.notAfter.timeSpec(), Qt::UTC);
        const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
        QCOMPARE(info.sha256, digest);
        QCOMPARE(info.fingerprint, QString::fromLatin1(digest.toHex(':').toUpper()));
        QCOMPARE(info.fingerprint.size(), 32 * 3 - 1);
        // The same error twice is said once.
        QCOMPARE(info.errors,
                 QStringList {QSslError(QSslError::SelfSignedCertificate).errorString()});
        QVERIFY(!info.changed);
    }

    void namesTheIssuerAndEveryError()
    {
        const QSslCertificate certificate = load(TestCertificates::Kind::WrongHost);
        const Pop3::Error error =
            untrusted(certificate,
                      {QSslError::UnableToGetLocalIssuerCertificate, QSslError::HostNameMismatch});
        const auto info = Accounts::CertificateInfo::fromError(error, u"localhost"_s, 995);
        QCOMPARE(info.subject, u"wrong.example"_s);
        QCOMPARE(info.issuer, u"Satchel Test CA"_s);
        QCOMPARE(info.errors.size(), 2);
        QCOMPARE(info.errors.at(1), QSslError(QSslError::HostNameMismatch).errorString());
    }

    void expiredCertificateDates()
    {
        const QSslCertificate certificate = load(TestCertificates::Kind::Expired);
        const auto info = Accounts::CertificateInfo::fromError(
            untrusted(certificate, {QSslError::CertificateExpired}), u"localhost"_s, 995);
        QVERIFY(info.notAfter < QDateTime::currentDateTimeUtc());
        QVERIFY(info.notBefore < info.notAfter);
        QCOMPARE(info.errors, QStringList {QSslError(QSslError::CertificateExpired).errorString()});
    }

    void withoutACertificateNothingCanBeAccepted()
    {
        Pop3::Error error = Pop3::Error::make(Pop3::ErrorKind::CertificateUntrusted);
        error.sslErrors.append(QSslError(QSslError::NoPeerCertificate));
        const auto info = Accounts::CertificateInfo::fromError(error, u"localhost"_s, 995);
        QVERIFY(!info.isValid());
        QVERIFY(info.fingerprint.isEmpty());
        QCOMPARE(info.errors.size(), 1);
    }

    void changed_data()
    {
        QTest::addColumn<QString>("pinHost");
        QTest::addColumn<int>("pinPort");
        QTest::addColumn<bool>("sameCertificate");
        QTest::addColumn<bool>("changed");
        QTest::newRow("no pin") << QString() << 0 << false << false;
        QTest::newRow("other certificate pinned") << u"localhost"_s << 995 << false << true;
        QTest::newRow("host compared without case") << u"LocalHost"_s << 995 << false << true;
        QTest::newRow("same certificate pinned") << u"localhost"_s << 995 << true << false;
        QTest::newRow("pin for another port") << u"localhost"_s << 110 << false << false;
        QTest::newRow("pin for another host") << u"pop.example.test"_s << 995 << false << false;
    }

    void changed()
    {
        QFETCH(QString, pinHost);
        QFETCH(int, pinPort);
        QFETCH(bool, sameCertificate);
        QFETCH(bool, changed);
        const QSslCertificate certificate = load(TestCertificates::Kind::SelfSigned);
        const QByteArray other =
            load(TestCertificates::Kind::UnknownCa).digest(QCryptographicHash::Sha256);
        QList<Store::CertificatePin> pins;
        if (!pinHost.isEmpty())
            pins.append(
                pin(pinHost, quint16(pinPort),
                    sameCertificate ? certificate.digest(QCryptographicHash::Sha256) : other));
        const auto info = Accounts::CertificateInfo::fromError(
            untrusted(certificate, {QSslError::SelfSignedCertificate}), u"localhost"_s, 995, pins);
        QCOMPARE(info.changed, changed);
        if (changed) {
            QCOMPARE(info.previousPin.sha256, other);
            QCOMPARE(info.previousPin.acceptedAt, pins.first().acceptedAt);
        }
    }

    void pinForStoresWhatWasShown()
    {
        const QSslCertificate certificate = load(TestCertificates::Kind::UnknownCa);
        const auto info = Accounts::CertificateInfo::fromError(
            untrusted(certificate, {QSslError::UnableToGetLocalIssuerCertificate}), u"localhost"_s,
            1995);
        const QDateTime now(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
        const Store::CertificatePin p = info.pinFor(now);
        QCOMPARE(p.host, u"localhost"_s);
        QCOMPARE(p.port, quint16(1995));
        QCOMPARE(p.sha256, certificate.digest(QCryptographicHash::Sha256));
        QCOMPARE(p.sha256.size(), 32);
        QCOMPARE(p.subject, u"localhost"_s);
        QCOMPARE(p.issuer, u"Satchel Unknown Test CA"_s);
        QCOMPARE(p.notBefore, certificate.effectiveDate());
        QCOMPARE(p.notAfter, certificate.expiryDate());
        QCOMPARE(p.acceptedAt, now);
    }

    void withPinReplacesThePinForThatServer()
    {
        QList<Store::CertificatePin> pins = {pin(u"localhost"_s, 995, "old"_ba),
                                             pin(u"localhost"_s, 110, "plain"_ba)};
        pins = Accounts::withPin(pins, pin(u"LOCALHOST"_s, 995, "new"_ba));
        QCOMPARE(pins.size(), 2);
        QCOMPARE(pins.at(0).sha256, "new"_ba);
        QCOMPARE(pins.at(1).sha256, "plain"_ba);
        pins = Accounts::withPin(pins, pin(u"other.test"_s, 995, "third"_ba));
        QCOMPARE(pins.size(), 3);
        QCOMPARE(Store::findPin(pins, u"other.test"_s, 995)->sha256, "third"_ba);
        QCOMPARE(Store::findPin(pins, u"localhost"_s, 110)->sha256, "plain"_ba);
        QVERIFY(!Store::findPin(pins, u"localhost"_s, 1995));
    }
};

QTEST_GUILESS_MAIN(TestCertificateInfo)
#include "tst_certificateinfo.moc"
