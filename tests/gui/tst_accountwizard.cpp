#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "accounts/certificateinfo.h"
#include "accounts/connectiontester.h"
#include "accounts/settingsfinder.h"
#include "accounts/srvresolver.h"
#include "accountwizard.h"
#include "certificatedialog.h"
#include "dovecotserver.h"
#include "mainwindow.h"
#include "store/archiveservice.h"

using namespace Qt::Literals::StringLiterals;

namespace {

class FakeResolver final : public Accounts::SrvResolver
{
public:
    QHash<QString, QList<Accounts::SrvTarget>> records;

    void lookup(const QString &name,
                std::function<void(const QList<Accounts::SrvTarget> &)> done) override
    {
        const QList<Accounts::SrvTarget> answer = records.value(name);
        QTimer::singleShot(0, this, [answer, done = std::move(done)] { done(answer); });
    }
};

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

// The account wizard, offscreen, page by page: identity, the search (SRV through an injected
// resolver, or "configure manually"), the port switch, the guard on unencrypted passwords, the
// live test against a real Dovecot, and the account it hands back.
class TestAccountWizard final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;

    // A wizard that looks for settings on nothing but the given resolver.
    static std::unique_ptr<AccountWizard> makeWizard(FakeResolver *resolver = new FakeResolver)
    {
        auto wizard = std::make_unique<AccountWizard>();
        Accounts::SettingsFinder &finder = wizard->settingsFinder();
        finder.setAutoconfigUrls({QUrl(u"http://127.0.0.1:1/none"_s)});
        finder.setResolver(resolver);
        finder.setProbeTargets({});
        finder.setStepTimeout(5000);
        wizard->connectionTester().setTimeout(10000);
        wizard->setKeychainReachable(true);
        wizard->show();
        return wizard;
    }

    static void fillIdentity(AccountWizard &wizard, const QString &email, const QString &password)
    {
        QCOMPARE(wizard.currentId(), int(AccountWizard::IdentityPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.setField(u"name"_s, u"Alice"_s);
        wizard.setField(u"email"_s, email);
        wizard.setField(u"password"_s, password);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::FindPage));
    }

