#include "dovecotserver.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <grp.h>
#include <optional>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int startAttempts = 5;
constexpr int listenTimeoutMs = 10000;
constexpr int gracefulStopTimeoutMs = 2000;
constexpr int stopTimeoutMs = 5000;
constexpr qint64 maxLogBytes = 256 * 1024;

QString findDovecot()
{
    QString found = QStandardPaths::findExecutable(u"dovecot"_s);
    // A normal user's PATH on Debian often lacks the sbin directories.
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(u"dovecot"_s,
                                               {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s});
    return found;
}

// The configuration written below uses Dovecot 2.3 names; 2.4 renamed many of them.
bool checkVersion(const QString &dovecot, QString *error)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(dovecot, {u"--version"_s});
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"`%1 --version` failed: %2 %3"_s.arg(
            dovecot, process.errorString(),
            QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(1000);
        }
        return false;
    }
    const QByteArray version = process.readAllStandardOutput().trimmed();
    if (!version.startsWith("2.3.")) {
        *error = u"DovecotServer writes Dovecot 2.3 configuration, but %1 is version %2"_s.arg(
            dovecot, QString::fromLocal8Bit(version));
        return false;
    }
    return true;
}

bool pickFreePorts(quint16 *first, quint16 *second)
{
    // Both servers listen at once, so the two ports differ. Dovecot binds them a few
    // milliseconds later; if another process got there first, start() tries again.
    QTcpServer a;
    QTcpServer b;
    if (!a.listen(QHostAddress::LocalHost, 0) || !b.listen(QHostAddress::LocalHost, 0))
        return false;
    *first = a.serverPort();
    *second = b.serverPort();
    return true;
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

bool changeOwner(const QString &fileName, uint uid, uint gid, QString *error)
{
    if (::chown(QFile::encodeName(fileName).constData(), uid, gid) == 0)
        return true;
    *error = u"chown(%1, %2, %3) failed: %4"_s.arg(fileName).arg(uid).arg(gid).arg(
        QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

QByteArray readTail(const QString &fileName, qint64 maxBytes)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > maxBytes)
        file.seek(file.size() - maxBytes);
    return file.readAll();
}

bool refusesConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(1000))
        return socket.error() == QAbstractSocket::ConnectionRefusedError;
    socket.abort();
    return false;
}

// The names of the living (not zombie) children of pid, from Linux's /proc; nullopt when
// the kernel does not list children there.
std::optional<QList<QByteArray>> livingChildren(qint64 pid)
{
    QFile list(u"/proc/%1/task/%1/children"_s.arg(pid));
    if (!list.open(QIODevice::ReadOnly))
        return std::nullopt;
    QList<QByteArray> names;
    const QList<QByteArray> children = list.readAll().simplified().split(' ');
    for (const QByteArray &child : children) {
        QFile stat(u"/proc/%1/stat"_s.arg(QString::fromLatin1(child)));
        if (child.isEmpty() || !stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ...", where comm may contain spaces and parentheses.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QByteArray state = line.mid(close + 2, 1);
        if (state != "Z" && state != "X")
            names.append(line.mid(open + 1, close - open - 1));
    }
    return names;
}

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    const bool connected = socket.waitForConnected(1000);
    socket.abort();
    return connected;
}

} // namespace

DovecotServer::DovecotServer()
    : m_users({{u"alice"_s, u"alice-secret"_s}, {u"bob"_s, u"bob-secret"_s}})
{ }

DovecotServer::~DovecotServer()
{
    stop();
}

void DovecotServer::addUser(const QString &name, const QString &password)
{
    for (User &user : m_users) {
        if (user.name == name) {
            user.password = password;
            return;
        }
    }
    m_users.append({name, password});
}

void DovecotServer::setCertificate(TestCertificates::Kind kind)
{
    m_certificateKind = kind;
}

bool DovecotServer::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QString DovecotServer::path(const QString &relative) const
{
    return m_dir ? m_dir->filePath(relative) : QString();
}

