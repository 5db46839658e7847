#pragma once

#include <QWizardPage>

#include "pop3/sasl.h"
#include "pop3/sessionconfig.h"

class ServerSettingsForm;

// Step 3: the server, pre-filled from the search and editable (a ServerSettingsForm: the port
// follows the security choice, "None" needs the explicit permission before Next).
// Fields: "host*", "port", "security" (index), "user*", "auth" (index), "allowInsecure".
class AccountWizardServerPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardServerPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] static Pop3::Security securityAt(int index);
    [[nodiscard]] static Pop3::Sasl::AuthMethod authMethodAt(int index);

private:
    ServerSettingsForm *m_form = nullptr;
};
