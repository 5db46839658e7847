#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "accounts/connectiontester.h"
#include "accounts/settingsfinder.h"
#include "accounts/srvresolver.h"
#include "accountwizard.h"
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: hello\r\n\r\nbody\r\n"_ba));
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
            QVERIFY2(steps.contains(u"1 message is on the server"_s), qPrintable(steps));
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
