#include "accountwizardfindpage.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "accounts/settingsfinder.h"
#include "accountwizard.h"

AccountWizardFindPage::AccountWizardFindPage(Accounts::SettingsFinder *finder, QWidget *parent)
    : QWizardPage(parent)
    , m_finder(finder)
{
    setTitle(tr("Finding your server settings"));
    setSubTitle(tr("Satchel asks your provider's configuration service and DNS, then tries the "
                   "usual server names. Nothing is sent to them but your domain."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    auto *manual = new QPushButton(tr("Configure &manually"), this);
    manual->setObjectName(QStringLiteral("manualButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(manual, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(manual, &QPushButton::clicked, this, &AccountWizardFindPage::configureManually);
    connect(m_finder, &Accounts::SettingsFinder::progress, m_status, &QLabel::setText);
    connect(m_finder, &Accounts::SettingsFinder::found, this, &AccountWizardFindPage::onFound);
    connect(m_finder, &Accounts::SettingsFinder::notFound, this,
            &AccountWizardFindPage::onNotFound);
}

void AccountWizardFindPage::initializePage()
{
    m_done = false;
    m_busy->show();
    static_cast<AccountWizard *>(wizard())->setCandidate(std::nullopt);
    m_status->setText(tr("Looking for settings…"));
    m_finder->find(field(QStringLiteral("email")).toString());
    Q_EMIT completeChanged();
}

void AccountWizardFindPage::cleanupPage()
{
    m_finder->cancel();
}

bool AccountWizardFindPage::isComplete() const
{
    return m_done;
}

bool AccountWizardFindPage::validatePage()
{
    m_finder->cancel();
    return true;
}

void AccountWizardFindPage::onFound(const Accounts::ServerCandidate &candidate)
{
    static_cast<AccountWizard *>(wizard())->setCandidate(candidate);
    setDone(tr("Found %1 (port %2, via %3). Check the settings on the next page.")
                .arg(candidate.host)
                .arg(candidate.port)
                .arg(candidate.source));
}

void AccountWizardFindPage::onNotFound()
{
    setDone(tr("No settings were found for this address. Please enter them on the next page."));
}

void AccountWizardFindPage::configureManually()
{
    m_finder->cancel();
    static_cast<AccountWizard *>(wizard())->setCandidate(std::nullopt);
    setDone(tr("Enter the server settings yourself."));
    wizard()->next();
}

void AccountWizardFindPage::setDone(const QString &text)
{
    m_done = true;
    m_busy->hide();
    m_status->setText(text);
    Q_EMIT completeChanged();
}
