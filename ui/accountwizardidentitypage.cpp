#include "accountwizardidentitypage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "accounts/servercandidate.h"

AccountWizardIdentityPage::AccountWizardIdentityPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Your mail account"));
    setSubTitle(tr("Satchel looks up the server settings for your address."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("the e-mail address, unless you name it"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("alice@example.com"));
    auto *password = new QLineEdit(this);
    password->setObjectName(QStringLiteral("passwordEdit"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("not needed for Gmail or Microsoft 365 sign-in"));
    m_nameTaken = new QLabel(this);
    m_nameTaken->setObjectName(QStringLiteral("nameTakenNote"));
    m_nameTaken->setWordWrap(true);
    m_nameTaken->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_nameTaken->hide();
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&E-mail address:"), m_email);
    layout->addRow(tr("&Password:"), password);
    layout->addRow(tr("Account na&me:"), m_name);
    layout->addRow(m_nameTaken);
    registerField(QStringLiteral("name"), m_name);
    registerField(QStringLiteral("email*"), m_email);
    registerField(QStringLiteral("password"), password);
    connect(m_name, &QLineEdit::textChanged, this, &AccountWizardIdentityPage::updateNameNote);
    connect(m_email, &QLineEdit::textChanged, this, &AccountWizardIdentityPage::updateNameNote);
}

void AccountWizardIdentityPage::setTakenNames(const QStringList &names)
{
    m_taken = names;
    updateNameNote();
}

QString AccountWizardIdentityPage::chosenName() const
{
    const QString name = m_name->text().trimmed();
    return name.isEmpty() ? m_email->text().trimmed() : name;
}

void AccountWizardIdentityPage::updateNameNote()
{
    const QString name = chosenName();
    const bool taken = !name.isEmpty() && m_taken.contains(name, Qt::CaseInsensitive);
    m_nameTaken->setText(taken ? tr("There is already an account named “%1”. Give this one "
                                    "another name.")
                                     .arg(name)
                               : QString());
    m_nameTaken->setVisible(taken);
    Q_EMIT completeChanged();
}

bool AccountWizardIdentityPage::isComplete() const
{
    return QWizardPage::isComplete() && !Accounts::emailDomain(m_email->text()).isEmpty()
        && !m_taken.contains(chosenName(), Qt::CaseInsensitive);
}
