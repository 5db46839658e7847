#pragma once

#include <QWizardPage>

class QCheckBox;
class QSpinBox;

// Step 4: what happens to mail on the server, and how often to check (Thunderbird's defaults:
// leave on the server for 14 days, delete there when deleted here, check every 10 minutes).
// Fields: "leaveOnServer", "keepForDays", "keepDays", "deleteWhenDeletedLocally",
// "checkInterval", "sizeLimitEnabled", "sizeLimitKiB".
class AccountWizardRetentionPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardRetentionPage(QWidget *parent = nullptr);

private:
    void updateEnabled();

    QCheckBox *m_leave = nullptr;
    QCheckBox *m_forDays = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_deleteLocal = nullptr;
    QCheckBox *m_sizeLimit = nullptr;
    QSpinBox *m_sizeKiB = nullptr;
};
