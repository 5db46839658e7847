#include "accountwizardidentitypage.h"

#include <QFormLayout>
#include <QLineEdit>

#include "accounts/servercandidate.h"

AccountWizardIdentityPage::AccountWizardIdentityPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Your mail account"));
    setSubTitle(tr("Satchel looks up the server settings for your address."));
    auto *name = new QLineEdit(this);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("Alice Example"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("alice@example.com"));
    auto *password = new QLineEdit(this);
    password->setObjectName(QStringLiteral("passwordEdit"));
    password->setEchoMode(QLineEdit::Password);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Your &name:"), name);
    layout->addRow(tr("&E-mail address:"), m_email);
    layout->addRow(tr("&Password:"), password);
    registerField(QStringLiteral("name"), name);
    registerField(QStringLiteral("email*"), m_email);
    registerField(QStringLiteral("password*"), password);
}

bool AccountWizardIdentityPage::isComplete() const
{
    return QWizardPage::isComplete() && !Accounts::emailDomain(m_email->text()).isEmpty();
}
