#include "accountwizardtestpage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "accounts/certificateinfo.h"
#include "accounts/connectiontester.h"
#include "accounts/oauthprovider.h"
#include "accounts/oauthsignin.h"
#include "accountwizard.h"
#include "certificatedialog.h"

AccountWizardTestPage::AccountWizardTestPage(Accounts::ConnectionTester *tester, QWidget *parent)
    : QWizardPage(parent)
    , m_tester(tester)
{
    setTitle(tr("Testing the connection"));
    setSubTitle(tr("Satchel connects to the server and logs in; no mail is downloaded or "
                   "deleted."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("testSummary"));
    m_summary->setWordWrap(true);
    m_summary->setOpenExternalLinks(true);
    // Its lines come first: the list of steps below gives up height for them.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_steps = new QPlainTextEdit(this);
    m_steps->setObjectName(QStringLiteral("testSteps"));
    m_steps->setReadOnly(true);
    m_again = new QPushButton(tr("&Test again"), this);
    m_again->setObjectName(QStringLiteral("testAgainButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    connect(m_again, &QPushButton::clicked, this, &AccountWizardTestPage::startTest);
    connect(m_tester, &Accounts::ConnectionTester::finished, this,
            &AccountWizardTestPage::onFinished);
}

void AccountWizardTestPage::signIn(const Store::Account &account)
{
    auto *accountWizard = static_cast<AccountWizard *>(wizard());
    Accounts::OAuthSignIn &signIn = accountWizard->oauthSignIn();
    const auto fail = [this](const QString &message) {
        Accounts::TestReport report;
        report.error = Pop3::Error::make(Pop3::ErrorKind::AuthenticationFailed, message);
        report.hint = message;
        showFailure(report);
    };
    const std::optional<Accounts::OAuthProvider> provider = Accounts::providerForHost(account.host);
    if (!provider) {
        return fail(tr("Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is "
                       "neither. Go back and choose another authentication.")
                        .arg(account.host));
    }
    if (const QString error = Accounts::configurationError(*provider); !error.isEmpty())
        return fail(error);
    signIn.disconnect(this);
    connect(&signIn, &Accounts::OAuthSignIn::browserNeeded, this,
            [this, accountWizard, name = provider->displayName](const QUrl &url) {
                m_summary->setText(tr("Sign in with %1 in your browser; Satchel opened the page. "
                                      "If it did not appear, open <a href=\"%2\">this address</a>.")
                                       .arg(name.toHtmlEscaped(),
                                            url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
                accountWizard->openBrowser(url);
            });
    connect(&signIn, &Accounts::OAuthSignIn::succeeded, this,
            [this, accountWizard](const Accounts::OAuthTokens &tokens) {
                accountWizard->setOAuthTokens(tokens);
                startTest();
            });
    connect(&signIn, &Accounts::OAuthSignIn::failed, this, [fail](const QString &message) {
        fail(tr("Signing in did not work: %1").arg(message));
    });
    m_summary->setStyleSheet({});
    m_summary->setText(tr("Opening the sign-in page in your browser…"));
    if (!signIn.start(*provider, account.email))
        fail(tr("A sign-in is already running."));
}

void AccountWizardTestPage::initializePage()
{
    // Settings may have changed since an earlier sign-in: sign in again.
    static_cast<AccountWizard *>(wizard())->setOAuthTokens({});
    startTest();
}

void AccountWizardTestPage::cleanupPage()
{
    m_tester->cancel();
    static_cast<AccountWizard *>(wizard())->oauthSignIn().cancel();
}

bool AccountWizardTestPage::isComplete() const
{
    return m_done;
}

void AccountWizardTestPage::startTest()
{
    if (m_tester->isRunning())
        return;
    const auto *accountWizard = static_cast<const AccountWizard *>(wizard());
    const Store::Account account = accountWizard->account();
    m_done = false;
    m_succeeded = false;
    m_again->setEnabled(false);
    m_steps->clear();
    m_summary->setStyleSheet({});
    m_testedHost = account.host;
    m_testedPort = account.port;
    Q_EMIT completeChanged();
    QString credential = accountWizard->password();
    if (account.authMethod == Pop3::Sasl::AuthMethod::OAuth2) {
        credential = accountWizard->oauthTokens().accessToken;
        if (credential.isEmpty())
            return signIn(account);
    } else if (credential.isEmpty()) {
        Accounts::TestReport report;
        report.error = Pop3::Error::make(Pop3::ErrorKind::AuthenticationFailed);
        report.hint = tr("Enter your password on the first page (Back), or choose OAuth2 on the "
                         "server page for Gmail and Microsoft 365.");
        return showFailure(report);
    }
    m_summary->setText(tr("Connecting to %1 on port %2…").arg(account.host).arg(account.port));
    m_tester->start(account, credential);
}

void AccountWizardTestPage::onFinished(const Accounts::TestReport &report)
{
    m_succeeded = report.ok;
    m_steps->setPlainText(report.steps.join(QLatin1Char('\n')));
    if (report.ok) {
        m_done = true;
        m_again->setEnabled(true);
        m_summary->setStyleSheet(QStringLiteral("color: #006000;"));
        m_summary->setText(tr("Everything works."));
        Q_EMIT completeChanged();
        return;
    }
    if (report.error.kind == Pop3::ErrorKind::CertificateUntrusted) {
        reviewCertificate(report);
        return;
    }
    showFailure(report);
}

void AccountWizardTestPage::showFailure(const Accounts::TestReport &report, const QString &extra)
{
    m_done = true;
    m_again->setEnabled(true);
    m_summary->setStyleSheet(QStringLiteral("color: #c00000;"));
    QString text = report.error.message() + QLatin1Char('\n') + report.hint;
    if (!extra.isEmpty())
        text += QLatin1Char('\n') + extra;
    m_summary->setText(text + QLatin1Char('\n')
                       + tr("You can go back and change the settings, or continue and fix them "
                            "later."));
    Q_EMIT completeChanged();
}

// The page stays incomplete until the user has decided about the certificate.
void AccountWizardTestPage::reviewCertificate(const Accounts::TestReport &report)
{
    auto *accountWizard = static_cast<AccountWizard *>(wizard());
    Accounts::CertificateInfo info = Accounts::CertificateInfo::fromError(
        report.error, m_testedHost, m_testedPort, accountWizard->pins());
    if (!info.isValid()) {
        showFailure(report);
        return;
    }
    m_summary->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_summary->setText(report.error.message());
    auto *dialog = new CertificateDialog(std::move(info), accountWizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, accountWizard, dialog] {
        accountWizard->setPins(Accounts::withPin(accountWizard->pins(), dialog->pin()));
        startTest();
    });
    connect(dialog, &QDialog::rejected, this, [this, report] {
        showFailure(report,
                    tr("You did not accept the certificate. Choose Test again to see it "
                       "again."));
    });
    dialog->open();
}