bool DovecotServer::hasUser(const QString &name) const
{
    for (const User &user : m_users) {
        if (user.name == name)
            return true;
    }
    return false;
}

bool DovecotServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 DovecotServer::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString DovecotServer::caCertificatePath() const
{
    return m_certificates ? m_certificates->caCertificatePath() : QString();
}

QString DovecotServer::logFilePath() const
{
    return path(u"dovecot.log"_s);
}

QByteArray DovecotServer::log() const
{
    return m_dir ? readTail(logFilePath(), maxLogBytes) : QByteArray();
}

QString DovecotServer::maildirPath(const QString &user) const
{
    if (!m_dir || !hasUser(user))
        return {};
    return path(u"mail/%1/Maildir"_s.arg(user));
}

bool DovecotServer::start()
{
    if (isRunning())
        return fail(u"Dovecot is already running"_s);
    stop();
    m_errorString.clear();
    QElapsedTimer timer;
    timer.start();

    static const QRegularExpression validName(u"^[a-z0-9._@-]+$"_s);
    for (const User &user : std::as_const(m_users)) {
        if (!validName.match(user.name).hasMatch())
            return fail(u"invalid user name for the passwd-file: \"%1\""_s.arg(user.name));
        if (user.password.contains(u':') || user.password.contains(u'\n')
            || user.password.contains(u'\r'))
            return fail(u"the password of %1 contains ':' or a line break"_s.arg(user.name));
    }

    const QString dovecot = findDovecot();
    if (dovecot.isEmpty())
        return fail(u"dovecot is not installed (scripts/bootstrap.sh installs dovecot-core and "
                    "dovecot-pop3d)"_s);
    QString error;
    if (!checkVersion(dovecot, &error))
        return fail(error);
    if (!resolveAccounts())
        return false;

    if (prepare()) {
        for (int attempt = 1; attempt <= startAttempts; ++attempt) {
            if (!pickFreePorts(&m_pop3Port, &m_pop3sPort)) {
                m_errorString = u"cannot find free ports on 127.0.0.1"_s;
                break;
            }
            // Each attempt starts afresh, so the log shows only its own errors.
            QDir(path(u"run"_s)).removeRecursively();
            QFile::remove(logFilePath());
            QFile::remove(path(u"dovecot.stderr"_s));
            if (!writeConfiguration())
                break;
            if (launch(dovecot) && waitUntilListening()) {
                m_errorString.clear();
                m_listening = true;
                m_startupMilliseconds = timer.elapsed();
                return true;
            }
            const QByteArray output = log() + readTail(path(u"dovecot.stderr"_s), maxLogBytes);
            terminateProcess();
            // Someone took a port between pickFreePorts() and Dovecot's bind(): try new ones.
            if (!output.contains("Address already in use"))
                break;
        }
    }
    error = m_errorString;
    stop();
    m_errorString = error;
    return false;
}

bool DovecotServer::resolveAccounts()
{
    m_accounts = {};
    m_accounts.root = ::geteuid() == 0;
    if (m_accounts.root) {
        // Dovecot's packaged accounts for its internal and login processes. Mail is never
        // accessed as root (Dovecot refuses uid 0), nor as the dovecot user (its documented
        // rule), so it belongs to nobody.
        // (getpwnam() returns a static buffer: nobody is looked up last.)
        if (!::getpwnam("dovecot") || !::getpwnam("dovenull") || !::getgrnam("dovecot"))
            return fail(u"running as root needs the users dovecot and dovenull and the group "
                        "dovecot (the dovecot-core package creates them)"_s);
        const struct passwd *nobody = ::getpwnam("nobody");
        if (!nobody)
            return fail(u"running as root needs the user nobody to own the test mail"_s);
        m_accounts.mailUid = nobody->pw_uid;
        m_accounts.mailGid = nobody->pw_gid;
        m_accounts.internalUser = u"dovecot"_s;
        m_accounts.internalGroup = u"dovecot"_s;
        m_accounts.loginUser = u"dovenull"_s;
        return true;
    }

    // Rootless: Dovecot cannot switch users, so every process and the mail use ours. Its
    // settings take names, hence the account must have a passwd and group entry.
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    const struct passwd *me = ::getpwuid(uid);
    const QString userName = me ? QString::fromLocal8Bit(me->pw_name) : QString();
    const struct group *myGroup = ::getgrgid(gid);
    const QString groupName = myGroup ? QString::fromLocal8Bit(myGroup->gr_name) : QString();
    if (userName.isEmpty() || groupName.isEmpty())
        return fail(u"Dovecot needs a user and group name for uid %1 / gid %2"_s.arg(uid).arg(gid));
    m_accounts.internalUser = userName;
    m_accounts.loginUser = userName;
    m_accounts.internalGroup = groupName;
    m_accounts.mailUid = uid;
    m_accounts.mailGid = gid;
    return true;
}

