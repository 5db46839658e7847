#include "accounts/certificateinfo.h"

#include <QCryptographicHash>
#include <QSslError>

#include "pop3/pop3error.h"
#include "store/certificatepins.h"

namespace Accounts {

namespace {

QString firstOf(const QStringList &values)
{
    return values.isEmpty() ? QString() : values.first().trimmed();
}

// "CN (O)", or whichever of the two there is, or the whole name as a last resort.
QString displayName(const QString &commonName, const QString &organization, const QString &fallback)
{
    if (!commonName.isEmpty() && !organization.isEmpty() && commonName != organization)
        return QStringLiteral("%1 (%2)").arg(commonName, organization);
    if (!commonName.isEmpty())
        return commonName;
    if (!organization.isEmpty())
        return organization;
    return fallback;
}

} // namespace

QString formatFingerprint(const QByteArray &digest)
{
    QStringList pairs;
    pairs.reserve(digest.size());
    for (const char byte : digest)
        pairs.append(QString::fromLatin1(QByteArray(1, byte).toHex().toUpper()));
    return pairs.join(QLatin1Char(':'));
}

QList<Store::CertificatePin> withPin(QList<Store::CertificatePin> pins,
                                     const Store::CertificatePin &pin)
{
    for (Store::CertificatePin &existing : pins) {
        if (existing.port == pin.port
            && existing.host.compare(pin.host, Qt::CaseInsensitive) == 0) {
            existing = pin;
            return pins;
        }
    }
    pins.append(pin);
    return pins;
}

Store::CertificatePin CertificateInfo::pinFor(const QDateTime &acceptedAt) const
{
    Store::CertificatePin pin;
    pin.host = host;
    pin.port = port;
    pin.sha256 = sha256;
    pin.subject = subject;
    pin.issuer = issuer;
    pin.notBefore = notBefore;
    pin.notAfter = notAfter;
    pin.acceptedAt = acceptedAt.toUTC();
    return pin;
}

CertificateInfo CertificateInfo::fromError(const Pop3::Error &error, const QString &host,
                                           quint16 port, const QList<Store::CertificatePin> &pins)
{
    CertificateInfo info;
    info.host = host;
    info.port = port;
    for (const QSslError &sslError : error.sslErrors) {
        const QString text = sslError.errorString();
        if (!info.errors.contains(text))
            info.errors.append(text);
    }
    if (error.certificateChain.isEmpty())
        return info;
    const QSslCertificate &certificate = error.certificateChain.first();
    info.certificate = certificate;
    info.subject = displayName(firstOf(certificate.subjectInfo(QSslCertificate::CommonName)),
                               firstOf(certificate.subjectInfo(QSslCertificate::Organization)),
                               certificate.subjectDisplayName());
    info.issuer = displayName(firstOf(certificate.issuerInfo(QSslCertificate::CommonName)),
                              firstOf(certificate.issuerInfo(QSslCertificate::Organization)),
                              certificate.issuerDisplayName());
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    info.fingerprint = formatFingerprint(info.sha256);
    if (const Store::CertificatePin *pin = Store::findPin(pins, host, port)) {
        if (pin->sha256 != info.sha256) {
            info.changed = true;
            info.previousPin = *pin;
        }
    }
    return info;
}

} // namespace Accounts
