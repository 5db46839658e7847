#include "accountmanager.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include "accountsettingsdialog.h"
#include "accountwizard.h"
#include "accountwizardidentitypage.h"
#include "appsettings.h"
#include "checkcontroller.h"
#include "errorbanner.h"
#include "oauthtokensource.h"
#include "store/archiveservice.h"
#include "store/messagestore.h"
#include "sync/keychain.h"

AccountManager::AccountManager(Store::ArchiveService &archive, CheckController &checks,
                               AppSettings &settings, ErrorBanner &banner, QWidget *window)
    : QObject(window)
    , m_archive(archive)
    , m_checks(checks)
    , m_settings(settings)
    , m_banner(banner)
    , m_window(window)
{ }

void AccountManager::setAccounts(const QList<Store::Account> &accounts)
{
    m_accounts = accounts;
}

const Store::Account *AccountManager::find(qint64 accountId) const
{
    for (const Store::Account &account : m_accounts) {
        if (account.id == accountId)
            return &account;
    }
    return nullptr;
}

void AccountManager::addAccount()
{
    if (m_window->findChild<AccountWizard *>())
        return; // one wizard at a time
    auto *wizard = new AccountWizard(m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const Store::Account &account : std::as_const(m_accounts))
        names.append(account.name);
    static_cast<AccountWizardIdentityPage *>(wizard->page(AccountWizard::IdentityPage))
        ->setTakenNames(names);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const Store::Account account = wizard->account();
        if (m_accounts.isEmpty()) { // the check interval is app-wide: the first account sets it
            m_settings.setCheckIntervalMinutes(wizard->checkIntervalMinutes());
            m_checks.applySettings();
        }
        m_archive.write([account](Store::MessageStore &store) {
            return store.addAccount(account).has_value();
        });
        if (account.authMethod == Pop3::Sasl::AuthMethod::OAuth2) {
            m_checks.oauthTokens().keep(
                account.name, wizard->oauthTokens(),
                [this, name = account.name](const QString &error) {
                    if (!error.isEmpty()) {
                        m_banner.showError(tr("The sign-in of %1 could not be kept in the "
                                              "keychain; Satchel asks you to sign in again after "
                                              "the next start.")
                                               .arg(name),
                                           error);
                    }
                    Q_EMIT accountAdded(name);
                });
            return;
        }
        if (wizard->storePasswordInProfile()) {
            Q_EMIT accountAdded(account.name);
            return;
        }
        // Kept for this run whatever the keychain says; the check starts once the keychain
        // has answered.
        m_checks.rememberPassword(account.name, wizard->password());
        storePassword(account.name, wizard->password(),
                      [this, name = account.name] { Q_EMIT accountAdded(name); });
    });
    wizard->open();
}

void AccountManager::storePassword(const QString &accountName, const QString &password,
                                   const std::function<void()> &then)
{
    Sync::Keychain::writePassword(
        accountName, password, this,
        [this, accountName, then](const Sync::Keychain::Result &result) {
            if (!result.ok) {
                m_banner.showError(tr("The password for %1 could not be saved in the keychain; "
                                      "Satchel keeps it until it is closed and asks for it "
                                      "once after the next start.")
                                       .arg(accountName),
                                   result.error);
            }
            then();
        });
}

void AccountManager::editAccount(qint64 accountId)
{
    const Store::Account *account = find(accountId);
    if (!account || m_window->findChild<AccountSettingsDialog *>())
        return;
    QStringList others;
    for (const Store::Account &other : std::as_const(m_accounts)) {
        if (other.id != accountId)
            others.append(other.name);
    }
    auto *dialog = new AccountSettingsDialog(*account, others, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, before = *account](int result) {
        if (result == AccountSettingsDialog::RemoveRequested)
            removeAccount(before.id);
        else if (result == QDialog::Accepted)
            saveSettings(before, dialog->account(), dialog->newPassword());
    });
    dialog->open();
}