bool DovecotServer::prepare()
{
    // Unix socket paths under base_dir must stay below 108 bytes, and as root the mail
    // processes (running as nobody) must be able to traverse every parent directory: /tmp
    // satisfies both, whatever TMPDIR says.
    QString parent = QDir::tempPath();
    if (m_accounts.root || parent.size() > 40)
        parent = u"/tmp"_s;
    m_dir = std::make_unique<QTemporaryDir>(parent + u"/satchel-dovecot-XXXXXX"_s);
    if (!m_dir->isValid())
        return fail(
            u"cannot create a temporary directory in %1: %2"_s.arg(parent, m_dir->errorString()));
    if (qEnvironmentVariableIsSet("SATCHEL_KEEP_DOVECOT_DIR"))
        m_dir->setAutoRemove(false);
    // As root, Dovecot's auth process reads the passwd-file as the dovecot user and the mail
    // processes run as nobody: both need to enter the directory.
    if (m_accounts.root && ::chmod(QFile::encodeName(m_dir->path()).constData(), 0755) != 0)
        return fail(u"chmod(%1) failed"_s.arg(m_dir->path()));

    m_certificates = std::make_unique<TestCertificates>(path(u"certs"_s));
    if (!m_certificates->generate())
        return fail(u"cannot generate certificates: "_s + m_certificates->errorString());

    m_greetingToken = QByteArray::number(QRandomGenerator::global()->generate64(), 16);

    QString error;
    QByteArray passwd;
    for (const User &user : std::as_const(m_users)) {
        const QString home = path(u"mail/"_s + user.name);
        // name:password:uid:gid:gecos:home:shell:extra
        passwd += u"%1:{PLAIN}%2:%3:%4::%5::\n"_s.arg(user.name, user.password)
                      .arg(m_accounts.mailUid)
                      .arg(m_accounts.mailGid)
                      .arg(home)
                      .toUtf8();
        for (const QString &sub : {u"cur"_s, u"new"_s, u"tmp"_s}) {
            if (!QDir().mkpath(home + u"/Maildir/"_s + sub))
                return fail(u"cannot create %1/Maildir/%2"_s.arg(home, sub));
        }
        if (m_accounts.root) {
            for (const QString &dir : {home, home + u"/Maildir"_s, home + u"/Maildir/cur"_s,
                                       home + u"/Maildir/new"_s, home + u"/Maildir/tmp"_s}) {
                if (!changeOwner(dir, m_accounts.mailUid, m_accounts.mailGid, &error))
                    return fail(error);
            }
        }
    }
    if (!writeFile(path(u"passwd"_s), passwd, &error))
        return fail(error);
    return true;
}

