#pragma once

#include <QList>
#include <QObject>

#include "store/storetypes.h"

class AppSettings;
class CheckController;
class ErrorBanner;
class QWidget;

namespace Store {
class ArchiveService;
}

// Adding, changing and removing accounts from the main window: runs the account wizard and the
// account settings dialog (window-modal, never blocking the event loop), stores the result
// through the archive service and the password in the keychain (or the profile, when the user
// chose that), and asks before removing an account whether its local mail stays.
class AccountManager final : public QObject
{
    Q_OBJECT

public:
    AccountManager(Store::ArchiveService &archive, CheckController &checks, AppSettings &settings,
                   ErrorBanner &banner, QWidget *window);

    void setAccounts(const QList<Store::Account> &accounts); // GUI thread
    void addAccount(); // the account setup wizard
    void editAccount(qint64 accountId); // the account settings dialog
    void removeAccount(qint64 accountId); // asks first

Q_SIGNALS:
    // An account was added (check it once the account list has it) or changed or removed.
    void accountAdded(const QString &name);
    void accountsChanged();

private:
    void saveSettings(const Store::Account &before, const Store::Account &after,
                      const QString &newPassword);
    void moveSecrets(const Store::Account &before, const QString &newName, bool movePassword);
    void storePassword(const QString &accountName, const QString &password,
                       const std::function<void()> &then);
    [[nodiscard]] const Store::Account *find(qint64 accountId) const;

    Store::ArchiveService &m_archive;
    CheckController &m_checks;
    AppSettings &m_settings;
    ErrorBanner &m_banner;
    QWidget *m_window;
    QList<Store::Account> m_accounts;
};
