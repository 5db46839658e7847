#include "testcertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

// One configuration serves `openssl req` (key and request) and `openssl ca` (signing with
// explicit dates: OpenSSL 3.0's `x509 -req` and `req -x509` only take -days, which cannot
// reach into the past, so the expired certificate needs `ca -startdate/-enddate`).
constexpr auto opensslConfig = R"(# Written by Satchel's TestCertificates.
[req]
distinguished_name = req_dn
prompt = no

[req_dn]
CN = unused

[ca]
default_ca = test_ca

[test_ca]
database = index.txt
serial = serial
new_certs_dir = issued
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no

[policy_any]
commonName = supplied

[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash

[localhost_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[wrong_host_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong.example
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
)";

const QString caStem = u"ca"_s;
const QString unknownCaStem = u"unknown-ca"_s;

// `openssl ca` accepts YYYYMMDDHHMMSSZ and stores UTCTime for years before 2050.
QString opensslDate(const QDateTime &utc)
{
    return utc.toString(u"yyyyMMddHHmmss"_s) + u'Z';
}

bool writeFile(const QString &fileName, const QByteArray &contents, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) < 0
        || !file.flush()) {
        *error = u"cannot write %1: %2"_s.arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace

TestCertificates::TestCertificates(const QString &directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{ }

QString TestCertificates::baseName(Kind kind)
{
    switch (kind) {
    case Kind::Valid:
        return u"valid"_s;
    case Kind::SelfSigned:
        return u"self-signed"_s;
    case Kind::UnknownCa:
        return u"unknown-ca-leaf"_s;
    case Kind::WrongHost:
        return u"wrong-host"_s;
    case Kind::Expired:
        return u"expired"_s;
    }
    return {};
}

QString TestCertificates::path(const QString &fileName) const
{
    return m_directory + u'/' + fileName;
}

QString TestCertificates::caCertificatePath() const
{
    return path(caStem + u".pem"_s);
}

QString TestCertificates::caPrivateKeyPath() const
{
    return path(caStem + u".key"_s);
}

QString TestCertificates::unknownCaCertificatePath() const
{
    return path(unknownCaStem + u".pem"_s);
}

QString TestCertificates::certificatePath(Kind kind) const
{
    return path(baseName(kind) + u".pem"_s);
}

QString TestCertificates::privateKeyPath(Kind kind) const
{
    return path(baseName(kind) + u".key"_s);
}

bool TestCertificates::runOpenssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(m_openssl, arguments);
    const bool finished = process.waitForFinished(30000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished)
        process.kill();
    m_errorString = u"`openssl %1` failed (%2): %3"_s.arg(
        arguments.join(u' '),
        finished ? u"exit code %1"_s.arg(process.exitCode()) : process.errorString(),
        QString::fromLocal8Bit(process.readAll()).trimmed());
    return false;
}

bool TestCertificates::makeCa(const QString &stem, const QString &commonName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Backdated, so that the expired leaf below lies inside its issuer's validity.
    return runOpenssl({u"req"_s, u"-config"_s, u"openssl.cnf"_s, u"-new"_s, u"-newkey"_s, u"ec"_s,
                       u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-noenc"_s, u"-keyout"_s,
                       stem + u".key"_s, u"-out"_s, stem + u".csr"_s, u"-subj"_s,
                       u"/CN="_s + commonName})
        && runOpenssl({u"ca"_s, u"-config"_s, u"openssl.cnf"_s, u"-batch"_s, u"-notext"_s,
                       u"-selfsign"_s, u"-keyfile"_s, stem + u".key"_s, u"-in"_s, stem + u".csr"_s,
                       u"-out"_s, stem + u".pem"_s, u"-startdate"_s, opensslDate(now.addDays(-30)),
                       u"-enddate"_s, opensslDate(now.addYears(10)), u"-extensions"_s,
                       u"ca_ext"_s});
}

bool TestCertificates::makeLeaf(Kind kind)
{
    const QString stem = baseName(kind);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString commonName = u"localhost"_s;
    QString extensions = u"localhost_ext"_s;
    QStringList issuer = {u"-cert"_s, caStem + u".pem"_s, u"-keyfile"_s, caStem + u".key"_s};
    // A day of slack on the start date, so that clock skew never makes a fresh certificate
    // "not yet valid".
    QDateTime notBefore = now.addDays(-1);
    QDateTime notAfter = now.addYears(5);
    switch (kind) {
    case Kind::Valid:
        break;
    case Kind::SelfSigned:
        issuer = {u"-selfsign"_s, u"-keyfile"_s, stem + u".key"_s};
        break;
    case Kind::UnknownCa:
        issuer = {u"-cert"_s, unknownCaStem + u".pem"_s, u"-keyfile"_s, unknownCaStem + u".key"_s};
        break;
    case Kind::WrongHost:
        commonName = u"wrong.example"_s;
        extensions = u"wrong_host_ext"_s;
        break;
    case Kind::Expired:
        notBefore = now.addDays(-20);
        notAfter = now.addDays(-10);
        break;
    }

    return runOpenssl({u"req"_s, u"-config"_s, u"openssl.cnf"_s, u"-new"_s, u"-newkey"_s, u"ec"_s,
                       u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-noenc"_s, u"-keyout"_s,
                       stem + u".key"_s, u"-out"_s, stem + u".csr"_s, u"-subj"_s,
                       u"/CN="_s + commonName})
        && runOpenssl(QStringList {u"ca"_s, u"-config"_s, u"openssl.cnf"_s, u"-batch"_s,
                                   u"-notext"_s, u"-in"_s, stem + u".csr"_s, u"-out"_s,
                                   stem + u".pem"_s, u"-startdate"_s, opensslDate(notBefore),
                                   u"-enddate"_s, opensslDate(notAfter), u"-extensions"_s,
                                   extensions}
                      + issuer);
}

bool TestCertificates::generate()
{
    m_errorString.clear();
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty()) {
        m_errorString = u"the openssl command line tool is not installed"_s;
        return false;
    }
    if (!QDir().mkpath(path(u"issued"_s))) {
        m_errorString = u"cannot create %1"_s.arg(path(u"issued"_s));
        return false;
    }

    // A random starting serial, so that certificates from different runs never share issuer
    // and serial. Sixteen hex digits (openssl wants an even count), positive.
    const quint64 firstSerial = (QRandomGenerator::global()->generate64() >> 2) | (1ULL << 62);
    const QByteArray serial = QByteArray::number(firstSerial, 16).toUpper();
    if (!writeFile(path(u"openssl.cnf"_s), QByteArray(opensslConfig), &m_errorString)
        || !writeFile(path(u"index.txt"_s), {}, &m_errorString)
        || !writeFile(path(u"index.txt.attr"_s), "unique_subject = no\n"_ba, &m_errorString)
        || !writeFile(path(u"serial"_s), serial + '\n', &m_errorString))
        return false;

    if (!makeCa(caStem, u"Satchel Test CA"_s)
        || !makeCa(unknownCaStem, u"Satchel Unknown Test CA"_s))
        return false;
    for (const Kind kind :
         {Kind::Valid, Kind::SelfSigned, Kind::UnknownCa, Kind::WrongHost, Kind::Expired}) {
        if (!makeLeaf(kind))
            return false;
    }
    return true;
}
