#pragma once

#include <QDialog>

#include "store/storetypes.h"

class QLabel;
class QLineEdit;
class RetentionSettingsForm;
class ServerSettingsForm;
class CertificatePinsView;

// An existing account's settings: the same fields as the account wizard (name, address,
// password, server, keeping mail on the server) plus the certificates accepted for it. "Remove
// Account…" closes the dialog with RemoveRequested; the caller asks about the local mail and
// removes it.
class AccountSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Result {
        RemoveRequested = 2,
    };

    // takenNames: the other accounts' names, which this one cannot take.
    explicit AccountSettingsDialog(const Store::Account &account,
                                   const QStringList &takenNames = {}, QWidget *parent = nullptr);

    // The account with the edited settings (same id; the name as edited).
    [[nodiscard]] Store::Account account() const;
    // A password typed to replace the current one; empty: keep it.
    [[nodiscard]] QString newPassword() const;

private:
    void updateOk();

    Store::Account m_account;
    QStringList m_taken;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameTaken = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    ServerSettingsForm *m_server = nullptr;
    RetentionSettingsForm *m_retention = nullptr;
    CertificatePinsView *m_pins = nullptr;
    QPushButton *m_ok = nullptr;
};
