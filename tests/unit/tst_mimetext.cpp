#include <QTest>

#include "mime/base64size.h"
#include "mime/datenormalizer.h"
#include "mime/flowedtext.h"
#include "mime/rfc2047.h"
#include "mime/textdecoding.h"
#include "mime/uuencode.h"

// Text decoding rules of the MIME layer: format=flowed (RFC 3676), the 8-bit fallback, RFC 2047
// encoded words, Date header normalization and files uuencoded into plain text.
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
        QTest::newRow("space-stuffing removed")
            << QStringLiteral(" From me\r\n") << false << QStringLiteral("From me\n");
        QTest::newRow("quoted paragraph") << QStringLiteral("> one \r\n> two\r\nreply\r\n") << false
                                          << QStringLiteral("> one two\nreply\n");
        QTest::newRow("quote depth change ends paragraph")
            << QStringLiteral(">> deep \r\n> shallow\r\n") << false
            << QStringLiteral(">> deep \n> shallow\n");
        QTest::newRow("signature separator is hard") << QStringLiteral("text\r\n-- \r\nsig\r\n")
                                                     << false << QStringLiteral("text\n-- \nsig\n");
        QTest::newRow("last line soft")
            << QStringLiteral("end ") << false << QStringLiteral("end \n");
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
        QTest::newRow("no charset, valid utf-8")
            << QByteArray("caf\xc3\xa9") << QByteArray() << QStringLiteral("caf\u00e9");
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

    void unixLineEnds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(text) << QString::fromLatin1(expected);
        };
        row("empty", "", "");
        row("none", "one\ntwo", "one\ntwo");
        row("every line", "one\r\ntwo\r\n", "one\ntwo\n");
        row("first", "\r\nx", "\nx");
        row("adjacent", "\r\n\r\n\r\n", "\n\n\n");
        row("lone CR kept", "a\rb\r\nc\r", "a\rb\nc\r");
        row("CR CR LF", "a\r\r\nb", "a\r\nb");
        row("mixed", "a\nb\r\nc\n\r\nd", "a\nb\nc\n\nd");
    }

    void unixLineEnds()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString original(text.constData(), text.size()); // a deep copy
        const QString shared = text; // a copy sharing the data must stay as it was
        Mime::toUnixLineEnds(text);
        QCOMPARE(text, expected);
        QCOMPARE(shared, original);
    }

    // Base64 counted without decoding, whichever way the text is cut into reads.
    void base64Size()
    {
        for (int length = 0; length <= 40; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (int i = 0; i < length; ++i)
                bytes[i] = char(i * 37 + length);
            QByteArray encoded = bytes.toBase64();
            for (qsizetype at = 12; at < encoded.size(); at += 14)
                encoded.insert(at, "\r\n"); // short lines
            for (qsizetype cut = 0; cut <= encoded.size(); ++cut) {
                Mime::Base64Size size;
                size.add(QByteArrayView(encoded).first(cut));
                size.add(QByteArrayView(encoded).sliced(cut));
                QCOMPARE(size.size(), std::optional<qint64>(length));
            }
            // Without its padding the last group is unfinished: not counted.
            Mime::Base64Size unpadded;
            unpadded.add(bytes.toBase64(QByteArray::OmitTrailingEquals));
            QCOMPARE(unpadded.size(),
                     length % 3 == 0 ? std::optional<qint64>(length) : std::nullopt);
        }
        for (const char *malformed :
             {"QUJD*REVG", "QQ==QUJD", "QQ===", "====", "Q", "QUJDR", "QUJ=D", "QU\x80JD"}) {
            Mime::Base64Size size;
            size.add(malformed);
            QVERIFY2(!size.size(), malformed);
        }
    }

    void encodedWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("fallbackCharset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words after a padded B word")
            << QByteArray("=?UTF-8?B?TXlTdXJ2ZXk=?=\r\n =?UTF-8?B?LmNvbTogIFk=?=\r\n"
                          " =?UTF-8?B?b3UgaGF2ZSA=?=\r\n")
            << QByteArray() << QStringLiteral("MySurvey.com:  You have ");
        QTest::newRow("character split across words, language suffix")
            << QByteArray("=?iso-8859-2*sl?Q?Doma=e8e?=\n  =?utf-8*sl?Q?_omre=C5?=     "
                          "=?Utf-8*SL?q?=BEje?=")
            << QByteArray() << QStringLiteral("Doma\u010de omre\u017eje");
        QTest::newRow("adjacent words of different charsets")
            << QByteArray("=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?= =?US-ASCII?Q?c?=") << QByteArray()
            << QStringLiteral("a bc");
        QTest::newRow("spaces next to plain text stay")
            << QByteArray("Re: =?UTF-8?Q?caf=C3=A9?= and =?UTF-8?B?bmHDr3Zl?= ok") << QByteArray()
            << QStringLiteral("Re: caf\u00e9 and na\u00efve ok");
        QTest::newRow("empty word") << QByteArray("=?UTF-8?B?"
                                                  "?=x =?UTF-8?B?"
                                                  "?=")
                                    << QByteArray() << QStringLiteral("x ");
        QTest::newRow("malformed words stay literal")
            << QByteArray("=?UTF-8?X?abc?= =?UTF-8?Q?no end =??Q?x?= =?UTF-8?Q?a b?=")
            << QByteArray()
            << QStringLiteral("=?UTF-8?X?abc?= =?UTF-8?Q?no end =??Q?x?= =?UTF-8?Q?a b?=");
        QTest::newRow("raw 8-bit byte inside a Q word")
            << QByteArray("=?iso-8859-1?Q?Fr\xf6sche?=") << QByteArray()
            << QStringLiteral("Fr\u00f6sche");
        QTest::newRow("UTF-16 with a byte order mark")
            << QByteArray("=?UTF-16?B?//492Enc?= test") << QByteArray()
            << QStringLiteral("\U0001F449 test");
        QTest::newRow("8-bit UTF-8 text")
            << QByteArray("caf\xc3\xa9") << QByteArray() << QStringLiteral("caf\u00e9");
        QTest::newRow("8-bit text without a charset is windows-1252")
            << QByteArray("caf\xe9 \x80") << QByteArray() << QStringLiteral("caf\u00e9 \u20ac");
        QTest::newRow("8-bit text in the declared charset")
            << QByteArray("\xcc\xa8\xcd\xe5 =?UTF-8?Q?ok?=") << QByteArray("gb2312")
            << QStringLiteral("\u53f0\u6e7e ok");
        QTest::newRow("declared charset that is not ASCII-compatible")
            << QByteArray("caf\xe9") << QByteArray("UTF-16") << QStringLiteral("caf\u00e9");
    }

    void encodedWords()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, fallbackCharset);
        QFETCH(QString, expected);
        QCOMPARE(Mime::decodeHeaderText(raw, fallbackCharset), expected);
    }

    void encodedWordsInLongHeadersAreBounded()
    {
        const QByteArray word = "=?UTF-8?Q?a?= ";
        const QString decoded = Mime::decodeHeaderText(word.repeated(100000));
        QVERIFY(decoded.size() <= 64 * 1024);
        QVERIFY(decoded.startsWith(QStringLiteral("aaaa")));
    }

    void unterminatedEncodedWordsAreLiteral()
    {
        // Every "=?" starts a word whose end is never found: read once, not once per "=?".
        const QByteArray raw = QByteArray("=?a?Q?b").repeated(9000);
        QCOMPARE(Mime::decodeHeaderText(raw), QString::fromLatin1(raw.left(64 * 1024)));
    }

    void encodedWordsNormalizedForAddresses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("fallbackCharset");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("run of words becomes one UTF-8 word")
            << QByteArray(" =?UTF-8?B?SsO8cg==?=\r\n =?UTF-8?B?Z2Vu?= <j@example.test>\r\n")
            << QByteArray() << QByteArray(" =?UTF-8?B?SsO8cmdlbg==?= <j@example.test>");
        QTest::newRow("other charset converted")
            << QByteArray("\"=?ISO-8859-1?Q?J=FCrgen?=\" <j@example.test>") << QByteArray()
            << QByteArray("\"=?UTF-8?B?SsO8cmdlbg==?=\" <j@example.test>");
        QTest::newRow("8-bit text from the declared charset")
            << QByteArray("\xcc\xa8\xcd\xe5 <a@example.test>") << QByteArray("gb2312")
            << QByteArray("\xe5\x8f\xb0\xe6\xb9\xbe <a@example.test>");
        QTest::newRow("plain address unchanged")
            << QByteArray("a@example.test, \"B, Bee\" <b@example.test>") << QByteArray()
            << QByteArray("a@example.test, \"B, Bee\" <b@example.test>");
    }

    void encodedWordsNormalizedForAddresses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, fallbackCharset);
        QFETCH(QByteArray, expected);
        QCOMPARE(Mime::normalizeEncodedWords(raw, fallbackCharset), expected);
    }

    void dateNormalization_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("fractional seconds, unsigned zone")
            << QByteArray("Tue, 17 Jul 2012 22:23:35.882 0000\r\n")
            << QByteArray("Tue, 17 Jul 2012 22:23:35 +0000");
        QTest::newRow("zone straight after the time")
            << QByteArray(" 01 Jan 2001 00:01+0000") << QByteArray("01 Jan 2001 00:01 +0000");
        QTest::newRow("zone straight after the seconds")
            << QByteArray("Mon, 1 Jan 2001 10:20:30-0500")
            << QByteArray("Mon, 1 Jan 2001 10:20:30 -0500");
        QTest::newRow("lower-case zone name") << QByteArray("Tue, 28 May 1996 12:24:23 cst")
                                              << QByteArray("Tue, 28 May 1996 12:24:23 CST");
        QTest::newRow("zone then comment") << QByteArray("Tue, 28 May 1996 12:24:23 est (Eastern)")
                                           << QByteArray("Tue, 28 May 1996 12:24:23 EST (Eastern)");
        QTest::newRow("comment as the zone") << QByteArray("Thu, 16 Jun 2016 00:41:19 (UTC)")
                                             << QByteArray("Thu, 16 Jun 2016 00:41:19 (UTC)");
        QTest::newRow("folded") << QByteArray("Wed, 15 Dec 2010\r\n\t12:21:20 -0500 ")
                                << QByteArray("Wed, 15 Dec 2010 12:21:20 -0500");
        QTest::newRow("already fine") << QByteArray("Tue, 3 Nov 2026 10:20:30 +0100")
                                      << QByteArray("Tue, 3 Nov 2026 10:20:30 +0100");
        QTest::newRow("no time") << QByteArray("next tuesday-ish")
                                 << QByteArray("next tuesday-ish");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }

    void dateNormalization()
    {
        QFETCH(QByteArray, date);
        QFETCH(QByteArray, expected);
        QCOMPARE(Mime::normalizeDateText(date), expected);
    }

    void uuencodedBlocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<QByteArray>>("data");
        QTest::addColumn<QList<qsizetype>>("bounds"); // start and end of each block

        // "#0V%T" decodes to "Cat", the second row's line to "Hello, world", "\"86(" to "ab".
        const QString cat = QStringLiteral("begin 644 cat.txt\n#0V%T\n`\nend\n");
        QTest::newRow("valid block") << QStringLiteral("Hi\n") + cat + QStringLiteral("Bye\n")
                                     << QStringList {QStringLiteral("cat.txt")}
                                     << QList<QByteArray> {"Cat"} << QList<qsizetype> {3, 33};
        QTest::newRow("CRLF, backtick padding, space as zero line")
            << QStringLiteral("begin 0755 a b.bin\r\n,2&5L;&\\L('=O<FQD\r\n \r\nend\r\n")
            << QStringList {QStringLiteral("a b.bin")} << QList<QByteArray> {"Hello, world"}
            << QList<qsizetype> {0, 47};
        QTest::newRow("padding stripped, zero line stripped")
            << QStringLiteral("begin 644 x\n\"86(\n\nend") << QStringList {QStringLiteral("x")}
            << QList<QByteArray> {"ab"} << QList<qsizetype> {0, 21};
        QTest::newRow("two blocks")
            << cat + QStringLiteral("\nbegin 600 b\n!80``\n`\nend\n")
            << QStringList {QStringLiteral("cat.txt"), QStringLiteral("b")}
            << QList<QByteArray> {"Cat", "a"} << QList<qsizetype> {0, 30, 31, 55};
        QTest::newRow("base64") << QStringLiteral("begin-base64 644 c.txt\nQ2F0\n====\nrest\n")
                                << QStringList {QStringLiteral("c.txt")}
                                << QList<QByteArray> {"Cat"} << QList<qsizetype> {0, 33};
        QTest::newRow("length character too large")
            << QStringLiteral("begin 644 cat.txt\n$0V%T\n`\nend\n") << QStringList()
            << QList<QByteArray>() << QList<qsizetype>();
        QTest::newRow("length character too small")
            << QStringLiteral("begin 644 cat.txt\n!0V%T0V%T\n`\nend\n") << QStringList()
            << QList<QByteArray>() << QList<qsizetype>();
        QTest::newRow("character outside the alphabet")
            << QStringLiteral("begin 644 cat.txt\n#0v%T\n`\nend\n") << QStringList()
            << QList<QByteArray>() << QList<qsizetype>();
        QTest::newRow("missing end") << QStringLiteral("begin 644 cat.txt\n#0V%T\n`\n")
                                     << QStringList() << QList<QByteArray>() << QList<qsizetype>();
        QTest::newRow("text after the zero line")
            << QStringLiteral("begin 644 cat.txt\n#0V%T\n`\nmore\nend\n") << QStringList()
            << QList<QByteArray>() << QList<qsizetype>();
        QTest::newRow("prose that starts with begin")
            << QStringLiteral("begin 644 is a mode\nand then we end\nend\n") << QStringList()
            << QList<QByteArray>() << QList<qsizetype>();
        QTest::newRow("not at the start of a line")
            << QStringLiteral("x begin 644 cat.txt\n#0V%T\n`\nend\n") << QStringList()
            << QList<QByteArray>() << QList<qsizetype>();
        QTest::newRow("broken block, then a good one")
            << QStringLiteral("begin 644 bad\n#0V%T\nbegin 644 cat.txt\n#0V%T\n`\nend\n")
            << QStringList {QStringLiteral("cat.txt")} << QList<QByteArray> {"Cat"}
            << QList<qsizetype> {20, 50};
        QTest::newRow("bad base64") << QStringLiteral("begin-base64 644 c\nQ2F0!\n====\n")
                                    << QStringList() << QList<QByteArray>() << QList<qsizetype>();
        QTest::newRow("empty") << QString() << QStringList() << QList<QByteArray>()
                               << QList<qsizetype>();
    }

    void uuencodedBlocks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QList<QByteArray>, data);
        QFETCH(QList<qsizetype>, bounds);
        const QList<Mime::UuBlock> blocks = Mime::findUuencodedBlocks(text, 1024);
        QStringList foundNames;
        QList<QByteArray> foundData;
        QList<qsizetype> foundBounds;
        for (const Mime::UuBlock &block : blocks) {
            foundNames.append(block.fileName);
            foundData.append(block.data);
            foundBounds << block.start << block.end;
        }
        QCOMPARE(foundNames, names);
        QCOMPARE(foundData, data);
        QCOMPARE(foundBounds, bounds);
    }

    void uuencodedBlocksAreBounded()
    {
        // 45 bytes per line: 4000 lines decode to 180000 bytes, over a 100000-byte budget.
        const QString line =
            QStringLiteral("M") + QString(60, QLatin1Char('`')) + QLatin1Char('\n');
        const QString big =
            QStringLiteral("begin 644 big\n") + line.repeated(4000) + QStringLiteral("`\nend\n");
        QVERIFY(Mime::findUuencodedBlocks(big, 100000).isEmpty());
        QCOMPARE(Mime::findUuencodedBlocks(big, 180000).size(), 1);
        QCOMPARE(Mime::findUuencodedBlocks(big, 180000).first().data.size(), 180000);

        // No more than 100 blocks, however many there are.
        const QString small = QStringLiteral("begin 644 a\n!80``\n`\nend\n");
        QCOMPARE(Mime::findUuencodedBlocks(small.repeated(500), 1 << 20).size(), 100);

        // Garbage, and many begin lines with nothing valid after them, are text.
        QString garbage;
        for (int i = 0; i < 200000; ++i)
            garbage.append(QChar(char16_t((i * 7919) % 0x7f)));
        QVERIFY(Mime::findUuencodedBlocks(garbage, 1 << 20).isEmpty());
        const QString begins = QStringLiteral("begin 644 x\nM\n").repeated(200000);
        QVERIFY(Mime::findUuencodedBlocks(begins, 1 << 20).isEmpty());
    }

    void uuMimeType_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gif") << QStringLiteral("up.GIF") << QStringLiteral("image/gif");
        QTest::newRow("pdf") << QStringLiteral("a.b.pdf") << QStringLiteral("application/pdf");
        QTest::newRow("unknown") << QStringLiteral("x.exe")
                                 << QStringLiteral("application/octet-stream");
        QTest::newRow("none") << QStringLiteral("gif")
                              << QStringLiteral("application/octet-stream");
    }

    void uuMimeType()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        QCOMPARE(Mime::uuMimeType(fileName), expected);
    }
};

QTEST_GUILESS_MAIN(TestMimeText)
#include "tst_mimetext.moc"
