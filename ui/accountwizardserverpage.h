#pragma once

#include <QWizardPage>

#include "pop3/sasl.h"
#include "pop3/sessionconfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Step 3: the server, pre-filled from the search and editable. Changing the security switches
// the port between 995 and 110 unless the user typed a port of their own; "None" shows a
// warning and needs "allow sending my password unencrypted" ticked before Next.
// Fields: "host*", "port", "security" (index), "user*", "auth" (index), "allowInsecure".
class AccountWizardServerPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardServerPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] static Pop3::Security securityAt(int index);
    [[nodiscard]] static int indexOf(Pop3::Security security);
    [[nodiscard]] static Pop3::Sasl::AuthMethod authMethodAt(int index);
    [[nodiscard]] static int indexOf(Pop3::Sasl::AuthMethod method);

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
