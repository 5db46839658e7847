#include "accountwizardretentionpage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

#include "retentionsettingsform.h"

AccountWizardRetentionPage::AccountWizardRetentionPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Keeping mail on the server"));
    setSubTitle(tr("Satchel keeps every message here. These settings decide when it is removed "
                   "from the server."));
    auto *form = new RetentionSettingsForm(this);
    auto *interval = new QSpinBox(this);
    interval->setObjectName(QStringLiteral("checkIntervalSpin"));
    interval->setRange(0, 24 * 60);
    interval->setValue(10);
    const auto showMinutes = [interval](int minutes) {
        //: Spin box suffix after a number of minutes; keep the leading space.
        interval->setSuffix(tr(" minute(s)", nullptr, minutes));
    };
    showMinutes(interval->value());
    connect(interval, &QSpinBox::valueChanged, this, showMinutes);
    interval->setSpecialValueText(tr("only on request"));
    form->formLayout()->insertRow(3, tr("&Check for new mail every:"), interval);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addStretch();

    registerField(QStringLiteral("leaveOnServer"), form->leaveCheck());
    registerField(QStringLiteral("keepForDays"), form->forDaysCheck());
    registerField(QStringLiteral("keepDays"), form->daysSpin());
    registerField(QStringLiteral("deleteWhenDeletedLocally"), form->deleteLocalCheck());
    registerField(QStringLiteral("checkInterval"), interval);
    registerField(QStringLiteral("sizeLimitEnabled"), form->sizeLimitCheck());
    registerField(QStringLiteral("sizeLimitKiB"), form->sizeKiBSpin());
}