void AccountManager::saveSettings(const Store::Account &before, const Store::Account &after,
                                  const QString &newPassword)
{
    const bool renamed = after.name != before.name;
    m_archive.write([after, renamed](Store::MessageStore &store) {
        return (!renamed || store.renameAccount(after.id, after.name)) && store.updateAccount(after)
            && store.setPins(after.id, after.pins);
    });
    if (renamed)
        moveSecrets(before, after.name, newPassword.isEmpty());
    if (!newPassword.isEmpty()) {
        m_checks.rememberPassword(after.name, newPassword);
        if (before.storedPassword.isEmpty()) { // else it went into the profile with the account
            storePassword(after.name, newPassword, [this] { Q_EMIT accountsChanged(); });
            return;
        }
    }
    Q_EMIT accountsChanged();
}

// The keychain keys secrets by account name: a renamed account's password (unless a new one
// replaces it) and OAuth2 refresh token move to the new name.
void AccountManager::moveSecrets(const Store::Account &before, const QString &newName,
                                 bool movePassword)
{
    m_checks.renameAccount(before.name, newName);
    using Sync::Keychain::Result;
    const auto move = [this, newName](auto read, auto write, auto remove, const QString &oldName) {
        read(oldName, this, [this, newName, write, remove, oldName](const Result &found) {
            if (!found.ok)
                return; // nothing kept there (or no keychain)
            write(newName, found.password, this, [this, remove, oldName](const Result &written) {
                if (written.ok)
                    remove(oldName, this, [](const Result &) {});
            });
        });
    };
    if (before.authMethod == Pop3::Sasl::AuthMethod::OAuth2) {
        move(&Sync::Keychain::readRefreshToken, &Sync::Keychain::writeRefreshToken,
             &Sync::Keychain::deleteRefreshToken, before.name);
    } else if (before.storedPassword.isEmpty()) {
        if (movePassword) {
            move(&Sync::Keychain::readPassword, &Sync::Keychain::writePassword,
                 &Sync::Keychain::deletePassword, before.name);
        } else {
            Sync::Keychain::deletePassword(before.name, this, [](const Result &) {});
        }
    }
}

void AccountManager::removeAccount(qint64 accountId)
{
    const Store::Account *found = find(accountId);
    if (!found)
        return;
    const Store::Account account = *found;
    if (m_checks.isBusy()) {
        // Window-modal like every dialog here (the header's promise): no nested event loop.
        auto *wait = new QMessageBox(QMessageBox::Information, tr("Remove Account"),
                                     tr("Satchel is checking for mail. Stop the check (Shift+Esc) "
                                        "or wait until it has finished, then remove the account."),
                                     QMessageBox::Ok, m_window);
        wait->setAttribute(Qt::WA_DeleteOnClose);
        wait->open();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                                tr("Remove the account “%1”?").arg(account.name),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("removeAccountQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Satchel forgets its settings, its password and which messages it has downloaded. "
           "Nothing is deleted on the server. The messages in its Inbox can stay here, in the "
           "local folder “%1”.")
            .arg(account.name));
    QPushButton *keep = box->addButton(tr("Remove, &Keep the Mail"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMailButton"));
    QPushButton *drop = box->addButton(tr("Remove with Its &Mail"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("deleteMailButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, account, keep, drop](auto *button) {
        if (button != keep && button != drop)
            return;
        const bool keepMail = button == keep;
        m_archive.write([name = account.name, keepMail](Store::MessageStore &store) {
            return store.removeAccount(name, keepMail);
        });
        if (account.storedPassword.isEmpty())
            Sync::Keychain::deletePassword(account.name, this, [](const auto &) {});
        if (account.authMethod == Pop3::Sasl::AuthMethod::OAuth2)
            Sync::Keychain::deleteRefreshToken(account.name, this, [](const auto &) {});
        Q_EMIT accountsChanged();
    });
    box->open();
}