    // Identity, then "Configure manually": the wizard stands on the server page.
    static void toServerPageManually(AccountWizard &wizard, const QString &password = u"x"_s)
    {
        fillIdentity(wizard, u"alice@example.test"_s, password);
        QTest::mouseClick(child<QPushButton>(&wizard, "manualButton"), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPage));
    }

    // The Dovecot's certificate, which no system store trusts: only the test CA file would.
    QByteArray dovecotDigest() const
    {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
            m_dovecot.certificates()->certificatePath(TestCertificates::Kind::Valid));
        return certificates.isEmpty() ? QByteArray()
                                      : certificates.first().digest(QCryptographicHash::Sha256);
    }

    // To the test page against the Dovecot's TLS port, without its CA: the certificate fails
    // verification and the page opens the certificate dialog, returned here.
    CertificateDialog *testUntrusted(AccountWizard &wizard)
    {
        toServerPageManually(wizard, u"alice-secret"_s);
        wizard.setField(u"host"_s, u"localhost"_s);
        wizard.setField(u"port"_s, int(m_dovecot.pop3sPort()));
        wizard.setField(u"user"_s, u"alice"_s);
        wizard.next(); // retention
        wizard.next(); // test
        if (wizard.currentId() != int(AccountWizard::TestPage))
            return nullptr;
        const bool shown = QTest::qWaitFor(
            [&wizard] {
                auto *dialog = wizard.findChild<CertificateDialog *>();
                return dialog && dialog->isVisible();
            },
            30000);
        // Undecided, the test cannot be passed yet.
        if (!shown || wizard.button(QWizard::NextButton)->isEnabled())
            return nullptr;
        return wizard.findChild<CertificateDialog *>();
    }

    static Store::CertificatePin pinOf(const QByteArray &sha256, quint16 port)
    {
        Store::CertificatePin pin;
        pin.host = u"localhost"_s;
        pin.port = port;
        pin.sha256 = sha256;
        pin.subject = u"localhost"_s;
        pin.acceptedAt = QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
        return pin;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: hello\r\n\r\nbody\r\n"_ba));
    }

    // The certificate is shown with its fingerprint and errors; accepting it pins it to
    // localhost:port, and the test runs again by itself and succeeds.
    void certificateAccepted()
    {
        auto wizard = makeWizard();
        QPointer<CertificateDialog> dialog = testUntrusted(*wizard);
        QVERIFY(dialog);
        QVERIFY(dialog->isModal() || dialog->windowModality() == Qt::WindowModal);
        const QString server = u"localhost:%1"_s.arg(m_dovecot.pop3sPort());
        QCOMPARE(dialog->windowTitle(), u"Certificate problem"_s);
        QCOMPARE(child<QLabel>(dialog, "certificateHeadline")->text(),
                 u"Satchel could not verify the identity of %1."_s.arg(server));
        const QString fingerprint = Accounts::formatFingerprint(dovecotDigest());
        QCOMPARE(fingerprint.size(), 95);
        QCOMPARE(child<QLabel>(dialog, "certificateFingerprint")->text(), fingerprint);
        QVERIFY(child<QLabel>(dialog, "certificateFingerprint")->textInteractionFlags()
                & Qt::TextSelectableByMouse);
        QCOMPARE(child<QLabel>(dialog, "certificateSubject")->text(), u"localhost"_s);
        QCOMPARE(child<QLabel>(dialog, "certificateIssuer")->text(), u"Satchel Test CA"_s);
        QVERIFY(!child<QLabel>(dialog, "certificateValidUntil")->text().isEmpty());
        QVERIFY(!child<QLabel>(dialog, "certificateChangedWarning")->isVisible());
        const QStringList errors = dialog->info().errors;
        QVERIFY(!errors.isEmpty());
        const QString errorText = child<QLabel>(dialog, "certificateErrors")->text();
        for (const QString &error : errors)
            QVERIFY2(errorText.contains(error), qPrintable(errorText));
        QVERIFY(child<QPushButton>(dialog, "rejectCertificateButton")->isDefault());
        QVERIFY(!child<QPushButton>(dialog, "acceptCertificateButton")->isDefault());

        QTest::mouseClick(child<QPushButton>(dialog, "acceptCertificateButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        const QString summary = child<QLabel>(wizard.get(), "testSummary")->text();
        QVERIFY2(summary.contains(u"Everything works"_s), qPrintable(summary));
        const Store::Account account = wizard->account();
        QCOMPARE(account.pins.size(), 1);
        const Store::CertificatePin &pin = account.pins.first();
        QCOMPARE(pin.host, u"localhost"_s);
        QCOMPARE(pin.port, m_dovecot.pop3sPort());
        QCOMPARE(pin.sha256, dovecotDigest());
        QCOMPARE(pin.subject, u"localhost"_s);
        QVERIFY(pin.acceptedAt.isValid());
        QVERIFY(wizard->findChild<CertificateDialog *>() == nullptr); // not asked twice
    }

    // Rejecting (Escape) leaves the failure and the hint on the page, and no pin.
    void certificateRejected()
    {
        auto wizard = makeWizard();
        QPointer<CertificateDialog> dialog = testUntrusted(*wizard);
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        const QString summary = child<QLabel>(wizard.get(), "testSummary")->text();
        const Pop3::Error untrusted = Pop3::Error::make(Pop3::ErrorKind::CertificateUntrusted);
        QVERIFY2(summary.contains(untrusted.message()), qPrintable(summary));
        QVERIFY2(summary.contains(Accounts::hintFor(untrusted)), qPrintable(summary));
        QVERIFY2(summary.contains(u"did not accept the certificate"_s), qPrintable(summary));
        QVERIFY(wizard->account().pins.isEmpty());
        // Test again shows it again; the reject button rejects too.
        QTest::mouseClick(child<QPushButton>(wizard.get(), "testAgainButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = wizard->findChild<CertificateDialog *>()) && dialog->isVisible(), 30000);
        QTest::mouseClick(child<QPushButton>(dialog, "rejectCertificateButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard->account().pins.isEmpty());
    }

    // A pin for this server naming another certificate: the dialog says the certificate changed;
    // accepting replaces that pin. A pin for another port of the same host is kept and ignored.
    void certificateChanged()
    {
        auto wizard = makeWizard();
        const Store::CertificatePin old = pinOf(QByteArray(32, '\x11'), m_dovecot.pop3sPort());
        const Store::CertificatePin otherPort = pinOf(dovecotDigest(), m_dovecot.pop3Port());
        wizard->setPins({old, otherPort});
        QPointer<CertificateDialog> dialog = testUntrusted(*wizard);
        QVERIFY(dialog);
        QVERIFY(dialog->info().changed);
        QCOMPARE(dialog->windowTitle(), u"Certificate changed"_s);
        auto *warning = child<QLabel>(dialog, "certificateChangedWarning");
        QVERIFY(warning->isVisible());
        const QString date =
            QLocale().toString(old.acceptedAt.toLocalTime().date(), QLocale::LongFormat);
        QCOMPARE(warning->text(),
                 u"The certificate of this server has changed since you accepted it on %1. This "
                 "can mean someone is intercepting the connection."_s.arg(date));
        QVERIFY(warning->styleSheet().contains(u"#c00000"_s));
        QCOMPARE(child<QLabel>(dialog, "certificateFingerprint")->text(),
                 Accounts::formatFingerprint(dovecotDigest()));

        QTest::mouseClick(child<QPushButton>(dialog, "acceptCertificateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        QVERIFY(child<QLabel>(wizard.get(), "testSummary")->text().contains(u"Everything works"_s));
        const QList<Store::CertificatePin> pins = wizard->account().pins;
        QCOMPARE(pins.size(), 2);
        QCOMPARE(pins.at(0).port, m_dovecot.pop3sPort());
        QCOMPARE(pins.at(0).sha256, dovecotDigest());
        QVERIFY(pins.at(0).acceptedAt > old.acceptedAt);
        QCOMPARE(pins.at(1).port, m_dovecot.pop3Port());
    }

    void identityNeedsAnAddress()
    {
        auto wizard = makeWizard();
        QCOMPARE(wizard->windowTitle(), u"Account setup"_s);
        wizard->setField(u"email"_s, u"not-an-address"_s);
        wizard->setField(u"password"_s, u"secret"_s);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->setField(u"email"_s, u"alice@example.test"_s);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

    void searchFillsTheServerPage()
    {
        auto *resolver = new FakeResolver;
        resolver->records.insert(u"_pop3._tcp.example.test"_s,
                                 {{u"pop.example.test"_s, 1110, 0, 0}});
        auto wizard = makeWizard(resolver);
        fillIdentity(*wizard, u"alice@example.test"_s, u"secret"_s);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard.get(), "findStatus")->text().contains(u"pop.example.test"_s));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPage));
        QCOMPARE(wizard->field(u"host"_s).toString(), u"pop.example.test"_s);
        QCOMPARE(wizard->field(u"port"_s).toInt(), 1110);
        QCOMPARE(wizard->account().security, Pop3::Security::StartTls);
        QCOMPARE(wizard->field(u"user"_s).toString(), u"alice@example.test"_s);
    }

    void nothingFoundLeavesServerEmpty()
    {
        auto wizard = makeWizard();
        fillIdentity(*wizard, u"alice@example.test"_s, u"secret"_s);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::ServerPage));
        QVERIFY(wizard->field(u"host"_s).toString().isEmpty());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // host is required
        QCOMPARE(wizard->field(u"user"_s).toString(), u"alice@example.test"_s);
    }

    void portFollowsSecurityUnlessTyped()
    {
        auto wizard = makeWizard();
        toServerPageManually(*wizard);
        auto *security = child<QComboBox>(wizard.get(), "securityCombo");
        auto *port = child<QSpinBox>(wizard.get(), "portSpin");
        QCOMPARE(port->value(), 995);
        security->setCurrentIndex(1); // STARTTLS
        QCOMPARE(port->value(), 110);
        security->setCurrentIndex(0); // SSL/TLS
        QCOMPARE(port->value(), 995);
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, u"1995"_s);
        QCOMPARE(port->value(), 1995);
        security->setCurrentIndex(1);
        QCOMPARE(port->value(), 1995); // typed by the user: kept
        security->setCurrentIndex(0);
        QCOMPARE(port->value(), 1995);
    }

    void insecureChoiceNeedsConsent()
    {
        auto wizard = makeWizard();
        toServerPageManually(*wizard);
        wizard->setField(u"host"_s, u"pop.example.test"_s);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        auto *warning = child<QLabel>(wizard.get(), "insecureWarning");
        auto *consent = child<QCheckBox>(wizard.get(), "allowInsecureCheck");
        QVERIFY(!warning->isVisible());
        child<QComboBox>(wizard.get(), "securityCombo")->setCurrentIndex(2); // None
        QVERIFY(warning->isVisible());
        QVERIFY(consent->isVisible());
        QCOMPARE(wizard->field(u"port"_s).toInt(), 110);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        consent->setChecked(true);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard->account().allowInsecureAuth);
        child<QComboBox>(wizard.get(), "securityCombo")->setCurrentIndex(0);
        QVERIFY(!warning->isVisible());
        QVERIFY(!wizard->account().allowInsecureAuth);
    }

    void retentionDefaults()
    {
        auto wizard = makeWizard();
        toServerPageManually(*wizard);
        wizard->setField(u"host"_s, u"pop.example.test"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::RetentionPage));
        const Store::Account account = wizard->account();
        QCOMPARE(account.retention.mode, Sync::RetentionMode::KeepForDays);
        QCOMPARE(account.retention.keepDays, 14);
        QVERIFY(account.retention.deleteWhenDeletedLocally);
        QCOMPARE(account.retention.sizeLimit, qint64(0));
        QCOMPARE(wizard->checkIntervalMinutes(), 10);
        wizard->setField(u"leaveOnServer"_s, false);
        QCOMPARE(wizard->account().retention.mode, Sync::RetentionMode::DeleteAfterDownload);
    }

    void testPageAgainstDovecot_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("success") << u"alice-secret"_s << true;
        QTest::newRow("wrong password") << u"wrong"_s << false;
    }

    void testPageAgainstDovecot()
    {
        QFETCH(QString, password);
        QFETCH(bool, ok);
        auto wizard = makeWizard();
        wizard->setCaFile(m_dovecot.caCertificatePath());
        wizard->setKeychainReachable(false);
        toServerPageManually(*wizard, password);
        wizard->setField(u"host"_s, u"localhost"_s);
        wizard->setField(u"port"_s, int(m_dovecot.pop3sPort()));
        wizard->setField(u"user"_s, u"alice"_s);
        wizard->next(); // retention
        wizard->next(); // test
        QCOMPARE(wizard->currentId(), int(AccountWizard::TestPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        const QString summary = child<QLabel>(wizard.get(), "testSummary")->text();
        const QString steps = child<QPlainTextEdit>(wizard.get(), "testSteps")->toPlainText();
        if (ok) {
            QVERIFY2(summary.contains(u"Everything works"_s), qPrintable(summary));
            QVERIFY2(steps.contains(u"encrypted with TLS"_s), qPrintable(steps));
            QVERIFY2(steps.contains(u"UIDL"_s), qPrintable(steps));
            QVERIFY2(steps.contains(u"1 message"_s) && steps.contains(u" on the server"_s),
                     qPrintable(steps));
        } else {
            const QString expected =
                Pop3::Error::make(Pop3::ErrorKind::AuthenticationFailed).message();
            QVERIFY2(summary.contains(expected), qPrintable(summary));
            QVERIFY2(summary.contains(Accounts::hintFor(
                         Pop3::Error::make(Pop3::ErrorKind::AuthenticationFailed))),
                     qPrintable(summary));
        }
        wizard->next();
        QCOMPARE(wizard->currentId(), int(AccountWizard::DonePage));
        auto *store = child<QCheckBox>(wizard.get(), "storeInProfileCheck");
        QVERIFY(store->isVisible()); // no keychain: the opt-in is offered
        QVERIFY(wizard->account().storedPassword.isEmpty());
        store->setChecked(true);
        QCOMPARE(wizard->account().storedPassword, password);
        wizard->accept();
        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        const Store::Account account = wizard->account();
        QCOMPARE(account.name, u"Alice"_s);
        QCOMPARE(account.host, u"localhost"_s);
        QCOMPARE(account.port, m_dovecot.pop3sPort());
        QCOMPARE(wizard->password(), password);
    }

    void firstStartOpensTheWizard()
    {
        qunsetenv("SATCHEL_NO_WIZARD");
        QTemporaryDir empty;
        MainWindow window(empty.path());
        window.show();
        QTRY_VERIFY(window.findChild<AccountWizard *>() != nullptr);
        auto *wizard = window.findChild<AccountWizard *>();
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->windowTitle(), u"Account setup"_s);
        wizard->reject();
        qputenv("SATCHEL_NO_WIZARD", "1");
    }

    // File › Add Account… stores what the wizard returns; the password here is kept in the
    // profile (the explicit opt-in), as no keychain is assumed.
    void addAccountActionStoresTheAccount()
    {
        qputenv("SATCHEL_NO_WIZARD", "1");
        QTemporaryDir profile;
        MainWindow window(profile.path());
        window.show();
        QTRY_VERIFY(window.findChild<QLabel *>(u"noAccountNote"_s)->isVisible());
        QVERIFY(window.findChild<AccountWizard *>() == nullptr);
        auto *action = window.findChild<QAction *>(u"actionAddAccount"_s);
        QVERIFY(action);
        action->trigger();
        auto *wizard = window.findChild<AccountWizard *>();
        QVERIFY(wizard);
        Accounts::SettingsFinder &finder = wizard->settingsFinder();
        finder.setAutoconfigUrls({QUrl(u"http://127.0.0.1:1/none"_s)});
        finder.setResolver(new FakeResolver);
        finder.setProbeTargets({});
        wizard->setCaFile(m_dovecot.caCertificatePath());
        wizard->setKeychainReachable(false);
        toServerPageManually(*wizard, u"alice-secret"_s);
        wizard->setField(u"host"_s, u"localhost"_s);
        wizard->setField(u"port"_s, int(m_dovecot.pop3sPort()));
        wizard->setField(u"user"_s, u"alice"_s);
        wizard->setField(u"leaveOnServer"_s, true);
        wizard->next(); // retention
        wizard->next(); // test
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        wizard->next(); // done
        wizard->setField(u"storeInProfile"_s, true);
        wizard->accept();

        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QLabel *>(u"noAccountNote"_s)->isVisible(),
                                 10000);
        QSignalSpy loaded(&window.archive(), &Store::ArchiveService::accountsLoaded);
        window.archive().requestAccounts();
        QVERIFY(loaded.wait(10000));
        const auto accounts = loaded.first().at(1).value<QList<Store::Account>>();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().name, u"Alice"_s);
        QCOMPARE(accounts.first().host, u"localhost"_s);
        QCOMPARE(accounts.first().storedPassword, u"alice-secret"_s);
        QCOMPARE(accounts.first().retention.mode, Sync::RetentionMode::KeepForDays);
    }
};

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"