bool DovecotServer::writeConfiguration()
{
    const bool root = m_accounts.root;
    const QString certificate = m_certificates->certificatePath(m_certificateKind);
    const QString key = m_certificates->privateKeyPath(m_certificateKind);
    QString conf;
    const auto line = [&conf](const QString &text) {
        conf += text;
        conf += u'\n';
    };

    line(u"# Written by Satchel's DovecotServer for one test run (Dovecot 2.3 syntax)."_s);
    line(u"base_dir = "_s + path(u"run"_s));
    line(u"state_dir = "_s + path(u"state"_s));
    line(u"log_path = "_s + path(u"dovecot.log"_s));
    line(u"instance_name = satchel-"_s + QString::fromLatin1(m_greetingToken));
    // Not LISTEN_FDS / NOTIFY_SOCKET: a test running under systemd must not hand its sockets
    // or readiness notifications to this Dovecot.
    line(u"import_environment = TZ"_s);
    // No statistics: they are of no use here, and a process started during shutdown would
    // otherwise wait five seconds for the already stopped stats service.
    line(u"stats_writer_socket_path ="_s);
    line(u"protocols = pop3"_s);
    line(u"listen = 127.0.0.1"_s);
    line(u"default_internal_user = "_s + m_accounts.internalUser);
    line(u"default_internal_group = "_s + m_accounts.internalGroup);
    line(u"default_login_user = "_s + m_accounts.loginUser);
    line(u"first_valid_uid = %1"_s.arg(m_accounts.mailUid));
    line(u"last_valid_uid = %1"_s.arg(m_accounts.mailUid));
    line(u"first_valid_gid = %1"_s.arg(m_accounts.mailGid));
    line(u"last_valid_gid = %1"_s.arg(m_accounts.mailGid));
    line({});
    line(u"ssl = yes"_s);
    line(u"ssl_cert = <"_s + certificate);
    line(u"ssl_key = <"_s + key);
    line(u"disable_plaintext_auth = no"_s);
    const bool oauth2 = !m_oauth2IntrospectionUrl.isEmpty();
    line(oauth2 ? u"auth_mechanisms = plain login cram-md5 apop xoauth2 oauthbearer"_s
                : u"auth_mechanisms = plain login cram-md5 apop"_s);
    line(u"auth_verbose = yes"_s);
    // Failed logins answer after at most half a second (Dovecot's timer granularity)
    // instead of two.
    line(u"auth_failure_delay = 0"_s);
    line(u"login_greeting = Satchel test Dovecot "_s + QString::fromLatin1(m_greetingToken));
    if (oauth2) {
        // Only for the OAuth2 mechanisms, so password logins never reach the introspection URL.
        const QString oauth2Conf = path(u"dovecot-oauth2.conf.ext"_s);
        const QByteArray settings =
            "introspection_mode = post\nintrospection_url = " + m_oauth2IntrospectionUrl.toEncoded()
            + "\nusername_attribute = username\nactive_attribute = active\n"
              "active_value = true\n";
        QString oauth2Error;
        if (!writeFile(oauth2Conf, settings, &oauth2Error))
            return fail(oauth2Error);
        line(u"passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = %1\n}"_s
                 .arg(oauth2Conf));
    }
    line(u"passdb {\n  driver = passwd-file\n  args = %1\n}"_s.arg(path(u"passwd"_s)));
    line(u"userdb {\n  driver = passwd-file\n  args = %1\n}"_s.arg(path(u"passwd"_s)));
    line({});
    line(u"mail_location = maildir:~/Maildir"_s);
    line(u"pop3_uidl_format = %08Xu%08Xv"_s);
    line(u"mail_max_userip_connections = 1000"_s);
    line({});
    line(u"service pop3-login {"_s);
    line(u"  inet_listener pop3 {\n    address = 127.0.0.1\n    port = %1\n  }"_s.arg(m_pop3Port));
    line(u"  inet_listener pop3s {\n    address = 127.0.0.1\n    port = %1\n    ssl = yes\n  }"_s
             .arg(m_pop3sPort));
    // Only root may chroot.
    if (!root)
        line(u"  chroot ="_s);
    line(u"}"_s);
    line(u"service anvil {"_s);
    if (!root)
        line(u"  chroot ="_s);
    // Mode 0 disables the listener, which turns off the auth penalty: after one failed login
    // from 127.0.0.1, every following login would otherwise wait 2-15 seconds.
    line(u"  unix_listener anvil-auth-penalty {\n    mode = 0\n  }"_s);
    line(u"}"_s);

    QString error;
    if (!writeFile(path(u"dovecot.conf"_s), conf.toUtf8(), &error))
        return fail(error);
    return true;
}

