#pragma once

#include <QDialog>

#include "store/storetypes.h"

class QLabel;
class QLineEdit;
class RetentionSettingsForm;
class ServerSettingsForm;
class CertificatePinsView;

// An existing account's settings: the same fields as the account wizard (address, password,
// server, keeping mail on the server) plus the certificates accepted for it. "Remove Account…"
// closes the dialog with RemoveRequested; the caller asks about the local mail and removes it.
class AccountSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Result {
        RemoveRequested = 2,
    };

    explicit AccountSettingsDialog(const Store::Account &account, QWidget *parent = nullptr);

    // The account with the edited settings (same id and name).
    [[nodiscard]] Store::Account account() const;
    // A password typed to replace the current one; empty: keep it.
    [[nodiscard]] QString newPassword() const;

private:
    void updateOk();

    Store::Account m_account;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    ServerSettingsForm *m_server = nullptr;
    RetentionSettingsForm *m_retention = nullptr;
    CertificatePinsView *m_pins = nullptr;
    QPushButton *m_ok = nullptr;
};
