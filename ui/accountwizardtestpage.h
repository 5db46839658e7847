#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Accounts {
class ConnectionTester;
struct TestReport;
} // namespace Accounts

// Step 5: a live test of the settings (connect, TLS, CAPA, log in, count, QUIT) in the POP3
// worker thread, told in plain language; on failure the precise error and a hint. Next is
// available once the test has ended, whatever its outcome.
class AccountWizardTestPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardTestPage(Accounts::ConnectionTester *tester, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] bool succeeded() const { return m_succeeded; }

private:
    void startTest();
    void onFinished(const Accounts::TestReport &report);

    Accounts::ConnectionTester *m_tester;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_steps = nullptr;
    QPushButton *m_again = nullptr;
    bool m_done = false;
    bool m_succeeded = false;
};
