#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QWizard>

#include "accountsettingsdialog.h"
#include "accountwizard.h"
#include "checkcontroller.h"
#include "errorbanner.h"
#include "foldertreemodel.h"
#include "mainwindow.h"
#include "mime/messageparser.h"
#include "passworddialog.h"
#include "retentionsettingsform.h"
#include "serversettingsform.h"
#include "store/messagestore.h"
#include "sync/keychain.h"

using namespace Qt::StringLiterals;

namespace {

const QDateTime received = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

Store::Account sampleAccount(const QString &name)
{
    Store::Account account;
    account.name = name;
    account.email = name + QStringLiteral("@example.test");
    account.host = QStringLiteral("pop.example.test");
    account.port = 995;
    account.user = name;
    account.retention.mode = Sync::RetentionMode::KeepForDays;
    account.retention.keepDays = 30;
    return account;
}

QByteArray mail(const QByteArray &subject)
{
    return "From: ann@example.test\r\nTo: me@example.test\r\nSubject: " + subject
        + "\r\nDate: Fri, 20 Nov 2026 08:00:00 +0000\r\n\r\nHello.\r\n";
}

QPushButton *okButton(const QDialog &dialog)
{
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

std::optional<Store::Account> storedAccount(const QString &profile, const QString &name)
{
    Store::MessageStore store;
    if (!store.open(profile))
        return std::nullopt;
    return store.account(name);
}

} // namespace

// Existing accounts from the main window: the settings dialog (the wizard's fields, reused),
// removing an account with or without its local mail, and the wizard refusing a taken name.
class TestAccountSettings final : public QObject
{
    Q_OBJECT

private:
    // A profile with the accounts "home" (two messages in its Inbox) and "work".
    static void makeProfile(const QString &dir)
    {
        Store::MessageStore store;
        QVERIFY(store.open(dir));
        const std::optional<qint64> home = store.addAccount(sampleAccount(QStringLiteral("home")));
        QVERIFY(home);
        QVERIFY(store.addAccount(sampleAccount(QStringLiteral("work"))));
        for (const QByteArray &subject : {"First"_ba, "Second"_ba}) {
            const QByteArray raw = mail(subject);
            QVERIFY(store.storeRetrieved(*home, "uidl-" + subject, raw,
                                         Mime::parseMessage(raw, received), received));
        }
    }

