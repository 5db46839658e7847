#include "accountwizardretentionpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

AccountWizardRetentionPage::AccountWizardRetentionPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Keeping mail on the server"));
    setSubTitle(tr("Satchel keeps every message here. These settings decide when it is removed "
                   "from the server."));
    m_leave = new QCheckBox(tr("&Leave messages on the server"), this);
    m_leave->setObjectName(QStringLiteral("leaveOnServerCheck"));
    m_leave->setChecked(true);
    m_forDays = new QCheckBox(tr("&For at most"), this);
    m_forDays->setObjectName(QStringLiteral("keepForDaysCheck"));
    m_forDays->setChecked(true);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("keepDaysSpin"));
    m_days->setRange(1, 3650);
    m_days->setValue(14);
    m_days->setSuffix(tr(" days"));
    m_deleteLocal = new QCheckBox(tr("&Delete from the server when I delete them here"), this);
    m_deleteLocal->setObjectName(QStringLiteral("deleteLocalCheck"));
    m_deleteLocal->setChecked(true);
    auto *interval = new QSpinBox(this);
    interval->setObjectName(QStringLiteral("checkIntervalSpin"));
    interval->setRange(0, 24 * 60);
    interval->setValue(10);
    interval->setSuffix(tr(" minutes"));
    interval->setSpecialValueText(tr("only on request"));
    m_sizeLimit = new QCheckBox(tr("Download only the headers of messages larger than"), this);
    m_sizeLimit->setObjectName(QStringLiteral("sizeLimitCheck"));
    m_sizeKiB = new QSpinBox(this);
    m_sizeKiB->setObjectName(QStringLiteral("sizeLimitSpin"));
    m_sizeKiB->setRange(1, 1024 * 1024);
    m_sizeKiB->setValue(50 * 1024);
    m_sizeKiB->setSuffix(tr(" KiB"));

    auto *days = new QHBoxLayout;
    days->addWidget(m_forDays);
    days->addWidget(m_days);
    days->addStretch();
    auto *size = new QHBoxLayout;
    size->addWidget(m_sizeLimit);
    size->addWidget(m_sizeKiB);
    size->addStretch();
    auto *layout = new QFormLayout(this);
    layout->addRow(m_leave);
    layout->addRow(days);
    layout->addRow(m_deleteLocal);
    layout->addRow(tr("&Check for new mail every:"), interval);
    layout->addRow(size);

    registerField(QStringLiteral("leaveOnServer"), m_leave);
    registerField(QStringLiteral("keepForDays"), m_forDays);
    registerField(QStringLiteral("keepDays"), m_days);
    registerField(QStringLiteral("deleteWhenDeletedLocally"), m_deleteLocal);
    registerField(QStringLiteral("checkInterval"), interval);
    registerField(QStringLiteral("sizeLimitEnabled"), m_sizeLimit);
    registerField(QStringLiteral("sizeLimitKiB"), m_sizeKiB);
    connect(m_leave, &QCheckBox::toggled, this, &AccountWizardRetentionPage::updateEnabled);
    connect(m_forDays, &QCheckBox::toggled, this, &AccountWizardRetentionPage::updateEnabled);
    connect(m_sizeLimit, &QCheckBox::toggled, this, &AccountWizardRetentionPage::updateEnabled);
    updateEnabled();
}

void AccountWizardRetentionPage::updateEnabled()
{
    m_forDays->setEnabled(m_leave->isChecked());
    m_days->setEnabled(m_leave->isChecked() && m_forDays->isChecked());
    m_deleteLocal->setEnabled(m_leave->isChecked());
    m_sizeKiB->setEnabled(m_sizeLimit->isChecked());
}
