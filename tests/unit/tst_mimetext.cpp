#include <QTest>

#include "mime/flowedtext.h"
#include "mime/textdecoding.h"

// Text decoding rules of the MIME layer: format=flowed (RFC 3676) and the 8-bit fallback.
class TestMimeText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flowed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("delSp");
        QTest::addColumn<QString>("expected");
        QTest::newRow("soft breaks join") << QStringLiteral("Hello \r\nworld.\r\nNext\r\n") << false
                                          << QStringLiteral("Hello world.\nNext\n");
        QTest::newRow("delsp removes the space")
            << QStringLiteral("Hel \r\nlo\r\n") << true << QStringLiteral("Hello\n");
        QTest::newRow("space-stuffing removed") << QStringLiteral(" From me\r\n") << false
                                                << QStringLiteral("From me\n");
        QTest::newRow("quoted paragraph") << QStringLiteral("> one \r\n> two\r\nreply\r\n") << false
                                          << QStringLiteral("> one two\nreply\n");
        QTest::newRow("quote depth change ends paragraph")
            << QStringLiteral(">> deep \r\n> shallow\r\n") << false
            << QStringLiteral(">> deep \n> shallow\n");
        QTest::newRow("signature separator is hard")
            << QStringLiteral("text\r\n-- \r\nsig\r\n") << false << QStringLiteral("text\n-- \nsig\n");
        QTest::newRow("last line soft") << QStringLiteral("end ") << false << QStringLiteral("end \n");
        QTest::newRow("empty") << QString() << false << QString();
    }

    void flowed()
    {
        QFETCH(QString, input);
        QFETCH(bool, delSp);
        QFETCH(QString, expected);
        QCOMPARE(Mime::decodeFlowedText(input, delSp), expected);
    }

    void decoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QByteArray("utf-8")
                               << QStringLiteral("caf\u00e9");
        QTest::newRow("no charset, valid utf-8") << QByteArray("caf\xc3\xa9") << QByteArray()
                                                 << QStringLiteral("caf\u00e9");
        QTest::newRow("no charset, 8-bit is windows-1252")
            << QByteArray("caf\xe9 \x80 \x93quoted\x94") << QByteArray()
            << QStringLiteral("caf\u00e9 \u20ac \u201cquoted\u201d");
        QTest::newRow("utf-8 label on latin-1 bytes")
            << QByteArray("caf\xe9") << QByteArray("UTF-8") << QStringLiteral("caf\u00e9");
        QTest::newRow("iso-8859-1 read as windows-1252")
            << QByteArray("\x93x\x94") << QByteArray("ISO-8859-1")
            << QStringLiteral("\u201cx\u201d");
        QTest::newRow("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QByteArray("koi8-r")
                                << QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442");
        QTest::newRow("shift_jis") << QByteArray("\x93\xfa\x96\x7b") << QByteArray("Shift_JIS")
                                   << QStringLiteral("\u65e5\u672c");
        QTest::newRow("unknown label falls back")
            << QByteArray("plain") << QByteArray("x-no-such-charset") << QStringLiteral("plain");
    }

    void decoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, charset);
        QFETCH(QString, expected);
        QCOMPARE(Mime::decodeText(bytes, charset), expected);
    }
};

QTEST_GUILESS_MAIN(TestMimeText)
#include "tst_mimetext.moc"
