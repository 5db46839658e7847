#include "accountsettingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "certificatepinsview.h"
#include "retentionsettingsform.h"
#include "serversettingsform.h"

AccountSettingsDialog::AccountSettingsDialog(const Store::Account &account,
                                             const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_taken(takenNames)
{
    setObjectName(QStringLiteral("accountSettingsDialog"));
    setWindowTitle(tr("Account Settings – %1").arg(account.name));

    auto *general = new QWidget(this);
    m_email = new QLineEdit(account.email, general);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password = new QLineEdit(general);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    //: Placeholder of the empty password field: leaving it empty keeps the password as it is.
    m_password->setPlaceholderText(tr("unchanged"));
    m_name = new QLineEdit(account.name, general);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameTaken = new QLabel(general);
    m_nameTaken->setObjectName(QStringLiteral("nameTakenNote"));
    m_nameTaken->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_nameTaken->setWordWrap(true);
    auto *generalLayout = new QFormLayout(general);
    generalLayout->addRow(tr("Account &name:"), m_name);
    generalLayout->addRow(m_nameTaken);
    generalLayout->addRow(tr("&E-mail address:"), m_email);
    generalLayout->addRow(tr("New &password:"), m_password);
    if (!account.storedPassword.isEmpty()) {
        auto *note = new QLabel(tr("The password is stored unencrypted in your profile, as you "
                                   "chose when no keychain was available."),
                                general);
        note->setWordWrap(true);
        generalLayout->addRow(note);
    }

    m_server = new ServerSettingsForm(this);
    m_server->setAccount(account);
    auto *serverPage = new QWidget(this);
    auto *serverLayout = new QVBoxLayout(serverPage);
    serverLayout->addWidget(m_server);
    serverLayout->addStretch();

    m_retention = new RetentionSettingsForm(this);
    m_retention->setPolicy(account.retention);
    auto *retentionPage = new QWidget(this);
    auto *retentionLayout = new QVBoxLayout(retentionPage);
    retentionLayout->addWidget(m_retention);
    retentionLayout->addStretch();

    m_pins = new CertificatePinsView(this);
    m_pins->setPins(account.pins);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("accountTabs"));
    tabs->addTab(general, tr("&Account"));
    tabs->addTab(serverPage, tr("&Server"));
    tabs->addTab(retentionPage, tr("&Keeping Mail"));
    tabs->addTab(m_pins, tr("&Certificates"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    QPushButton *remove = buttons->addButton(tr("&Remove Account…"), QDialogButtonBox::ResetRole);
    remove->setObjectName(QStringLiteral("removeAccountButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(remove, &QPushButton::clicked, this, [this] { done(RemoveRequested); });
    connect(m_server, &ServerSettingsForm::acceptableChanged, this,
            &AccountSettingsDialog::updateOk);
    connect(m_email, &QLineEdit::textChanged, this, &AccountSettingsDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &AccountSettingsDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    updateOk();
}

Store::Account AccountSettingsDialog::account() const
{
    Store::Account account = m_account;
    account.name = m_name->text().trimmed();
    account.email = m_email->text().trimmed();
    m_server->applyTo(account);
    account.retention = m_retention->policy();
    account.pins = m_pins->pins();
    if (!account.storedPassword.isEmpty() && !m_password->text().isEmpty())
        account.storedPassword = m_password->text();
    return account;
}

QString AccountSettingsDialog::newPassword() const
{
    return m_password->text();
}

void AccountSettingsDialog::updateOk()
{
    const QString name = m_name->text().trimmed();
    const bool taken = m_taken.contains(name, Qt::CaseInsensitive);
    const bool nameOk = !name.isEmpty() && !name.contains(QLatin1Char('/')) && !taken;
    m_nameTaken->setText(taken ? tr("There is already an account named “%1”.").arg(name)
                               : QString());
    m_nameTaken->setVisible(taken);
    m_ok->setEnabled(nameOk && m_server->isAcceptable()
                     && m_email->text().contains(QLatin1Char('@')));
}
