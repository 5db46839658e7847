#include <QTest>

#include "pop3/listingparser.h"
#include "pop3/replyparser.h"

using namespace Pop3;

Q_DECLARE_METATYPE(Pop3::ParseStatus)
Q_DECLARE_METATYPE(Pop3::ReplyKind)
Q_DECLARE_METATYPE(Pop3::ResponseCode)

class TestPop3ReplyParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<ParseStatus>("status");
        QTest::addColumn<ResponseCode>("code");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qsizetype>("consumed");

        QTest::newRow("ok") << QByteArray("+OK ready\r\n") << ParseStatus::Ok << ResponseCode::None
                            << QByteArray("ready") << qsizetype(11);
        QTest::newRow("ok bare") << QByteArray("+OK\r\n") << ParseStatus::Ok << ResponseCode::None
                                 << QByteArray() << qsizetype(5);
        QTest::newRow("ok bare LF") << QByteArray("+OK hi\nrest") << ParseStatus::Ok
                                    << ResponseCode::None << QByteArray("hi") << qsizetype(7);
        QTest::newRow("err") << QByteArray("-ERR no such message\r\n") << ParseStatus::Err
                             << ResponseCode::None << QByteArray("no such message")
                             << qsizetype(22);
        QTest::newRow("err auth") << QByteArray("-ERR [AUTH] bad password\r\n") << ParseStatus::Err
                                  << ResponseCode::Auth << QByteArray("bad password")
                                  << qsizetype(26);
        QTest::newRow("err in-use") << QByteArray("-ERR [IN-USE] locked\r\n") << ParseStatus::Err
                                    << ResponseCode::InUse << QByteArray("locked") << qsizetype(22);
        QTest::newRow("err login-delay")
            << QByteArray("-ERR [LOGIN-DELAY] wait\r\n") << ParseStatus::Err
            << ResponseCode::LoginDelay << QByteArray("wait") << qsizetype(25);
        QTest::newRow("err sys/temp")
            << QByteArray("-ERR [SYS/TEMP] try later\r\n") << ParseStatus::Err
            << ResponseCode::SysTemp << QByteArray("try later") << qsizetype(27);
        QTest::newRow("err sys/perm")
            << QByteArray("-ERR [SYS/PERM] gone\r\n") << ParseStatus::Err << ResponseCode::SysPerm
            << QByteArray("gone") << qsizetype(22);
        QTest::newRow("unknown code") << QByteArray("-ERR [FOO/BAR] x\r\n") << ParseStatus::Err
                                      << ResponseCode::Unknown << QByteArray("x") << qsizetype(18);
        QTest::newRow("bracket not a code")
            << QByteArray("-ERR [not a code] x\r\n") << ParseStatus::Err << ResponseCode::None
            << QByteArray("[not a code] x") << qsizetype(21);
        QTest::newRow("continuation")
            << QByteArray("+ PDE4OTY+\r\n") << ParseStatus::Continuation << ResponseCode::None
            << QByteArray("PDE4OTY+") << qsizetype(12);
        QTest::newRow("empty continuation") << QByteArray("+\r\n") << ParseStatus::Continuation
                                            << ResponseCode::None << QByteArray() << qsizetype(3);
        QTest::newRow("incomplete") << QByteArray("+OK rea") << ParseStatus::Incomplete
                                    << ResponseCode::None << QByteArray() << qsizetype(0);
        QTest::newRow("empty") << QByteArray() << ParseStatus::Incomplete << ResponseCode::None
                               << QByteArray() << qsizetype(0);
        QTest::newRow("garbage") << QByteArray("HTTP/1.1 200 OK\r\n") << ParseStatus::Malformed
                                 << ResponseCode::None << QByteArray() << qsizetype(0);
        QTest::newRow("+OKAY") << QByteArray("+OKAY\r\n") << ParseStatus::Malformed
                               << ResponseCode::None << QByteArray() << qsizetype(0);
        QTest::newRow("NUL") << QByteArray("+OK a\0b\r\n", 9) << ParseStatus::Malformed
                             << ResponseCode::None << QByteArray() << qsizetype(0);
        QTest::newRow("too long with CRLF")
            << QByteArray("+OK " + QByteArray(MaxStatusLineLength, 'x') + "\r\n")
            << ParseStatus::Malformed << ResponseCode::None << QByteArray() << qsizetype(0);
        QTest::newRow("too long without CRLF")
            << QByteArray("+OK " + QByteArray(MaxStatusLineLength, 'x')) << ParseStatus::Malformed
            << ResponseCode::None << QByteArray() << qsizetype(0);
        QTest::newRow("longest allowed")
            << QByteArray("+OK " + QByteArray(MaxStatusLineLength - 6, 'x') + "\r\n")
            << ParseStatus::Ok << ResponseCode::None << QByteArray(MaxStatusLineLength - 6, 'x')
            << qsizetype(MaxStatusLineLength);
    }

    void statusLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(ParseStatus, status);
        QFETCH(ResponseCode, code);
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, consumed);
        const StatusLine line = parseStatusLine(input);
        QCOMPARE(line.status, status);
        QCOMPARE(line.code, code);
        QCOMPARE(line.text, text);
        QCOMPARE(line.consumed, consumed);
    }

    void multiLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<ParseStatus>("status");
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<qsizetype>("consumed");

        const QByteArray list = "+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n";
        QTest::newRow("list") << list << ParseStatus::Ok << QList<QByteArray> {"1 120", "2 200"}
                              << list.size();
        QTest::newRow("empty list") << QByteArray("+OK\r\n.\r\n") << ParseStatus::Ok
                                    << QList<QByteArray> {} << qsizetype(8);
        QTest::newRow("dot-stuffing")
            << QByteArray("+OK\r\n..hidden\r\n...\r\n.x\r\n.\r\n") << ParseStatus::Ok
            << QList<QByteArray> {".hidden", "..", "x"} << qsizetype(27);
        QTest::newRow("bare LF lines") << QByteArray("+OK\nline\n.\n") << ParseStatus::Ok
                                       << QList<QByteArray> {"line"} << qsizetype(11);
        QTest::newRow("terminator missing")
            << QByteArray("+OK\r\nline\r\n") << ParseStatus::Incomplete << QList<QByteArray> {}
            << qsizetype(0);
        QTest::newRow("dot not alone") << QByteArray("+OK\r\n. \r\n.\r\n") << ParseStatus::Ok
                                       << QList<QByteArray> {" "} << qsizetype(12);
        QTest::newRow("err has no data") << QByteArray("-ERR no\r\n1 2\r\n") << ParseStatus::Err
                                         << QList<QByteArray> {} << qsizetype(9);
        QTest::newRow("NUL in data kept")
            << QByteArray("+OK\r\na\0b\r\n.\r\n", 13) << ParseStatus::Ok
            << QList<QByteArray> {QByteArray("a\0b", 3)} << qsizetype(13);
        QTest::newRow("over-long data line")
            << QByteArray("+OK\r\n" + QByteArray(MaxDataLineLength, 'y') + "\r\n.\r\n")
            << ParseStatus::Malformed << QList<QByteArray> {} << qsizetype(0);
        QTest::newRow("over-long data without CRLF")
            << QByteArray("+OK\r\n" + QByteArray(MaxDataLineLength + 10, 'y'))
            << ParseStatus::Malformed << QList<QByteArray> {} << qsizetype(0);
    }

    void multiLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(ParseStatus, status);
        QFETCH(QList<QByteArray>, lines);
        QFETCH(qsizetype, consumed);
        const Reply reply = parseReply(input, ReplyKind::MultiLine);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.lines, lines);
        QCOMPARE(reply.consumed, consumed);
    }

    // Bytes arriving one at a time give the same result as all at once, and consumption never
    // passes a partial line.
    void dataLinesByteByByte()
    {
        const QByteArray body = "Subject: x\r\n\r\n..dot\r\nend\r\n.\r\n+OK next";
        QByteArray pending;
        QByteArray sink;
        ParseStatus status = ParseStatus::Incomplete;
        qsizetype consumedTotal = 0;
        for (const char c : body) {
            pending.append(c);
            const DataProgress progress = appendDataLines(pending, sink);
            pending.remove(0, progress.consumed);
            consumedTotal += progress.consumed;
            status = progress.status;
            if (status == ParseStatus::Ok)
                break;
        }
        QCOMPARE(status, ParseStatus::Ok);
        QCOMPARE(sink, QByteArray("Subject: x\r\n\r\n.dot\r\nend\r\n"));
        QCOMPARE(consumedTotal, body.indexOf("+OK next"));
    }

    void numbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint32>("value");
        QTest::newRow("one") << QByteArray("1") << true << 1u;
        QTest::newRow("max") << QByteArray("2147483647") << true << 2147483647u;
        QTest::newRow("zero") << QByteArray("0") << false << 0u;
        QTest::newRow("over 2^31") << QByteArray("2147483648") << false << 0u;
        QTest::newRow("huge") << QByteArray("99999999999999999999999") << false << 0u;
        QTest::newRow("negative") << QByteArray("-1") << false << 0u;
        QTest::newRow("plus") << QByteArray("+1") << false << 0u;
        QTest::newRow("hex") << QByteArray("0x10") << false << 0u;
        QTest::newRow("empty") << QByteArray() << false << 0u;
    }

    void numbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(quint32, value);
        const std::optional<quint32> n = parseMessageNumber(text);
        QCOMPARE(n.has_value(), valid);
        if (valid)
            QCOMPARE(*n, value);
    }

    void stat()
    {
        const auto s = parseStat("2 320");
        QVERIFY(s);
        QCOMPARE(s->messageCount, 2u);
        QCOMPARE(s->totalSize, 320);
        QVERIFY(parseStat("0 0"));
        QVERIFY(parseStat("3 400 extra words"));
        QVERIFY(!parseStat("2"));
        QVERIFY(!parseStat("two 320"));
        QVERIFY(!parseStat("2 99999999999999999999"));
    }

    void listAndUidl()
    {
        const auto l = parseListEntry("7 12345");
        QVERIFY(l);
        QCOMPARE(l->number, 7u);
        QCOMPARE(l->size, 12345);
        QVERIFY(!parseListEntry("0 10"));
        QVERIFY(!parseListEntry("7"));
        QVERIFY(!parseListEntry("7 -5"));

        const auto u = parseUidlEntry("1 whqtswO00WBw418f9t5JxYwZ");
        QVERIFY(u);
        QCOMPARE(u->number, 1u);
        QCOMPARE(u->uidl, QByteArray("whqtswO00WBw418f9t5JxYwZ"));
        QVERIFY(!parseUidlEntry("1"));
        QVERIFY(!parseUidlEntry("1 two words"));
        QVERIFY(!parseUidlEntry(QByteArray("1 ab\x01"
                                           "c")));
        QVERIFY(!parseUidlEntry(QByteArray("1 caf\xc3\xa9")));
        QVERIFY(parseUidlEntry("1 " + QByteArray(200, 'u'))); // longer than 70: accepted
        QVERIFY(!parseUidlEntry("1 " + QByteArray(MaxUidlLength + 1, 'u')));
    }
};

QTEST_GUILESS_MAIN(TestPop3ReplyParser)
#include "tst_pop3replyparser.moc"
