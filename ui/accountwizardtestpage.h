#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Store {
struct Account;
}

namespace Accounts {
class ConnectionTester;
struct TestReport;
} // namespace Accounts

// Step 5: a live test of the settings (connect, TLS, CAPA, log in, count, QUIT) in the POP3
// worker thread, told in plain language; on failure the precise error and a hint. Next is
// available once the test has ended, whatever its outcome.
//
// A certificate that fails verification opens a CertificateDialog (window-modal, a child of the
// wizard, so tests find it and click its buttons): accepting it adds the pin to the wizard's
// account and tests again at once; rejecting it leaves the failure, with a hint, on the page.
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
    void signIn(const Store::Account &account); // OAuth2: in the browser, then test
    void onFinished(const Accounts::TestReport &report);
    void showFailure(const Accounts::TestReport &report, const QString &extra = {});
    void reviewCertificate(const Accounts::TestReport &report);

    Accounts::ConnectionTester *m_tester;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_steps = nullptr;
    QPushButton *m_again = nullptr;
    QString m_testedHost;
    quint16 m_testedPort = 0;
    bool m_done = false;
    bool m_succeeded = false;
};
