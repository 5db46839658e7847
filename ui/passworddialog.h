#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for an account's password when neither the profile nor the keychain has it. Satchel
// keeps the answer until it quits; "remember" keeps it for later runs: in the keychain when one
// is reachable, otherwise, only when the user ticks it and after a plain warning, unencrypted in
// the profile.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &accountName, const QString &user, const QString &host,
                   bool keychainReachable, QWidget *parent = nullptr);

    [[nodiscard]] QString password() const;
    [[nodiscard]] bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};