    static QAction *accountEntry(MainWindow &window, const QString &name)
    {
        auto *menu = window.findChild<QMenu *>(QStringLiteral("accountSettingsMenu"));
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == name)
                return action;
        }
        return nullptr;
    }

    static AccountSettingsDialog *openSettings(MainWindow &window, const QString &name)
    {
        QAction *entry = nullptr;
        [&] {
            QTRY_VERIFY((entry = accountEntry(window, name)) != nullptr);
        }();
        if (!entry)
            return nullptr;
        entry->trigger();
        return window.findChild<AccountSettingsDialog *>();
    }

    // Removes "home" through its settings dialog, answering the question with `button` (an
    // object name, or "cancel").
    static void removeHome(MainWindow &window, const char *button)
    {
        // The check on start (its server does not exist) must have ended: while one runs,
        // removing asks to stop it first. It starts when the accounts are loaded, together with
        // the menu's entries, so wait for those first (on a slow machine they come late).
        QTRY_VERIFY_WITH_TIMEOUT(accountEntry(window, QStringLiteral("home")) != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.checks().isBusy(), 60000);
        AccountSettingsDialog *dialog = openSettings(window, QStringLiteral("home"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("removeAccountButton"))->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = window.findChild<QMessageBox *>(QStringLiteral("removeAccountQuestion")))
            != nullptr);
        QVERIFY(question->informativeText().contains(QStringLiteral("Nothing is deleted on the "
                                                                    "server")));
        if (qstrcmp(button, "cancel") == 0) {
            question->button(QMessageBox::Cancel)->click();
            QTest::qWait(200);
            return;
        }
        question->findChild<QPushButton *>(QLatin1String(button))->click();
        QTRY_VERIFY(accountEntry(window, QStringLiteral("home")) == nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setApplicationDisplayName(QStringLiteral("Satchel"));
        qputenv("SATCHEL_NO_WIZARD", "1");
    }

    void serverFormRoundTrip_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<int>("auth");
        QTest::addColumn<bool>("allowInsecure");
        QTest::newRow("tls, automatic")
            << int(Pop3::Security::ImplicitTls) << int(Pop3::Sasl::AuthMethod::Automatic) << false;
        QTest::newRow("starttls, encrypted")
            << int(Pop3::Security::StartTls) << int(Pop3::Sasl::AuthMethod::EncryptedPassword)
            << false;
        QTest::newRow("none, normal, allowed")
            << int(Pop3::Security::None) << int(Pop3::Sasl::AuthMethod::NormalPassword) << true;
        QTest::newRow("tls, oauth2")
            << int(Pop3::Security::ImplicitTls) << int(Pop3::Sasl::AuthMethod::OAuth2) << false;
    }

    void serverFormRoundTrip()
    {
        QFETCH(int, security);
        QFETCH(int, auth);
        QFETCH(bool, allowInsecure);
        Store::Account account = sampleAccount(QStringLiteral("a"));
        account.host = QStringLiteral("mail.example.org");
        account.port = 2995; // a port of the user's own survives setAccount()
        account.security = Pop3::Security(security);
        account.authMethod = Pop3::Sasl::AuthMethod(auth);
        account.allowInsecureAuth = allowInsecure;
        ServerSettingsForm form;
        form.setAccount(account);
        Store::Account back;
        form.applyTo(back);
        QCOMPARE(back.host, account.host);
        QCOMPARE(back.port, account.port);
        QCOMPARE(int(back.security), security);
        QCOMPARE(back.user, account.user);
        QCOMPARE(int(back.authMethod), auth);
        QCOMPARE(back.allowInsecureAuth, allowInsecure);
        QVERIFY(form.isAcceptable());
    }

    void serverFormGuardsPlaintext()
    {
        ServerSettingsForm form;
        form.setAccount(sampleAccount(QStringLiteral("a")));
        QVERIFY(form.isAcceptable());
        form.securityCombo()->setCurrentIndex(ServerSettingsForm::indexOf(Pop3::Security::None));
        QCOMPARE(form.portSpin()->value(), 110);
        QVERIFY(!form.isAcceptable());
        form.allowInsecureCheck()->setChecked(true);
        QVERIFY(form.isAcceptable());
        form.securityCombo()->setCurrentIndex(
            ServerSettingsForm::indexOf(Pop3::Security::ImplicitTls));
        QCOMPARE(form.portSpin()->value(), 995);
        QVERIFY(!form.allowInsecureCheck()->isChecked()); // the permission does not linger
        form.hostEdit()->clear();
        QVERIFY(!form.isAcceptable());
    }

    void retentionFormRoundTrip_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("deleteLocal");
        QTest::addColumn<qint64>("sizeLimit");
        QTest::newRow("delete after download")
            << int(Sync::RetentionMode::DeleteAfterDownload) << 14 << false << qint64(0);
        QTest::newRow("keep forever")
            << int(Sync::RetentionMode::KeepOnServer) << 14 << true << qint64(0);
        QTest::newRow("keep 3 days, headers above 100 KiB")
            << int(Sync::RetentionMode::KeepForDays) << 3 << true << qint64(100 * 1024);
        QTest::newRow("keep 365 days, not when deleted here")
            << int(Sync::RetentionMode::KeepForDays) << 365 << false << qint64(0);
    }

    void retentionFormRoundTrip()
    {
        QFETCH(int, mode);
        QFETCH(int, days);
        QFETCH(bool, deleteLocal);
        QFETCH(qint64, sizeLimit);
        Sync::RetentionPolicy policy;
        policy.mode = Sync::RetentionMode(mode);
        policy.keepDays = days;
        policy.deleteWhenDeletedLocally = deleteLocal;
        policy.sizeLimit = sizeLimit;
        RetentionSettingsForm form;
        form.setPolicy(policy);
        const Sync::RetentionPolicy back = form.policy();
        QCOMPARE(int(back.mode), mode);
        QCOMPARE(back.keepDays, days);
        QCOMPARE(back.deleteWhenDeletedLocally, deleteLocal);
        QCOMPARE(back.sizeLimit, sizeLimit);
        QCOMPARE(form.daysSpin()->isEnabled(), policy.mode == Sync::RetentionMode::KeepForDays);
    }

    void dialogRefusesPlaintextWithoutPermission()
    {
        AccountSettingsDialog dialog(sampleAccount(QStringLiteral("a")));
        auto *form = dialog.findChild<ServerSettingsForm *>();
        QPushButton *ok = okButton(dialog);
        QVERIFY(ok);
        QVERIFY(ok->isEnabled());
        form->securityCombo()->setCurrentIndex(ServerSettingsForm::indexOf(Pop3::Security::None));
        QVERIFY(!ok->isEnabled());
        form->allowInsecureCheck()->setChecked(true);
        QVERIFY(ok->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("x"));
        QVERIFY(!ok->isEnabled()); // not an address
    }

    void changesAreStored()
    {
        QTemporaryDir dir;
        makeProfile(dir.path());
        {
            MainWindow window(dir.path());
            window.show();
            AccountSettingsDialog *dialog = openSettings(window, QStringLiteral("work"));
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->text(),
                     QStringLiteral("pop.example.test"));
            QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("keepDaysSpin"))->value(), 30);
            dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))
                ->setText(QStringLiteral("pop3.example.org"));
            dialog->findChild<QComboBox *>(QStringLiteral("securityCombo"))
                ->setCurrentIndex(ServerSettingsForm::indexOf(Pop3::Security::StartTls));
            dialog->findChild<QCheckBox *>(QStringLiteral("leaveOnServerCheck"))->setChecked(false);
            dialog->accept();
            QTRY_COMPARE(storedAccount(dir.path(), QStringLiteral("work"))->host,
                         QStringLiteral("pop3.example.org"));
        }
        const std::optional<Store::Account> work =
            storedAccount(dir.path(), QStringLiteral("work"));
        QVERIFY(work);
        QCOMPARE(work->port, quint16(110)); // followed the security choice
        QCOMPARE(work->security, Pop3::Security::StartTls);
        QCOMPARE(work->retention.mode, Sync::RetentionMode::DeleteAfterDownload);
        QCOMPARE(work->email, QStringLiteral("work@example.test"));
        // The other account is untouched.
        QCOMPARE(storedAccount(dir.path(), QStringLiteral("home"))->host,
                 QStringLiteral("pop.example.test"));
    }

    // A certificate accepted earlier is listed under Certificates; removing it and OK forgets it.
    void removingAPinIsStored()
    {
        QTemporaryDir dir;
        makeProfile(dir.path());
        {
            Store::MessageStore store;
            QVERIFY(store.open(dir.path()));
            Store::CertificatePin pin;
            pin.host = QStringLiteral("pop.example.test");
            pin.port = 995;
            pin.sha256 = QByteArray(32, '\x5a');
            pin.subject = QStringLiteral("pop.example.test");
            pin.acceptedAt = received;
            QVERIFY(store.setPins(store.account(QStringLiteral("work"))->id, {pin}));
        }
        MainWindow window(dir.path());
        window.show();
        AccountSettingsDialog *dialog = openSettings(window, QStringLiteral("work"));
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("pinsList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("pop.example.test:995")));
        list->setCurrentItem(list->topLevelItem(0));
        dialog->findChild<QPushButton *>(QStringLiteral("removePinButton"))->click();
        QCOMPARE(list->topLevelItemCount(), 0);
        dialog->accept();
        QTRY_VERIFY(storedAccount(dir.path(), QStringLiteral("work"))->pins.isEmpty());
    }

    void renameAccount()
    {
        QTemporaryDir dir;
        makeProfile(dir.path());
        {
            MainWindow window(dir.path());
            window.show();
            AccountSettingsDialog *dialog = openSettings(window, QStringLiteral("work"));
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
            auto *note = dialog->findChild<QLabel *>(QStringLiteral("nameTakenNote"));
            QPushButton *ok = okButton(*dialog);
            QVERIFY(ok);
            name->setText(QStringLiteral("HOME")); // another account's, whatever the case
            QVERIFY(!ok->isEnabled());
            QVERIFY(note->text().contains(QStringLiteral("HOME")));
            name->setText(QStringLiteral("a/b"));
            QVERIFY(!ok->isEnabled());
            name->setText(QStringLiteral("office"));
            QVERIFY(ok->isEnabled());
            QVERIFY(note->text().isEmpty());
            dialog->accept();
            QTRY_VERIFY(accountEntry(window, QStringLiteral("office")) != nullptr);
            QVERIFY(!accountEntry(window, QStringLiteral("work")));
        }
        Store::MessageStore store;
        QVERIFY(store.open(dir.path()));
        QVERIFY(!store.account(QStringLiteral("work")));
        QCOMPARE(store.account(QStringLiteral("office"))->host, QStringLiteral("pop.example.test"));
        QVERIFY(store.folderByPath(QStringLiteral("office/Inbox")));
    }

    void cancelChangesNothing()
    {
        QTemporaryDir dir;
        makeProfile(dir.path());
        MainWindow window(dir.path());
        window.show();
        AccountSettingsDialog *dialog = openSettings(window, QStringLiteral("work"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("x"));
        dialog->reject();
        QTest::qWait(200);
        QCOMPARE(storedAccount(dir.path(), QStringLiteral("work"))->host,
                 QStringLiteral("pop.example.test"));
    }

    void removeAccount_data()
    {
        QTest::addColumn<QByteArray>("button");
        QTest::newRow("keep the mail") << "keepMailButton"_ba;
        QTest::newRow("with the mail") << "deleteMailButton"_ba;
        QTest::newRow("cancelled") << "cancel"_ba;
    }

    void removeAccount()
    {
        QFETCH(QByteArray, button);
        const bool cancelled = button == "cancel";
        const bool keepMail = button != "deleteMailButton";
        QTemporaryDir dir;
        makeProfile(dir.path());
        {
            MainWindow window(dir.path());
            window.show();
            removeHome(window, button.constData());
        }
        Store::MessageStore store;
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.account(QStringLiteral("home")).has_value(), cancelled);
        if (cancelled) {
            QCOMPARE(
                store.messageIds(*store.inboxOf(store.account(QStringLiteral("home"))->id)).size(),
                2);
            return;
        }
        QVERIFY(store.account(QStringLiteral("work")));
        const std::optional<Store::Folder> kept =
            store.folderByPath(QStringLiteral("Local Folders/home"));
        QCOMPARE(kept.has_value(), keepMail);
        if (kept)
            QCOMPARE(store.messageIds(kept->id).size(), 2);
        QCOMPARE(store.messageCount(), keepMail ? 2 : 0);
    }

    // No keychain (as on CI): Get Messages asks for the password and offers to remember it,
    // unencrypted in the profile, only after a warning and an explicit tick.
    void passwordPromptCanRememberInTheProfile_data()
    {
        QTest::addColumn<bool>("remember");
        QTest::newRow("this run only") << false;
        QTest::newRow("remembered") << true;
    }

    void passwordPromptCanRememberInTheProfile()
    {
        QFETCH(bool, remember);
        if (Sync::Keychain::reachable())
            QSKIP("a keychain is reachable here; the prompt offers it instead");
        QTemporaryDir dir;
        {
            Store::MessageStore store;
            QVERIFY(store.open(dir.path()));
            Store::Account account = sampleAccount(QStringLiteral("home"));
            account.host = QStringLiteral("127.0.0.1");
            account.port = 1; // nothing listens: the check itself fails, after the prompt
            QVERIFY(store.addAccount(account));
        }
        MainWindow window(dir.path());
        window.show();
        auto *banner = window.findChild<ErrorBanner *>();
        // The automatic check on start never asks; it says what is missing.
        QTRY_VERIFY(banner->message().contains(QStringLiteral("needs its password")));
        QVERIFY(!window.findChild<PasswordDialog *>());
        window.findChild<QAction *>(QStringLiteral("actionGetMessages"))->trigger();
        PasswordDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PasswordDialog *>()) != nullptr);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("unencryptedWarning")));
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        QVERIFY(!check->isChecked()); // never by default
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("s3cret"));
        check->setChecked(remember);
        dialog->accept();
        QTRY_VERIFY(!window.checks().isBusy());
        QTest::qWait(100);
        QCOMPARE(storedAccount(dir.path(), QStringLiteral("home"))->storedPassword,
                 remember ? QStringLiteral("s3cret") : QString());
        // Asked once per run: the next check does not ask again.
        window.findChild<QAction *>(QStringLiteral("actionGetMessages"))->trigger();
        QTest::qWait(200);
        QVERIFY(!window.findChild<PasswordDialog *>());
    }

    void wizardRefusesATakenName()
    {
        QTemporaryDir dir;
        makeProfile(dir.path());
        MainWindow window(dir.path());
        window.show();
        [&] {
            QTRY_VERIFY(accountEntry(window, QStringLiteral("home")) != nullptr);
        }();
        window.findChild<QAction *>(QStringLiteral("actionAddAccount"))->trigger();
        auto *wizard = window.findChild<AccountWizard *>();
        QVERIFY(wizard);
        auto *email = wizard->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        wizard->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("secret"));
        email->setText(QStringLiteral("alice@example.test"));
        QPushButton *next = qobject_cast<QPushButton *>(wizard->button(QWizard::NextButton));
        QVERIFY(next->isEnabled());
        name->setText(QStringLiteral("Home")); // names are compared without case
        QVERIFY(!next->isEnabled());
        auto *note = wizard->findChild<QLabel *>(QStringLiteral("nameTakenNote"));
        QVERIFY(note->text().contains(QStringLiteral("Home")));
        name->setText(QStringLiteral("Home 2"));
        QVERIFY(next->isEnabled());
        QVERIFY(note->text().isEmpty());
        wizard->reject();
    }
};

QTEST_MAIN(TestAccountSettings)
#include "tst_accountsettings.moc"
