#pragma once

#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include "testcertificates.h"

class QProcess;
class QTemporaryDir;

// A real Dovecot 2.3 POP3 server on 127.0.0.1 for integration tests and benchmarks.
//
// start() creates a private temporary directory (configuration, passwd-file, certificates,
// Maildirs, base_dir, state_dir and log), picks two free ports and runs `dovecot -F -c <conf>`
// as a child process. Nothing outside the temporary directory is read or written: not
// /etc/dovecot, not /run/dovecot, no fixed port. Several servers, in one process or in
// parallel test processes, never collide.
//
// Listeners: pop3Port() speaks plain POP3 and offers STLS; pop3sPort() is implicit TLS. Both
// present TestCertificates' localhost certificate (or setCertificate()'s choice), so clients
// verify against caCertificatePath() only. Plaintext USER/PASS is allowed on the plain port
// (disable_plaintext_auth = no) so that tests can check the client's own refusal; note that
// Dovecot also counts any connection whose remote and local IP are equal as "secured".
// SASL mechanisms: PLAIN LOGIN CRAM-MD5, plus APOP (a timestamp in the greeting).
// UIDLs follow pop3_uidl_format = %08Xu%08Xv.
//
// Running as root (CI): Dovecot's usual accounts are used (dovecot, dovenull) and mail is
// owned by `nobody`; Dovecot refuses to access mail as uid 0. As any other user, every
// Dovecot process and the mail run as that user.
//
// Not thread-safe: use one instance from one thread, one that outlives the server (Dovecot
// gets SIGTERM when the thread that started it ends, so a crashed test leaves no server
// behind). The temporary directory is removed on stop() unless SATCHEL_KEEP_DOVECOT_DIR is set
// in the environment (for debugging); a test killed with SIGKILL leaves it in /tmp.
class DovecotServer final
{
public:
    DovecotServer();
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    // Adds a mailbox user, or changes the password of an existing one; call before start().
    // Names are limited to [a-z0-9._@-] (Dovecot lower-cases logins); passwords must not
    // contain ':' or line breaks. alice/alice-secret and bob/bob-secret always exist.
    void addUser(const QString &name, const QString &password);
    // The certificate both listeners present; call before start(). Default Kind::Valid.
    void setCertificate(TestCertificates::Kind kind);
    // Opt-in OAuth2: also offers SASL XOAUTH2 and OAUTHBEARER, whose bearer tokens Dovecot's
    // oauth2 passdb checks by RFC 7662 introspection (POST token=...) at url, expecting
    // {"active": true, "username": "<login user>"}. The user must exist (addUser) for its
    // Maildir; password logins are unchanged. Call before start(); an empty url turns it off.
    void setOAuth2IntrospectionUrl(const QUrl &url) { m_oauth2IntrospectionUrl = url; }

    // Returns once both ports accept connections and the plain port greets with this
    // server's greeting, or false with errorString() (including Dovecot's log) on failure.
    [[nodiscard]] bool start();
    // Stops Dovecot and every process it started, and removes the temporary directory.
    // Afterwards both ports refuse connections. Safe to call when not running.
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString errorString() const { return m_errorString; }

    [[nodiscard]] static QString host() { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 pop3Port() const { return m_pop3Port; }
    [[nodiscard]] quint16 pop3sPort() const { return m_pop3sPort; }
    // The Dovecot master process, or 0 when not running.
    [[nodiscard]] qint64 processId() const;
    // A random word in this server's greeting ("+OK Satchel test Dovecot <word> <apop>").
    [[nodiscard]] QByteArray greetingToken() const { return m_greetingToken; }
    // How long the last successful start() took, in milliseconds.
    [[nodiscard]] qint64 startupMilliseconds() const { return m_startupMilliseconds; }

    [[nodiscard]] QString caCertificatePath() const;
    [[nodiscard]] const TestCertificates *certificates() const { return m_certificates.get(); }
    [[nodiscard]] QString logFilePath() const;
    // Dovecot's log so far (at most the last 256 KiB).
    [[nodiscard]] QByteArray log() const;
    // The user's Maildir (with cur/, new/, tmp/), or empty when unknown or not started.
    [[nodiscard]] QString maildirPath(const QString &user) const;

    // Puts message into the user's Maildir the way an MDA does (write to tmp/, rename into
    // new/), so the next POP3 session sees it. The bytes are stored as given; Dovecot's own
    // LDA would store LF line ends. Requires a started server. POP3 numbers the messages
    // delivered to one server in the order of delivery.
    [[nodiscard]] bool deliver(const QString &user, const QByteArray &message);
    // Messages in the user's Maildir (new/ and cur/), or -1 when unknown or not started.
    [[nodiscard]] int messageCount(const QString &user) const;

    // What RETR yields for a delivered message once the client has removed the dot-stuffing
    // and the terminating ".": Dovecot sends every bare LF as CRLF, keeps existing CRLF and
    // lone CR bytes as they are, and ends an unterminated last line (or an empty message)
    // with CRLF. Dovecot does not dot-stuff a '.' as the very first byte of a message; a
    // header block never starts with one, so this helper does not model that case.
    [[nodiscard]] static QByteArray expectedOverPop3(const QByteArray &delivered);

private:
    struct User
    {
        QString name;
        QString password;
    };
    struct Accounts
    {
        QString internalUser;
        QString internalGroup;
        QString loginUser;
        uint mailUid = 0;
        uint mailGid = 0;
        bool root = false;
    };

    [[nodiscard]] bool prepare();
    [[nodiscard]] bool resolveAccounts();
    [[nodiscard]] bool writeConfiguration();
    [[nodiscard]] bool launch(const QString &dovecot);
    [[nodiscard]] bool waitUntilListening();
    [[nodiscard]] bool greetsOnPlainPort() const;
    [[nodiscard]] QString logExcerpt() const;
    [[nodiscard]] bool portsRefuse() const;
    void terminateProcess();
    [[nodiscard]] QString path(const QString &relative) const;
    [[nodiscard]] bool hasUser(const QString &name) const;
    [[nodiscard]] bool fail(const QString &message);

    QList<User> m_users;
    TestCertificates::Kind m_certificateKind = TestCertificates::Kind::Valid;
    QUrl m_oauth2IntrospectionUrl;
    Accounts m_accounts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_greetingToken;
    QString m_errorString;
    quint16 m_pop3Port = 0;
    quint16 m_pop3sPort = 0;
    bool m_listening = false;
    qint64 m_startupMilliseconds = 0;
    quint64 m_deliveries = 0;
    qint64 m_lastDeliveryMicros = 0;
};