bool DovecotServer::launch(const QString &dovecot)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LISTEN_PID"_s, u"LISTEN_FDS"_s, u"NOTIFY_SOCKET"_s})
        environment.remove(name);
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(path(u"dovecot.stderr"_s));
    m_process->setChildProcessModifier([] {
        // Its own process group, so that stop() can end Dovecot and all its children at
        // once; and SIGTERM when the test process dies, so no server outlives a crashed test.
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    // -F: foreground, so Dovecot stays our child and we reap it (a daemonized master would
    // be re-parented to PID 1, which in some containers never reaps it).
    m_process->start(dovecot, {u"-F"_s, u"-c"_s, path(u"dovecot.conf"_s)});
    if (!m_process->waitForStarted(listenTimeoutMs))
        return fail(u"cannot run %1: %2"_s.arg(dovecot, m_process->errorString()));
    return true;
}

bool DovecotServer::greetsOnPlainPort() const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_pop3Port);
    if (!socket.waitForConnected(1000))
        return false;
    QDeadlineTimer deadline(2000);
    while (!socket.canReadLine() && !deadline.hasExpired()
           && socket.waitForReadyRead(int(deadline.remainingTime()))) { }
    const QByteArray greeting = socket.readLine();
    // The random word tells this server from anything else that might own the port.
    const bool ours = greeting.startsWith("+OK ") && greeting.contains(m_greetingToken);
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(1000);
    socket.disconnectFromHost();
    return ours;
}

bool DovecotServer::waitUntilListening()
{
    QDeadlineTimer deadline(listenTimeoutMs);
    bool plainReady = false;
    bool tlsReady = false;
    for (;;) {
        if (m_process->state() == QProcess::NotRunning) {
            return fail(u"dovecot exited during start-up (%1, code %2):\n%3"_s.arg(
                m_process->exitStatus() == QProcess::NormalExit ? u"normal exit"_s : u"crashed"_s,
                QString::number(m_process->exitCode()), logExcerpt()));
        }
        if (!plainReady)
            plainReady = greetsOnPlainPort();
        if (plainReady && !tlsReady)
            tlsReady = acceptsConnections(m_pop3sPort);
        if (plainReady && tlsReady)
            return true;
        if (deadline.hasExpired()) {
            return fail(u"dovecot did not accept connections on ports %1 and %2 within %3 ms:\n%4"_s
                            .arg(m_pop3Port)
                            .arg(m_pop3sPort)
                            .arg(listenTimeoutMs)
                            .arg(logExcerpt()));
        }
        // Also the pause between polls: returns early when Dovecot exits.
        m_process->waitForFinished(20);
    }
}

QString DovecotServer::logExcerpt() const
{
    const QByteArray all = log() + readTail(path(u"dovecot.stderr"_s), maxLogBytes);
    const QList<QByteArray> lines = all.split('\n');
    QList<QByteArray> relevant;
    for (const QByteArray &line : lines) {
        if (line.contains("Fatal:") || line.contains("Error:") || line.contains("Panic:")
            || line.contains("Warning:"))
            relevant.append(line);
    }
    if (relevant.isEmpty())
        relevant = lines;
    while (relevant.size() > 15)
        relevant.removeFirst();
    const QString text = QString::fromLocal8Bit(relevant.join('\n')).trimmed();
    return text.isEmpty() ? u"(Dovecot logged nothing)"_s : text;
}

bool DovecotServer::portsRefuse() const
{
    return refusesConnections(m_pop3Port) && refusesConnections(m_pop3sPort);
}

