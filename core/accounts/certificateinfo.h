#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include "store/storetypes.h"

namespace Pop3 {
struct Error;
}

namespace Accounts {

// What the certificate dialog shows about a server certificate that failed verification
// (Pop3::ErrorKind::CertificateUntrusted), and the pin to store when the user accepts it.
// No widgets: the same facts serve the wizard, the main window and tests.
struct CertificateInfo
{
    QString host;
    quint16 port = 0;
    QSslCertificate certificate; // the server's own certificate (the first of the chain)
    QString subject; // "CN (O)", or the one of them there is
    QString issuer; // the same for the issuer
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
    QByteArray sha256; // of the DER form, 32 bytes
    QString fingerprint; // "AB:CD:…", 32 pairs
    QStringList errors; // why verification failed, one sentence each (QSslError::errorString)
    // An earlier pin for this host and port names another certificate: the certificate changed
    // since the user accepted one (previousPin says which and when).
    bool changed = false;
    Store::CertificatePin previousPin;

    // False when the error carried no certificate (then nothing can be accepted).
    [[nodiscard]] bool isValid() const { return !certificate.isNull(); }
    // What to store when the user accepts: this certificate for host:port, accepted at acceptedAt.
    [[nodiscard]] Store::CertificatePin
    pinFor(const QDateTime &acceptedAt = QDateTime::currentDateTimeUtc()) const;

    // From a failed connection to host:port and the pins the account has so far.
    [[nodiscard]] static CertificateInfo fromError(const Pop3::Error &error, const QString &host,
                                                   quint16 port,
                                                   const QList<Store::CertificatePin> &pins = {});
};

// "AB:CD:…": the digest in upper-case hex pairs separated by colons.
[[nodiscard]] QString formatFingerprint(const QByteArray &digest);

// Replaces the pin for pin.host:pin.port in pins (or adds it) and returns the list.
[[nodiscard]] QList<Store::CertificatePin> withPin(QList<Store::CertificatePin> pins,
                                                   const Store::CertificatePin &pin);

} // namespace Accounts
