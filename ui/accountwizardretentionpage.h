#pragma once

#include <QWizardPage>

// Step 4: what happens to mail on the server (a RetentionSettingsForm with Thunderbird's
// defaults: leave on the server for 14 days, delete there when deleted here) and how often to
// check (every 10 minutes).
// Fields: "leaveOnServer", "keepForDays", "keepDays", "deleteWhenDeletedLocally",
// "checkInterval", "sizeLimitEnabled", "sizeLimitKiB".
class AccountWizardRetentionPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardRetentionPage(QWidget *parent = nullptr);
};
