#include "accountwizardserverpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "accountwizard.h"

AccountWizardServerPage::AccountWizardServerPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Incoming mail server (POP3)"));
    setSubTitle(tr("Check these settings; your provider's help pages list them."));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(995);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->addItems({tr("SSL/TLS"), tr("STARTTLS"), tr("None")});
    m_warning = new QLabel(tr("Without encryption, your password and your mail cross the network "
                              "readable by anyone on the way."),
                           this);
    m_warning->setObjectName(QStringLiteral("insecureWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #c00000; font-weight: bold;"));
    m_allowInsecure = new QCheckBox(tr("&Allow sending my password unencrypted"), this);
    m_allowInsecure->setObjectName(QStringLiteral("allowInsecureCheck"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->addItems(
        {tr("Automatic"), tr("Normal password"), tr("Encrypted password (CRAM-MD5/APOP)")});

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Server:"), m_host);
    layout->addRow(tr("&Port:"), m_port);
    layout->addRow(tr("S&ecurity:"), m_security);
    layout->addRow(m_warning);
    layout->addRow(m_allowInsecure);
    layout->addRow(tr("&User name:"), m_user);
    layout->addRow(tr("&Authentication:"), m_auth);
    m_warning->hide();
    m_allowInsecure->hide();

    registerField(QStringLiteral("host*"), m_host);
    registerField(QStringLiteral("port"), m_port);
    registerField(QStringLiteral("security"), m_security);
    registerField(QStringLiteral("user*"), m_user);
    registerField(QStringLiteral("auth"), m_auth);
    registerField(QStringLiteral("allowInsecure"), m_allowInsecure);

    connect(m_security, &QComboBox::currentIndexChanged, this,
            &AccountWizardServerPage::onSecurityChanged);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingPort)
            m_portTyped = true;
    });
    connect(m_allowInsecure, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

Pop3::Security AccountWizardServerPage::securityAt(int index)
{
    switch (index) {
    case 1:
        return Pop3::Security::StartTls;
    case 2:
        return Pop3::Security::None;
    default:
        return Pop3::Security::ImplicitTls;
    }
}

int AccountWizardServerPage::indexOf(Pop3::Security security)
{
    switch (security) {
    case Pop3::Security::ImplicitTls:
        return 0;
    case Pop3::Security::StartTls:
        return 1;
    case Pop3::Security::None:
        return 2;
    }
    return 0;
}

Pop3::Sasl::AuthMethod AccountWizardServerPage::authMethodAt(int index)
{
    switch (index) {
    case 1:
        return Pop3::Sasl::AuthMethod::NormalPassword;
    case 2:
        return Pop3::Sasl::AuthMethod::EncryptedPassword;
    default:
        return Pop3::Sasl::AuthMethod::Automatic;
    }
}

int AccountWizardServerPage::indexOf(Pop3::Sasl::AuthMethod method)
{
    switch (method) {
    case Pop3::Sasl::AuthMethod::NormalPassword:
        return 1;
    case Pop3::Sasl::AuthMethod::EncryptedPassword:
        return 2;
    default:
        return 0; // OAuth2 is not offered yet
    }
}

void AccountWizardServerPage::initializePage()
{
    const auto *accountWizard = static_cast<const AccountWizard *>(wizard());
    const QString email = field(QStringLiteral("email")).toString().trimmed();
    if (const std::optional<Accounts::ServerCandidate> &found = accountWizard->candidate()) {
        m_host->setText(found->host);
        m_security->setCurrentIndex(indexOf(found->security));
        setPort(found->port);
        m_user->setText(Accounts::expandEmailPlaceholders(found->userTemplate, email));
        m_auth->setCurrentIndex(indexOf(found->authMethod));
    } else if (m_user->text().isEmpty()) {
        m_user->setText(email);
    }
    m_previous = securityAt(m_security->currentIndex());
    m_portTyped = false;
}

bool AccountWizardServerPage::isComplete() const
{
    if (!QWizardPage::isComplete())
        return false;
    return securityAt(m_security->currentIndex()) != Pop3::Security::None
        || m_allowInsecure->isChecked();
}

void AccountWizardServerPage::onSecurityChanged(int index)
{
    const Pop3::Security security = securityAt(index);
    if (!m_portTyped || m_port->value() == Pop3::defaultPort(m_previous))
        setPort(Pop3::defaultPort(security));
    m_previous = security;
    const bool insecure = security == Pop3::Security::None;
    m_warning->setVisible(insecure);
    m_allowInsecure->setVisible(insecure);
    if (!insecure)
        m_allowInsecure->setChecked(false);
    Q_EMIT completeChanged();
}

void AccountWizardServerPage::setPort(int port)
{
    m_settingPort = true;
    m_port->setValue(port);
    m_settingPort = false;
}
