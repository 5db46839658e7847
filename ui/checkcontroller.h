#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include "pop3/fetchtypes.h"
#include "store/storetypes.h"
#include "sync/syncjob.h"

class AppSettings;
class OAuthTokenSource;
class QWidget;

namespace Store {
class ArchiveService;
}
namespace Sync {
class CheckRunner;
}

// Decides when to check which account and with which password: on start, every N minutes and
// on request. Passwords come from the profile (when the user opted in), the keychain, or the
// user, asked once per run; a busy mailbox ([IN-USE]) or a server problem never asks for one.
// A certificate that fails verification is shown (CertificateDialog) when the user asked for
// the check; accepting it stores the pin through the archive and checks again. An automatic
// check never opens the dialog: the banner says the certificate needs review.
class CheckController final : public QObject
{
    Q_OBJECT

public:
    CheckController(Store::ArchiveService &archive, QString profileDir, AppSettings &settings,
                    QWidget *window);
    ~CheckController() override;

    void setAccounts(const QList<Store::Account> &accounts);
    // interactive: the user asked, so a missing password may be asked for; automatic checks
    // (on start, by the timer) never open a dialog and say in the banner what is missing.
    void checkAll(bool interactive = true);
    void checkAccount(qint64 accountId, bool interactive = true);
    void cancelAll();
    // A password the user just gave (the account wizard), used for this run.
    void rememberPassword(const QString &accountName, const QString &password);
    // An account was renamed: what this run knows of it (password, sign-in) follows.
    void renameAccount(const QString &oldName, const QString &newName);
    void applySettings(); // the check interval changed
    [[nodiscard]] bool isBusy() const;
    // For tests: the password to use instead of asking (nullopt: ask as usual).
    void setPasswordForTesting(std::optional<QString> password) { m_testPassword = password; }
    // Access tokens of the accounts that sign in with OAuth2 (instead of a password).
    [[nodiscard]] OAuthTokenSource &oauthTokens() { return *m_tokens; }

Q_SIGNALS:
    void statusChanged(const QString &text); // progress of running checks; empty when idle
    void busyChanged(bool busy);
    void checkFailed(const QString &message, const QString &details);
    void newMessages(int count);

private:
    void withPassword(const Store::Account &account, bool interactive,
                      const std::function<void(const QString &)> &use);
    void askPassword(const Store::Account &account,
                     const std::function<void(const QString &)> &use);
    void run(const Store::Account &account, const QString &password, bool interactive);
    // Opens the certificate dialog; false when the account is unknown.
    bool reviewCertificate(qint64 accountId, const Pop3::Error &error);
    void acceptPin(qint64 accountId, const Store::CertificatePin &pin);
    void onProgress(qint64 accountId, const Pop3::FetchProgress &progress);
    void onFinished(qint64 accountId, const Sync::SyncSummary &summary);
    void onFailed(qint64 accountId, const Pop3::Error &error, const QString &log);
    void updateStatus();
    [[nodiscard]] QString accountName(qint64 accountId) const;

    Store::ArchiveService &m_archive;
    AppSettings &m_settings;
    QWidget *m_window;
    Sync::CheckRunner *m_runner;
    QTimer m_timer;
    QList<Store::Account> m_accounts;
    QHash<QString, QString> m_passwords; // by account name: asked or given this run
    QHash<qint64, Pop3::FetchProgress> m_progress;
    QSet<qint64> m_waitingForPassword;
    QSet<qint64> m_interactive; // running checks the user asked for
    QSet<qint64> m_reviewing; // accounts whose certificate dialog is open
    OAuthTokenSource *m_tokens = nullptr;
    // OAuth2 accounts waiting for their access token, by name: what to do with it.
    QHash<QString, std::function<void(const QString &)>> m_waitingForToken;
    std::optional<QString> m_testPassword;
};
