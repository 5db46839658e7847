#include "checkcontroller.h"

#include <algorithm>

#include <QLocale>
#include <QWidget>

#include "accounts/certificateinfo.h"
#include "appsettings.h"
#include "certificatedialog.h"
#include "oauthtokensource.h"
#include "passworddialog.h"
#include "store/archiveservice.h"
#include "store/messagestore.h"
#include "sync/checkrunner.h"
#include "sync/keychain.h"
#include "uilogging.h"

CheckController::CheckController(Store::ArchiveService &archive, QString profileDir,
                                 AppSettings &settings, QWidget *window)
    : QObject(window)
    , m_archive(archive)
    , m_settings(settings)
    , m_window(window)
    , m_runner(new Sync::CheckRunner(std::move(profileDir), this))
    , m_tokens(new OAuthTokenSource(this))
{
    connect(m_tokens, &OAuthTokenSource::tokenReady, this,
            [this](const QString &name, const Accounts::OAuthTokens &tokens) {
                if (const auto use = m_waitingForToken.take(name))
                    use(tokens.accessToken);
            });
    connect(m_tokens, &OAuthTokenSource::failed, this,
            [this](const QString &name, const QString &message) {
                if (m_waitingForToken.take(name)) {
                    for (const Store::Account &account : std::as_const(m_accounts)) {
                        if (account.name == name)
                            m_waitingForPassword.remove(account.id);
                    }
                    Q_EMIT busyChanged(isBusy());
                    Q_EMIT checkFailed(message, {});
                }
            });
    connect(m_runner, &Sync::CheckRunner::progress, this, &CheckController::onProgress);
    connect(m_runner, &Sync::CheckRunner::finished, this, &CheckController::onFinished);
    connect(m_runner, &Sync::CheckRunner::failed, this, &CheckController::onFailed);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkAll(false); });
    applySettings();
}

CheckController::~CheckController() = default;

void CheckController::setAccounts(const QList<Store::Account> &accounts)
{
    m_accounts = accounts;
}

void CheckController::rememberPassword(const QString &accountName, const QString &password)
{
    m_passwords.insert(accountName, password);
}

void CheckController::renameAccount(const QString &oldName, const QString &newName)
{
    if (m_passwords.contains(oldName))
        m_passwords.insert(newName, m_passwords.take(oldName));
    m_tokens->renameAccount(oldName, newName);
}

void CheckController::applySettings()
{
    const int minutes = m_settings.checkIntervalMinutes();
    if (minutes > 0)
        m_timer.start(minutes * 60 * 1000);
    else
        m_timer.stop();
}

bool CheckController::isBusy() const
{
    return m_runner->isAnyRunning() || !m_waitingForPassword.isEmpty() || !m_reviewing.isEmpty();
}

void CheckController::checkAll(bool interactive)
{
    for (const Store::Account &account : std::as_const(m_accounts))
        checkAccount(account.id, interactive);
}

void CheckController::checkAccount(qint64 accountId, bool interactive)
{
    for (const Store::Account &account : std::as_const(m_accounts)) {
        if (account.id != accountId || m_runner->isRunning(accountId)
            || m_waitingForPassword.contains(accountId) || m_reviewing.contains(accountId))
            continue;
        withPassword(account, interactive, [this, account, interactive](const QString &password) {
            run(account, password, interactive);
        });
    }
}

void CheckController::cancelAll()
{
    m_runner->cancelAll();
    for (const QString &name : m_waitingForToken.keys())
        m_tokens->cancel(name); // failed() follows and ends the wait
}

void CheckController::withPassword(const Store::Account &account, bool interactive,
                                   const std::function<void(const QString &)> &use)
{
    if (m_testPassword)
        return use(*m_testPassword);
    if (account.authMethod == Pop3::Sasl::AuthMethod::OAuth2) { // an access token, not a password
        m_waitingForPassword.insert(account.id);
        Q_EMIT busyChanged(true);
        m_waitingForToken.insert(account.name, [this, id = account.id, use](const QString &token) {
            m_waitingForPassword.remove(id);
            use(token);
        });
        m_tokens->request(account, interactive);
        return;
    }
    if (!account.storedPassword.isEmpty())
        return use(account.storedPassword);
    if (m_passwords.contains(account.name))
        return use(m_passwords.value(account.name));
    m_waitingForPassword.insert(account.id);
    Q_EMIT busyChanged(true);
    Sync::Keychain::readPassword(
        account.name, this, [this, account, interactive, use](const auto &result) {
            m_waitingForPassword.remove(account.id);
            if (result.ok) {
                m_passwords.insert(account.name, result.password);
                use(result.password);
                return;
            }
            qCDebug(lcUi) << "no password in the keychain for" << account.name << result.error;
            if (!interactive) {
                Q_EMIT busyChanged(isBusy());
                Q_EMIT checkFailed(tr("%1 was not checked: Satchel needs its password. Choose Get "
                                      "Messages to enter it.")
                                       .arg(account.name),
                                   {});
                return;
            }
            askPassword(account, use);
        });
}

