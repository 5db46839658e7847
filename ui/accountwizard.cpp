#include "accountwizard.h"

#include <QDesktopServices>

#include "accounts/connectiontester.h"
#include "accounts/settingsfinder.h"
#include "accountwizarddonepage.h"
#include "accountwizardfindpage.h"
#include "accountwizardidentitypage.h"
#include "accountwizardretentionpage.h"
#include "accountwizardserverpage.h"
#include "accountwizardtestpage.h"
#include "sync/keychain.h"

AccountWizard::AccountWizard(QWidget *parent)
    : QWizard(parent)
    , m_finder(new Accounts::SettingsFinder(this))
    , m_tester(new Accounts::ConnectionTester(this))
    , m_keychainReachable(Sync::Keychain::reachable())
{
    m_signIn = new Accounts::OAuthSignIn(this);
    m_browser = [](const QUrl &url) {
        QDesktopServices::openUrl(url);
    };
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Account setup"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(560, 440); // room for a failure's sentence, its hint and the steps
    setPage(IdentityPage, new AccountWizardIdentityPage);
    setPage(FindPage, new AccountWizardFindPage(m_finder));
    setPage(ServerPage, new AccountWizardServerPage);
    setPage(RetentionPage, new AccountWizardRetentionPage);
    setPage(TestPage, new AccountWizardTestPage(m_tester));
    setPage(DonePage, new AccountWizardDonePage);
    setStartId(IdentityPage);
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::setCandidate(const std::optional<Accounts::ServerCandidate> &candidate)
{
    m_candidate = candidate;
}

Store::Account AccountWizard::account() const
{
    Store::Account account;
    account.email = field(QStringLiteral("email")).toString().trimmed();
    account.name = field(QStringLiteral("name")).toString().trimmed();
    if (account.name.isEmpty())
        account.name = account.email;
    account.host = field(QStringLiteral("host")).toString().trimmed();
    account.port = quint16(field(QStringLiteral("port")).toInt());
    account.security =
        AccountWizardServerPage::securityAt(field(QStringLiteral("security")).toInt());
    account.user = field(QStringLiteral("user")).toString().trimmed();
    account.authMethod =
        AccountWizardServerPage::authMethodAt(field(QStringLiteral("auth")).toInt());
    account.allowInsecureAuth =
        account.security == Pop3::Security::None && field(QStringLiteral("allowInsecure")).toBool();
    account.caFile = m_caFile;
    account.pins = m_pins;
    Sync::RetentionPolicy &retention = account.retention;
    if (!field(QStringLiteral("leaveOnServer")).toBool())
        retention.mode = Sync::RetentionMode::DeleteAfterDownload;
    else if (field(QStringLiteral("keepForDays")).toBool())
        retention.mode = Sync::RetentionMode::KeepForDays;
    else
        retention.mode = Sync::RetentionMode::KeepOnServer;
    retention.keepDays = field(QStringLiteral("keepDays")).toInt();
    retention.deleteWhenDeletedLocally = field(QStringLiteral("deleteWhenDeletedLocally")).toBool();
    retention.sizeLimit = field(QStringLiteral("sizeLimitEnabled")).toBool()
        ? qint64(field(QStringLiteral("sizeLimitKiB")).toInt()) * 1024
        : 0;
    if (storePasswordInProfile())
        account.storedPassword = password();
    return account;
}

QString AccountWizard::password() const
{
    return field(QStringLiteral("password")).toString();
}

bool AccountWizard::storePasswordInProfile() const
{
    return !m_keychainReachable && field(QStringLiteral("storeInProfile")).toBool();
}

int AccountWizard::checkIntervalMinutes() const
{
    return field(QStringLiteral("checkInterval")).toInt();
}
