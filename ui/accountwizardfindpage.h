#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace Accounts {
class SettingsFinder;
struct ServerCandidate;
} // namespace Accounts

// Step 2: looks for the server settings (SettingsFinder) with visible progress; "Configure
// manually" stops the search and goes on with empty settings.
class AccountWizardFindPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardFindPage(Accounts::SettingsFinder *finder, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    void onFound(const Accounts::ServerCandidate &candidate);
    void onNotFound();
    void configureManually();
    void setDone(const QString &text);

    Accounts::SettingsFinder *m_finder;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    bool m_done = false;
};