void DovecotServer::terminateProcess()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        const pid_t pid = pid_t(m_process->processId());
        ::kill(pid, SIGTERM);
        // On SIGTERM the master signals every service at once, then tells its log process to
        // finish and sleeps a fixed second before it exits (its listening sockets stay open,
        // unanswered, until then). A connection that arrived just before can even leave a
        // fresh pop3-login process waiting out that second. Once every other child (anvil,
        // config, auth, pop3 sessions) has exited, the second buys nothing here: end the
        // whole process group instead.
        QDeadlineTimer deadline(gracefulStopTimeoutMs);
        while (m_process->state() != QProcess::NotRunning && !deadline.hasExpired()
               && !m_process->waitForFinished(5)) {
            const std::optional<QList<QByteArray>> children = livingChildren(pid);
            if (children && std::all_of(children->cbegin(), children->cend(), [](const auto &name) {
                    return name == "log" || name == "pop3-login";
                }))
                break;
        }
        // Only while the master is unreaped does its pid (the group id) still belong to us.
        if (m_process->state() != QProcess::NotRunning) {
            ::kill(-pid, SIGKILL);
            m_process->waitForFinished(stopTimeoutMs);
        }
    }
    m_process.reset();
}

void DovecotServer::stop()
{
    terminateProcess();
    if (m_listening) {
        // Login processes inherit the listening sockets; wait until the last one is gone.
        QDeadlineTimer deadline(stopTimeoutMs);
        while (!portsRefuse() && !deadline.hasExpired())
            QThread::msleep(10);
    }
    m_certificates.reset();
    m_dir.reset();
    m_listening = false;
    m_pop3Port = 0;
    m_pop3sPort = 0;
}

bool DovecotServer::deliver(const QString &user, const QByteArray &message)
{
    const QString maildir = maildirPath(user);
    if (maildir.isEmpty())
        return fail(m_dir ? u"no such user: %1"_s.arg(user) : u"the server is not started"_s);

    // Maildir's unique name: seconds, microseconds, pid, a counter and randomness. Dovecot
    // numbers new files by the seconds and then the microseconds in their names, so strictly
    // increasing times make POP3 message numbers follow the order of delivery.
    qint64 micros = std::chrono::duration_cast<std::chrono::microseconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
    if (micros <= m_lastDeliveryMicros)
        micros = m_lastDeliveryMicros + 1;
    m_lastDeliveryMicros = micros;
    const QString name = u"%1.M%2P%3Q%4R%5.satchel"_s.arg(micros / 1000000)
                             .arg(micros % 1000000)
                             .arg(QCoreApplication::applicationPid())
                             .arg(++m_deliveries)
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString temporary = maildir + u"/tmp/"_s + name;
    const QString target = maildir + u"/new/"_s + name;

    QString error;
    if (!writeFile(temporary, message, &error))
        return fail(error);
    if (m_accounts.root && !changeOwner(temporary, m_accounts.mailUid, m_accounts.mailGid, &error))
        return fail(error);
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData())
        != 0)
        return fail(u"rename(%1, %2) failed: %3"_s.arg(
            temporary, target, QString::fromLocal8Bit(std::strerror(errno))));
    return true;
}

int DovecotServer::messageCount(const QString &user) const
{
    const QString maildir = maildirPath(user);
    if (maildir.isEmpty())
        return -1;
    int count = 0;
    for (const QString &sub : {u"/new"_s, u"/cur"_s})
        count += int(QDir(maildir + sub).entryList(QDir::Files).size());
    return count;
}

QByteArray DovecotServer::expectedOverPop3(const QByteArray &delivered)
{
    QByteArray out;
    out.reserve(delivered.size() + delivered.size() / 16 + 2);
    char previous = '\0';
    for (const char c : delivered) {
        if (c == '\n' && previous != '\r')
            out += '\r';
        out += c;
        previous = c;
    }
    if (previous != '\n')
        out += "\r\n";
    return out;
}
