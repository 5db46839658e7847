#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "certificatedialog.h"
#include "checkcontroller.h"
#include "dovecotserver.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "store/archiveservice.h"
#include "store/messagestore.h"

using namespace Qt::Literals::StringLiterals;

// Checks from the main window against a real Dovecot whose certificate is not trusted (no CA
// file): the check on start only says in the banner that the certificate needs review; Get
// Messages shows the certificate, and accepting it stores the pin and fetches.
class TestCertificateCheck final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    QByteArray m_digest;

    // A profile with one account for the Dovecot's TLS port, without its CA.
    void makeProfile(const QString &dir, const QList<Store::CertificatePin> &pins = {})
    {
        Store::MessageStore store;
        QVERIFY(store.open(dir));
        Store::Account account;
        account.name = u"work"_s;
        account.host = u"localhost"_s;
        account.port = m_dovecot.pop3sPort();
        account.user = u"alice"_s;
        account.retention.mode = Sync::RetentionMode::KeepOnServer;
        account.pins = pins;
        QVERIFY(store.addAccount(account));
    }

    static QList<Store::Account> loadAccounts(MainWindow &window)
    {
        QSignalSpy loaded(&window.archive(), &Store::ArchiveService::accountsLoaded);
        window.archive().requestAccounts();
        if (!loaded.wait(10000))
            return {};
        return loaded.last().at(1).value<QList<Store::Account>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setApplicationDisplayName(u"Satchel"_s);
        qputenv("SATCHEL_NO_WIZARD", "1");
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: pinned\r\n\r\nbody\r\n"_ba));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
            m_dovecot.certificates()->certificatePath(TestCertificates::Kind::Valid));
        QCOMPARE(certificates.size(), 1);
        m_digest = certificates.first().digest(QCryptographicHash::Sha256);
    }

    void automaticCheckOnlyReports()
    {
        QTemporaryDir profile;
        makeProfile(profile.path());
        MainWindow window(profile.path());
        window.checks().setPasswordForTesting(u"alice-secret"_s);
        window.show();
        auto *banner = window.findChild<ErrorBanner *>();
        // The check on start.
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(u"needs your review"_s), 30000);
        QVERIFY2(banner->message().contains(u"Get Messages"_s), qPrintable(banner->message()));
        QVERIFY(window.findChild<CertificateDialog *>() == nullptr);
        QTRY_VERIFY(!window.checks().isBusy());
        QVERIFY(loadAccounts(window).first().pins.isEmpty());
    }

    void getMessagesAsksAndAcceptingFetches()
    {
        QTemporaryDir profile;
        makeProfile(profile.path());
        MainWindow window(profile.path());
        window.checks().setPasswordForTesting(u"alice-secret"_s);
        window.show();
        auto *banner = window.findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(u"needs your review"_s), 30000);
        QTRY_VERIFY(!window.checks().isBusy());

        QSignalSpy fetched(&window.checks(), &CheckController::newMessages);
        window.findChild<QAction *>(u"actionGetMessages"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<CertificateDialog *>() != nullptr, 30000);
        QPointer<CertificateDialog> dialog = window.findChild<CertificateDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(window.checks().isBusy()); // undecided
        QCOMPARE(dialog->info().sha256, m_digest);
        QVERIFY(!dialog->info().changed);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"acceptCertificateButton"_s),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 30000);
        QCOMPARE(fetched.first().first().toInt(), 1);
        QTRY_VERIFY(!window.checks().isBusy());
        const QList<Store::Account> accounts = loadAccounts(window);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().pins.size(), 1);
        QCOMPARE(accounts.first().pins.first().sha256, m_digest);
        QCOMPARE(accounts.first().pins.first().port, m_dovecot.pop3sPort());
    }

    void rejectingReportsAndStoresNothing()
    {
        QTemporaryDir profile;
        Store::CertificatePin old;
        old.host = u"localhost"_s;
        old.port = m_dovecot.pop3sPort();
        old.sha256 = QByteArray(32, '\x22');
        old.acceptedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
        makeProfile(profile.path(), {old});
        MainWindow window(profile.path());
        window.checks().setPasswordForTesting(u"alice-secret"_s);
        window.show();
        auto *banner = window.findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(u"needs your review"_s), 30000);
        QTRY_VERIFY(!window.checks().isBusy());
        window.findChild<QAction *>(u"actionGetMessages"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<CertificateDialog *>() != nullptr, 30000);
        QPointer<CertificateDialog> dialog = window.findChild<CertificateDialog *>();
        QVERIFY(dialog->info().changed); // the pinned one was replaced
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"rejectCertificateButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(banner->message().contains(u"not accepted"_s));
        QVERIFY(!window.checks().isBusy());
        const QList<Store::Account> accounts = loadAccounts(window);
        QCOMPARE(accounts.first().pins.size(), 1);
        QCOMPARE(accounts.first().pins.first().sha256, old.sha256);
    }
};

QTEST_MAIN(TestCertificateCheck)
#include "tst_certificatecheck.moc"
