#include "accountwizarddonepage.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

#include "accountwizard.h"

AccountWizardDonePage::AccountWizardDonePage(QWidget *parent)
    : QWizardPage(parent)
{
    //: Title of the wizard's last page: the account is set up and ready to use.
    setTitle(tr("Ready"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_keychainNote = new QLabel(tr("No keychain is available on this computer, so Satchel will "
                                   "ask for the password once each time it runs."),
                                this);
    m_keychainNote->setWordWrap(true);
    m_storeInProfile = new QCheckBox(tr("&Remember the password in my profile (stored "
                                        "unencrypted: anyone who can read your files can read "
                                        "it)"),
                                     this);
    m_storeInProfile->setObjectName(QStringLiteral("storeInProfileCheck"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_storeInProfile);
    layout->addStretch();
    registerField(QStringLiteral("storeInProfile"), m_storeInProfile);
}

void AccountWizardDonePage::initializePage()
{
    const auto *accountWizard = static_cast<const AccountWizard *>(wizard());
    const Store::Account account = accountWizard->account();
    const QString security = account.security == Pop3::Security::ImplicitTls ? tr("SSL/TLS")
        : account.security == Pop3::Security::StartTls                       ? tr("STARTTLS")
                                                                             : tr("no encryption");
    QString retention;
    switch (account.retention.mode) {
    case Sync::RetentionMode::DeleteAfterDownload:
        retention = tr("deleted from the server once stored here");
        break;
    case Sync::RetentionMode::KeepOnServer:
        retention = tr("kept on the server");
        break;
    case Sync::RetentionMode::KeepForDays:
        retention = tr("kept on the server for %n day(s)", nullptr, account.retention.keepDays);
        break;
    }
    m_summary->setText(tr("Account: %1 <%2>\nServer: %3, port %4, %5\nUser name: %6\nMessages: "
                          "%7\n\nWhen you click Finish, Satchel saves the account and fetches "
                          "your mail.")
                           .arg(account.name, account.email, account.host)
                           .arg(account.port)
                           .arg(security, account.user, retention));
    // OAuth2 accounts have no password; their sign-in goes to the keychain when there is one.
    const bool noKeychain =
        !accountWizard->keychainReachable() && account.authMethod != Pop3::Sasl::AuthMethod::OAuth2;
    m_keychainNote->setVisible(noKeychain);
    m_storeInProfile->setVisible(noKeychain);
}
