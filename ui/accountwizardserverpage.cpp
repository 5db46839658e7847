#include "accountwizardserverpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "accountwizard.h"
#include "serversettingsform.h"
#include "store/storetypes.h"

AccountWizardServerPage::AccountWizardServerPage(QWidget *parent)
    : QWizardPage(parent)
    , m_form(new ServerSettingsForm(this))
{
    setTitle(tr("Incoming mail server (POP3)"));
    setSubTitle(tr("Check these settings; your provider's help pages list them."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch();

    registerField(QStringLiteral("host*"), m_form->hostEdit());
    registerField(QStringLiteral("port"), m_form->portSpin());
    registerField(QStringLiteral("security"), m_form->securityCombo());
    registerField(QStringLiteral("user*"), m_form->userEdit());
    registerField(QStringLiteral("auth"), m_form->authCombo());
    registerField(QStringLiteral("allowInsecure"), m_form->allowInsecureCheck());
    connect(m_form, &ServerSettingsForm::acceptableChanged, this, &QWizardPage::completeChanged);
}

Pop3::Security AccountWizardServerPage::securityAt(int index)
{
    return ServerSettingsForm::securityAt(index);
}

Pop3::Sasl::AuthMethod AccountWizardServerPage::authMethodAt(int index)
{
    return ServerSettingsForm::authMethodAt(index);
}

void AccountWizardServerPage::initializePage()
{
    const auto *accountWizard = static_cast<const AccountWizard *>(wizard());
    const QString email = field(QStringLiteral("email")).toString().trimmed();
    if (const std::optional<Accounts::ServerCandidate> &found = accountWizard->candidate()) {
        Store::Account suggested;
        suggested.host = found->host;
        suggested.port = found->port;
        suggested.security = found->security;
        suggested.user = Accounts::expandEmailPlaceholders(found->userTemplate, email);
        suggested.authMethod = found->authMethod;
        m_form->setAccount(suggested);
    } else if (m_form->userEdit()->text().isEmpty()) {
        m_form->userEdit()->setText(email);
    }
    m_form->resetPortTyped();
}

bool AccountWizardServerPage::isComplete() const
{
    return QWizardPage::isComplete() && m_form->isAcceptable();
}
