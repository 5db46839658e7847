#pragma once

#include <QString>

// Test-only X.509 material, generated with the `openssl` command line into one directory:
// a test CA and server certificates with one defect each, for TLS tests against real servers.
// Every key is EC P-256, so generating the whole set takes a few dozen milliseconds.
//
// Nothing here is secret or long-lived: the CA key sits next to the certificates and the
// directory belongs to the caller (usually a QTemporaryDir).
class TestCertificates final
{
public:
    enum class Kind {
        // CN=localhost, subjectAltName DNS:localhost and IP:127.0.0.1, signed by the test CA.
        Valid,
        // Same names as Valid, but self-signed.
        SelfSigned,
        // Same names as Valid, signed by a second CA that no test trusts.
        UnknownCa,
        // CN=wrong.example, subjectAltName DNS:wrong.example only, signed by the test CA.
        WrongHost,
        // Same names as Valid, signed by the test CA, validity ended ten days ago.
        Expired,
    };

    // The paths below are fixed names inside directory, valid before and after generate().
    explicit TestCertificates(const QString &directory);

    // Creates the directory if needed and (re)writes every file. False on failure, with the
    // failing openssl command and its output in errorString().
    [[nodiscard]] bool generate();
    [[nodiscard]] QString errorString() const { return m_errorString; }

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString caCertificatePath() const;
    [[nodiscard]] QString caPrivateKeyPath() const;
    // The CA behind Kind::UnknownCa, for tests that want to show it would otherwise verify.
    [[nodiscard]] QString unknownCaCertificatePath() const;
    [[nodiscard]] QString certificatePath(Kind kind) const;
    [[nodiscard]] QString privateKeyPath(Kind kind) const;

    // The file name stem used for kind ("valid", "self-signed", ...).
    [[nodiscard]] static QString baseName(Kind kind);

private:
    [[nodiscard]] QString path(const QString &fileName) const;
    [[nodiscard]] bool runOpenssl(const QStringList &arguments);
    [[nodiscard]] bool makeCa(const QString &stem, const QString &commonName);
    [[nodiscard]] bool makeLeaf(Kind kind);

    QString m_directory;
    QString m_openssl;
    QString m_errorString;
};
