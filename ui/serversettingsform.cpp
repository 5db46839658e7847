#include "serversettingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include "store/storetypes.h"

ServerSettingsForm::ServerSettingsForm(QWidget *parent)
    : QWidget(parent)
{
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
    m_allowInsecure = new QCheckBox(tr("Allo&w sending my password unencrypted"), this);
    m_allowInsecure->setObjectName(QStringLiteral("allowInsecureCheck"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->addItems({tr("Automatic"), tr("Normal password"),
                      tr("Encrypted password (CRAM-MD5/APOP)"), tr("OAuth2")});

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Ser&ver:"), m_host);
    layout->addRow(tr("P&ort:"), m_port);
    layout->addRow(tr("Securit&y:"), m_security);
    layout->addRow(m_warning);
    layout->addRow(m_allowInsecure);
    layout->addRow(tr("&User name:"), m_user);
    layout->addRow(tr("Au&thentication:"), m_auth);
    m_warning->hide();
    m_allowInsecure->hide();

    connect(m_security, &QComboBox::currentIndexChanged, this,
            &ServerSettingsForm::onSecurityChanged);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingPort)
            m_portTyped = true;
    });
    connect(m_allowInsecure, &QCheckBox::toggled, this, &ServerSettingsForm::acceptableChanged);
    connect(m_host, &QLineEdit::textChanged, this, &ServerSettingsForm::acceptableChanged);
    connect(m_user, &QLineEdit::textChanged, this, &ServerSettingsForm::acceptableChanged);
}

void ServerSettingsForm::setAccount(const Store::Account &account)
{
    m_host->setText(account.host);
    m_security->setCurrentIndex(indexOf(account.security));
    setPort(account.port);
    m_allowInsecure->setChecked(account.allowInsecureAuth);
    m_user->setText(account.user);
    m_auth->setCurrentIndex(indexOf(account.authMethod));
    resetPortTyped();
}

void ServerSettingsForm::applyTo(Store::Account &account) const
{
    account.host = m_host->text().trimmed();
    account.port = quint16(m_port->value());
    account.security = securityAt(m_security->currentIndex());
    account.user = m_user->text().trimmed();
    account.authMethod = authMethodAt(m_auth->currentIndex());
    account.allowInsecureAuth =
        account.security == Pop3::Security::None && m_allowInsecure->isChecked();
}

bool ServerSettingsForm::isAcceptable() const
{
    if (m_host->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty())
        return false;
    return securityAt(m_security->currentIndex()) != Pop3::Security::None
        || m_allowInsecure->isChecked();
}

void ServerSettingsForm::resetPortTyped()
{
    m_previous = securityAt(m_security->currentIndex());
    m_portTyped = false;
}

Pop3::Security ServerSettingsForm::securityAt(int index)
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

int ServerSettingsForm::indexOf(Pop3::Security security)
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

Pop3::Sasl::AuthMethod ServerSettingsForm::authMethodAt(int index)
{
    switch (index) {
    case 1:
        return Pop3::Sasl::AuthMethod::NormalPassword;
    case 2:
        return Pop3::Sasl::AuthMethod::EncryptedPassword;
    case 3:
        return Pop3::Sasl::AuthMethod::OAuth2;
    default:
        return Pop3::Sasl::AuthMethod::Automatic;
    }
}

int ServerSettingsForm::indexOf(Pop3::Sasl::AuthMethod method)
{
    switch (method) {
    case Pop3::Sasl::AuthMethod::Automatic:
        return 0;
    case Pop3::Sasl::AuthMethod::NormalPassword:
        return 1;
    case Pop3::Sasl::AuthMethod::EncryptedPassword:
        return 2;
    case Pop3::Sasl::AuthMethod::OAuth2:
        return 3;
    }
    return 0;
}

void ServerSettingsForm::onSecurityChanged(int index)
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
    Q_EMIT acceptableChanged();
}

void ServerSettingsForm::setPort(int port)
{
    m_settingPort = true;
    m_port->setValue(port);
    m_settingPort = false;
}