void CheckController::askPassword(const Store::Account &account,
                                  const std::function<void(const QString &)> &use)
{
    const bool keychain = Sync::Keychain::reachable();
    auto *dialog = new PasswordDialog(account.name, account.user, account.host, keychain, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_waitingForPassword.insert(account.id);
    connect(dialog, &QDialog::finished, this, [this, dialog, account, keychain, use](int result) {
        m_waitingForPassword.remove(account.id);
        if (result != QDialog::Accepted) {
            Q_EMIT busyChanged(isBusy());
            return;
        }
        const QString password = dialog->password();
        m_passwords.insert(account.name, password);
        if (dialog->remember() && keychain) {
            Sync::Keychain::writePassword(account.name, password, this, [](const auto &) {});
        } else if (dialog->remember()) { // the explicit opt-in, after the warning
            Store::Account changed = account;
            changed.storedPassword = password;
            m_archive.write(
                [changed](Store::MessageStore &store) { return store.updateAccount(changed); });
        }
        use(password);
    });
    dialog->open();
}

void CheckController::run(const Store::Account &account, const QString &password, bool interactive)
{
    if (!m_runner->start(account, password))
        return;
    if (interactive)
        m_interactive.insert(account.id);
    else
        m_interactive.remove(account.id);
    m_progress.insert(account.id, {});
    Q_EMIT busyChanged(true);
    updateStatus();
}

void CheckController::onProgress(qint64 accountId, const Pop3::FetchProgress &progress)
{
    m_progress.insert(accountId, progress);
    updateStatus();
}

void CheckController::onFinished(qint64 accountId, const Sync::SyncSummary &summary)
{
    m_progress.remove(accountId);
    m_interactive.remove(accountId);
    updateStatus();
    Q_EMIT busyChanged(isBusy());
    m_archive.notifyChanged();
    if (summary.stored > 0)
        Q_EMIT newMessages(summary.stored);
    if (!summary.notes.isEmpty())
        Q_EMIT checkFailed(tr("%1: %2").arg(accountName(accountId), summary.notes), {});
}

void CheckController::onFailed(qint64 accountId, const Pop3::Error &error, const QString &log)
{
    m_progress.remove(accountId);
    const bool interactive = m_interactive.contains(accountId);
    m_interactive.remove(accountId);
    updateStatus();
    m_archive.notifyChanged(); // what was committed before the failure is in the archive
    if (error.kind == Pop3::ErrorKind::CertificateUntrusted && !error.certificateChain.isEmpty()) {
        if (interactive && reviewCertificate(accountId, error)) {
            Q_EMIT busyChanged(isBusy());
            return;
        }
        Q_EMIT busyChanged(isBusy());
        Q_EMIT checkFailed(tr("%1 was not checked: the server's certificate could not be "
                              "verified and needs your review. Choose Get Messages to review it.")
                               .arg(accountName(accountId)),
                           log);
        return;
    }
    Q_EMIT busyChanged(isBusy());
    if (error.kind == Pop3::ErrorKind::Cancelled)
        return;
    // Only a refused password is forgotten (and asked again next time); a busy mailbox, a
    // login delay or a server problem keeps it.
    if (error.kind == Pop3::ErrorKind::AuthenticationFailed) {
        m_passwords.remove(accountName(accountId));
        m_tokens->forgetAccessToken(accountName(accountId)); // refreshed next time
    }
    QString message = tr("Checking %1 failed: %2").arg(accountName(accountId), error.message());
    if (!error.detail.isEmpty())
        message += QStringLiteral(" (") + error.detail + QLatin1Char(')');
    Q_EMIT checkFailed(message, log);
}

bool CheckController::reviewCertificate(qint64 accountId, const Pop3::Error &error)
{
    const auto account =
        std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                     [accountId](const Store::Account &a) { return a.id == accountId; });
    if (account == m_accounts.cend())
        return false;
    m_reviewing.insert(accountId);
    auto *dialog = new CertificateDialog(
        Accounts::CertificateInfo::fromError(error, account->host, account->port, account->pins),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, accountId, dialog, error](int result) {
        m_reviewing.remove(accountId);
        if (result == QDialog::Accepted) {
            acceptPin(accountId, dialog->pin());
            return;
        }
        Q_EMIT busyChanged(isBusy());
        Q_EMIT checkFailed(tr("Checking %1 failed: %2 The certificate was not accepted.")
                               .arg(accountName(accountId), error.message()),
                           {});
    });
    dialog->open();
    return true;
}

// The pin is stored for good (the account list refreshes once the archive has written it) and
// the check runs again at once with it.
void CheckController::acceptPin(qint64 accountId, const Store::CertificatePin &pin)
{
    for (Store::Account &account : m_accounts) {
        if (account.id != accountId)
            continue;
        account.pins = Accounts::withPin(account.pins, pin);
        m_archive.write([accountId, pins = account.pins](Store::MessageStore &store) {
            return store.setPins(accountId, pins);
        });
        break;
    }
    checkAccount(accountId, true);
    Q_EMIT busyChanged(isBusy());
}

QString CheckController::accountName(qint64 accountId) const
{
    for (const Store::Account &account : m_accounts) {
        if (account.id == accountId)
            return account.name;
    }
    return QString::number(accountId);
}

void CheckController::updateStatus()
{
    QStringList parts;
    const QLocale locale;
    for (auto it = m_progress.cbegin(); it != m_progress.cend(); ++it) {
        const Pop3::FetchProgress &p = it.value();
        if (p.messagesTotal == 0) {
            parts.append(tr("%1: connecting…").arg(accountName(it.key())));
            continue;
        }
        //: Progress of a check: account, messages done of %n, bytes done of all.
        parts.append(tr("%1: %2 of %n message(s) (%3 of %4)", nullptr, p.messagesTotal)
                         .arg(accountName(it.key()))
                         .arg(p.messagesDone)
                         .arg(locale.formattedDataSize(p.bytesDone),
                              locale.formattedDataSize(p.bytesTotal)));
    }
    Q_EMIT statusChanged(parts.join(QStringLiteral(" · ")));
}
