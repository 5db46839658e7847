#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "accounts/certificateinfo.h"
#include "certificatepinsview.h"

using namespace Qt::Literals::StringLiterals;

namespace {

Store::CertificatePin pin(const QString &host, quint16 port, char byte)
{
    Store::CertificatePin p;
    p.host = host;
    p.port = port;
    p.sha256 = QByteArray(32, byte);
    p.subject = host;
    p.issuer = u"Example CA"_s;
    p.notAfter = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    p.acceptedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    return p;
}

} // namespace

// The list of accepted certificates in the account settings: one row per pin, and Remove for
// the selected one.
class TestCertificatePinsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndRemoves()
    {
        CertificatePinsView view;
        view.show();
        auto *list = view.findChild<QTreeWidget *>(u"pinsList"_s);
        auto *remove = view.findChild<QPushButton *>(u"removePinButton"_s);
        QVERIFY(list);
        QVERIFY(remove);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!remove->isEnabled());

        const QList<Store::CertificatePin> pins = {pin(u"pop.example.test"_s, 995, '\x01'),
                                                   pin(u"pop.example.test"_s, 110, '\x02'),
                                                   pin(u"old.example.test"_s, 995, '\x03')};
        QSignalSpy changed(&view, &CertificatePinsView::changed);
        view.setPins(pins);
        QCOMPARE(changed.count(), 0); // only the user's edits are changes
        QCOMPARE(list->topLevelItemCount(), 3);
        QTreeWidgetItem *second = list->topLevelItem(1);
        QCOMPARE(second->text(0), u"pop.example.test:110"_s);
        QCOMPARE(second->text(1), u"pop.example.test"_s);
        QCOMPARE(second->text(2), Accounts::formatFingerprint(QByteArray(32, '\x02')));
        QVERIFY(second->text(2).startsWith(u"02:02:"_s));
        QCOMPARE(
            second->text(3),
            QLocale().toString(pins.at(1).notAfter.toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(
            second->text(4),
            QLocale().toString(pins.at(1).acceptedAt.toLocalTime().date(), QLocale::ShortFormat));
        QVERIFY(!remove->isEnabled());

        list->setCurrentItem(second);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(list->topLevelItemCount(), 2);
        const QList<Store::CertificatePin> left = view.pins();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).sha256, pins.at(0).sha256);
        QCOMPARE(left.at(1).sha256, pins.at(2).sha256);
        QCOMPARE(list->topLevelItem(1)->text(0), u"old.example.test:995"_s);
        QVERIFY(!remove->isEnabled()); // nothing selected after the removal

        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(remove, Qt::LeftButton);
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(changed.count(), 3);
        QVERIFY(view.pins().isEmpty());
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!remove->isEnabled());
    }
};

QTEST_MAIN(TestCertificatePinsView)
#include "tst_certificatepinsview.moc"
