#include "retentionsettingsform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

RetentionSettingsForm::RetentionSettingsForm(QWidget *parent)
    : QWidget(parent)
{
    m_leave = new QCheckBox(tr("&Leave messages on the server"), this);
    m_leave->setObjectName(QStringLiteral("leaveOnServerCheck"));
    m_forDays = new QCheckBox(tr("&For at most"), this);
    m_forDays->setObjectName(QStringLiteral("keepForDaysCheck"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("keepDaysSpin"));
    m_days->setRange(1, 3650);
    const auto showDays = [this](int days) {
        //: Spin box suffix after a number of days; keep the leading space.
        m_days->setSuffix(tr(" day(s)", nullptr, days));
    };
    showDays(m_days->value());
    connect(m_days, &QSpinBox::valueChanged, this, showDays);
    m_deleteLocal = new QCheckBox(tr("&Delete from the server when I delete them here"), this);
    m_deleteLocal->setObjectName(QStringLiteral("deleteLocalCheck"));
    m_sizeLimit = new QCheckBox(tr("Download only the headers of messages larger than"), this);
    m_sizeLimit->setObjectName(QStringLiteral("sizeLimitCheck"));
    m_sizeKiB = new QSpinBox(this);
    m_sizeKiB->setObjectName(QStringLiteral("sizeLimitSpin"));
    m_sizeKiB->setRange(1, 1024 * 1024);
    //: Spin box suffix after a size in kibibytes; keep the leading space.
    m_sizeKiB->setSuffix(tr(" KiB"));

    auto *days = new QHBoxLayout;
    days->addWidget(m_forDays);
    days->addWidget(m_days);
    days->addStretch();
    auto *size = new QHBoxLayout;
    size->addWidget(m_sizeLimit);
    size->addWidget(m_sizeKiB);
    size->addStretch();
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addRow(m_leave);
    m_layout->addRow(days);
    m_layout->addRow(m_deleteLocal);
    m_layout->addRow(size);

    connect(m_leave, &QCheckBox::toggled, this, &RetentionSettingsForm::updateEnabled);
    connect(m_forDays, &QCheckBox::toggled, this, &RetentionSettingsForm::updateEnabled);
    connect(m_sizeLimit, &QCheckBox::toggled, this, &RetentionSettingsForm::updateEnabled);
    setPolicy({}); // Thunderbird's defaults: leave for 14 days, delete there when deleted here
    m_sizeKiB->setValue(50 * 1024);
}

void RetentionSettingsForm::setPolicy(const Sync::RetentionPolicy &policy)
{
    m_leave->setChecked(policy.mode != Sync::RetentionMode::DeleteAfterDownload);
    m_forDays->setChecked(policy.mode != Sync::RetentionMode::KeepOnServer);
    m_days->setValue(std::max(1, policy.keepDays));
    m_deleteLocal->setChecked(policy.deleteWhenDeletedLocally);
    m_sizeLimit->setChecked(policy.sizeLimit > 0);
    if (policy.sizeLimit > 0)
        m_sizeKiB->setValue(int(std::clamp<qint64>(policy.sizeLimit / 1024, 1, 1024 * 1024)));
    updateEnabled();
}

Sync::RetentionPolicy RetentionSettingsForm::policy() const
{
    Sync::RetentionPolicy policy;
    if (!m_leave->isChecked())
        policy.mode = Sync::RetentionMode::DeleteAfterDownload;
    else if (m_forDays->isChecked())
        policy.mode = Sync::RetentionMode::KeepForDays;
    else
        policy.mode = Sync::RetentionMode::KeepOnServer;
    policy.keepDays = m_days->value();
    policy.deleteWhenDeletedLocally = m_deleteLocal->isChecked();
    policy.sizeLimit = m_sizeLimit->isChecked() ? qint64(m_sizeKiB->value()) * 1024 : 0;
    return policy;
}

void RetentionSettingsForm::updateEnabled()
{
    m_forDays->setEnabled(m_leave->isChecked());
    m_days->setEnabled(m_leave->isChecked() && m_forDays->isChecked());
    m_deleteLocal->setEnabled(m_leave->isChecked());
    m_sizeKiB->setEnabled(m_sizeLimit->isChecked());
}
