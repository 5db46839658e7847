#pragma once

#include <QWidget>

#include "pop3/sasl.h"
#include "pop3/sessionconfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Store {
struct Account;
}

// The incoming server's settings, shared by the account wizard and the account settings dialog:
// host, port, security, user name and authentication. Changing the security switches the port
// between 995 and 110 unless the user typed a port of their own; "None" shows a red warning and
// is acceptable only with "allow sending my password unencrypted" ticked.
class ServerSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerSettingsForm(QWidget *parent = nullptr);

    void setAccount(const Store::Account &account); // fills every field
    void applyTo(Store::Account &account) const; // host, port, security, user, auth, insecure
    // False while "None" is chosen without the explicit permission, or a field is empty.
    [[nodiscard]] bool isAcceptable() const;
    // Forget that the user typed the port (a new suggestion was filled in).
    void resetPortTyped();

    [[nodiscard]] QLineEdit *hostEdit() const { return m_host; }
    [[nodiscard]] QSpinBox *portSpin() const { return m_port; }
    [[nodiscard]] QComboBox *securityCombo() const { return m_security; }
    [[nodiscard]] QCheckBox *allowInsecureCheck() const { return m_allowInsecure; }
    [[nodiscard]] QLineEdit *userEdit() const { return m_user; }
    [[nodiscard]] QComboBox *authCombo() const { return m_auth; }

    [[nodiscard]] static Pop3::Security securityAt(int index);
    [[nodiscard]] static int indexOf(Pop3::Security security);
    [[nodiscard]] static Pop3::Sasl::AuthMethod authMethodAt(int index);
    [[nodiscard]] static int indexOf(Pop3::Sasl::AuthMethod method);

Q_SIGNALS:
    void acceptableChanged();

private:
    void onSecurityChanged(int index);
    void setPort(int port); // not counted as typed by the user

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLabel *m_warning = nullptr;
    QCheckBox *m_allowInsecure = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    Pop3::Security m_previous = Pop3::Security::ImplicitTls;
    bool m_settingPort = false;
    bool m_portTyped = false;
};
