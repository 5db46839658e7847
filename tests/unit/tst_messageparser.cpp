#include <QTest>

#include "mime/messageparser.h"

using Mime::parseMessage;

namespace {

const QDateTime received = QDateTime::fromSecsSinceEpoch(1763800000, Qt::UTC);

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

} // namespace

// The GMime wrapper on hand-made messages, one behaviour each. Real-world messages are covered by
// tst_mimecorpus and the golden tests.
class TestMessageParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers()
    {
        const auto m =
            parseMessage(crlf("From: =?UTF-8?B?SsO8cmdlbg==?= <j@example.test>\n"
                              "To: a@example.test, \"B, Bee\" <b@example.test>\n"
                              "Cc: Team: c@example.test, d@example.test;\n"
                              "Reply-To: r@example.test\n"
                              "Subject: =?ISO-8859-1?Q?caf=E9?= and =?UTF-8?Q?na=C3=AFve?=\n"
                              "Date: Tue, 3 Nov 2026 10:20:30 +0100\n"
                              "Message-ID: <id1@example.test>\n"
                              "In-Reply-To: <id0@example.test>\n"
                              "References: <a@x> <id0@example.test>\n\nbody\n"),
                         received);
        QCOMPARE(m.subject, QStringLiteral("caf\u00e9 and na\u00efve"));
        QCOMPARE(m.from.size(), 1);
        QCOMPARE(m.from.first().name, QStringLiteral("J\u00fcrgen"));
        QCOMPARE(m.from.first().address, QStringLiteral("j@example.test"));
        QCOMPARE(m.to.size(), 2);
        QCOMPARE(m.to.at(1).name, QStringLiteral("B, Bee"));
        QCOMPARE(m.cc.size(), 2); // group members
        QCOMPARE(m.replyTo.first().address, QStringLiteral("r@example.test"));
        QCOMPARE(m.date,
                 QDateTime::fromString(QStringLiteral("2026-11-03T09:20:30Z"), Qt::ISODate));
        QCOMPARE(m.date.offsetFromUtc(), 3600);
        QVERIFY(!m.dateIsFallback);
        QCOMPARE(m.messageId, QByteArray("id1@example.test"));
        QCOMPARE(m.inReplyTo, QByteArray("id0@example.test"));
        QCOMPARE(m.references, (QList<QByteArray> {"a@x", "id0@example.test"}));
        QCOMPARE(m.textBody, QStringLiteral("body\n"));
    }

    void missingOrBrokenDateFallsBack_data()
    {
        QTest::addColumn<QByteArray>("dateHeader");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("garbage") << QByteArray("Date: next tuesday-ish\n");
    }

    void missingOrBrokenDateFallsBack()
    {
        QFETCH(QByteArray, dateHeader);
        const auto m = parseMessage(crlf("Subject: x\n" + dateHeader + "\nbody\n"), received);
        QVERIFY(m.dateIsFallback);
        QCOMPARE(m.date, received);
    }

    void eightBitWithoutCharset()
    {
        const auto latin = parseMessage("Subject: caf\xe9\r\n\r\ncaf\xe9 \x80\r\n", received);
        QCOMPARE(latin.subject, QStringLiteral("caf\u00e9"));
        QCOMPARE(latin.textBody, QStringLiteral("caf\u00e9 \u20ac\n"));
        const auto utf8 = parseMessage("Subject: x\r\n\r\ncaf\xc3\xa9\r\n", received);
        QCOMPARE(utf8.textBody, QStringLiteral("caf\u00e9\n"));
    }

    void alternativePrefersPlainAndKeepsHtml()
    {
        const auto m = parseMessage(crlf("Content-Type: multipart/alternative; boundary=x\n\n--x\n"
                                         "Content-Type: text/plain; charset=utf-8\n\nplain text\n"
                                         "--x\nContent-Type: text/html\n\n<p>html <b>text</b></p>\n"
                                         "--x--\n"),
                                    received);
        QCOMPARE(m.textBody.trimmed(), QStringLiteral("plain text"));
        QVERIFY(m.htmlBody.contains(QStringLiteral("<b>text</b>")));
        QVERIFY(!m.textFromHtml);
        QVERIFY(m.attachments.isEmpty());
    }

    void htmlOnlyGivesTextFromHtml()
    {
        const auto m =
            parseMessage(crlf("Content-Type: text/html\n\n<p>Hello <i>there</i></p>\n"), received);
        QVERIFY(m.textFromHtml);
        QVERIFY(m.textBody.contains(QStringLiteral("Hello there")));
    }

    void flowedTextIsReflowed()
    {
        const auto m = parseMessage(crlf("Content-Type: text/plain; format=flowed; delsp=yes\n\n"
                                         "one long para \ngraph\n"),
                                    received);
        QCOMPARE(m.textBody, QStringLiteral("one long paragraph\n"));
    }

    void attachmentsAndOnDemandContent()
    {
        const QByteArray raw = crlf(
            "Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: text/plain\n\nSee "
            "attached.\n"
            "--m\nContent-Type: application/pdf; name=\"ignored.pdf\"\n"
            "Content-Disposition: attachment;\n filename*=UTF-8''%E2%82%AC%20report.pdf\n"
            "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n"
            "--m\nContent-Type: text/plain; name=notes.txt\nContent-Disposition: attachment\n\n"
            "attached text\n--m--\n");
        const auto m = parseMessage(raw, received);
        QCOMPARE(m.textBody.trimmed(), QStringLiteral("See attached."));
        QCOMPARE(m.attachments.size(), 2);
        const Mime::AttachmentInfo pdf = m.attachments.at(0);
        QCOMPARE(pdf.fileName, QStringLiteral("\u20ac report.pdf"));
        QCOMPARE(pdf.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(pdf.disposition, QStringLiteral("attachment"));
        QCOMPARE(pdf.size, 9);
        QCOMPARE(Mime::attachmentContent(raw, pdf.partId), std::optional<QByteArray>("%PDF-1.4\n"));
        QCOMPARE(m.attachments.at(1).fileName, QStringLiteral("notes.txt"));
        QVERIFY(m.hasAttachments());
        QVERIFY(!Mime::attachmentContent(raw, QStringLiteral("9")));
        QVERIFY(!Mime::attachmentContent(raw, QStringLiteral("1.1.1")));
        Mime::ParseLimits small;
        small.maxDecodedPartBytes = 4;
        QVERIFY(!Mime::attachmentContent(raw, pdf.partId, small));
    }

    // An attachment's size is counted from well-formed base64 without decoding it, and found by
    // decoding otherwise; either way it is what attachmentContent() gives.
    void attachmentSizeIsTheDecodedSize_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<qint64>("expected"); // -1: whatever the decoder makes of it
        QTest::newRow("empty") << QByteArray() << qint64(0);
        for (int length = 1; length <= 7; ++length) {
            const QByteArray bytes(length, '\xa7');
            QTest::addRow("%d bytes", length) << bytes.toBase64() << qint64(length);
            QTest::addRow("%d bytes unpadded", length)
                << bytes.toBase64(QByteArray::OmitTrailingEquals) << qint64(-1);
        }
        QByteArray wrapped = QByteArray(1000, 'x').toBase64();
        for (qsizetype at = 76; at < wrapped.size(); at += 78)
            wrapped.insert(at, "\r\n");
        QTest::newRow("lines of 76") << wrapped << qint64(1000);
        QTest::newRow("spaces") << QByteArray(" QUJD\tREVG ") << qint64(6);
        QTest::newRow("stray character") << QByteArray("QUJD*REVG") << qint64(-1);
        QTest::newRow("text after padding") << QByteArray("QQ==QUJD") << qint64(-1);
        QTest::newRow("three padding") << QByteArray("QQ===") << qint64(-1);
        QTest::newRow("padding alone") << QByteArray("====") << qint64(-1);
        QTest::newRow("one character") << QByteArray("Q") << qint64(-1);
    }

    void attachmentSizeIsTheDecodedSize()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(qint64, expected);
        const QByteArray raw = crlf("Content-Type: multipart/mixed; boundary=m\n\n--m\n"
                                    "Content-Type: text/plain\n\nSee attached.\n--m\n"
                                    "Content-Type: application/octet-stream; name=a.bin\n"
                                    "Content-Transfer-Encoding: base64\n\n")
            + encoded + "\r\n--m--\r\n";
        const auto m = parseMessage(raw, received);
        QCOMPARE(m.attachments.size(), 1);
        const std::optional<QByteArray> content =
            Mime::attachmentContent(raw, m.attachments.at(0).partId);
        QVERIFY(content);
        QCOMPARE(m.attachments.at(0).size, content->size());
        if (expected >= 0)
            QCOMPARE(m.attachments.at(0).size, expected);
    }

    void inlineImageReferencedByCid()
    {
        const auto m = parseMessage(
            crlf("Content-Type: multipart/related; boundary=r\n\n--r\nContent-Type: text/html\n\n"
                 "<img src=\"cid:logo@x\">\n--r\nContent-Type: image/png\nContent-ID: <logo@x>\n"
                 "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--r\nContent-Type: image/png\n"
                 "Content-ID: <unused@x>\n\nx\n--r--\n"),
            received);
        QCOMPARE(m.attachments.size(), 2);
        QCOMPARE(m.attachments.at(0).contentId, QStringLiteral("logo@x"));
        QVERIFY(m.attachments.at(0).isInlineImage);
        QVERIFY(!m.attachments.at(1).isInlineImage); // not referenced: shown as an attachment
        QVERIFY(m.hasAttachments());
    }

    void forwardedMessageIsNested()
    {
        const QByteArray raw =
            crlf("Subject: Fwd\nContent-Type: multipart/mixed; boundary=f\n\n--f\n"
                 "Content-Type: text/plain\n\nFYI\n--f\nContent-Type: message/rfc822\n\n"
                 "From: orig@example.test\nSubject: Original\n\nInner body\n--f--\n");
        const auto m = parseMessage(raw, received);
        QCOMPARE(m.forwarded.size(), size_t(1));
        QCOMPARE(m.forwarded.front().subject, QStringLiteral("Original"));
        QCOMPARE(m.forwarded.front().textBody.trimmed(), QStringLiteral("Inner body"));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().fileName, QStringLiteral("Original.eml"));
        const auto inner = Mime::attachmentContent(raw, m.attachments.first().partId);
        QVERIFY(inner && inner->contains("Subject: Original"));
        QVERIFY(m.searchText().contains(QStringLiteral("Inner body")));
    }

    void signedAndEncryptedAreShownHonestly()
    {
        const auto s = parseMessage(
            crlf("Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; "
                 "boundary=s\n\n--s\nContent-Type: text/plain\n\nsigned text\n--s\n"
                 "Content-Type: application/pgp-signature\n\nSIG\n--s--\n"),
            received);
        QVERIFY(s.isSigned);
        QVERIFY(!s.isEncrypted);
        QCOMPARE(s.textBody.trimmed(), QStringLiteral("signed text"));
        QVERIFY(s.attachments.isEmpty());

        const auto e = parseMessage(
            crlf("Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; "
                 "boundary=e\n\n--e\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n"
                 "--e\nContent-Type: application/octet-stream\n\n-----BEGIN PGP MESSAGE-----\n"
                 "--e--\n"),
            received);
        QVERIFY(e.isEncrypted);
        QVERIFY(!e.notes.isEmpty());
    }

    void limitsAddNotes()
    {
        QByteArray many = "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
        for (int i = 0; i < 20; ++i)
            many += "--b\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n";
        many += "--b--\r\n";
        Mime::ParseLimits limits;
        limits.maxParts = 5;
        const auto m = parseMessage(many, received, limits);
        QVERIFY(m.attachments.size() < 5);
        QVERIFY(!m.notes.isEmpty());

        QByteArray deep;
        for (int i = 0; i < 30; ++i)
            deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i)
                + "\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
        deep += "Content-Type: text/plain\r\n\r\ndeep text\r\n";
        const auto d = parseMessage(deep, received);
        QVERIFY(!d.notes.isEmpty());
        QVERIFY(!d.textBody.contains(QStringLiteral("deep text")));

        Mime::ParseLimits shortText;
        shortText.maxTextBytes = 10;
        const auto t = parseMessage("Subject: x\r\n\r\n0123456789abcdef\r\n", received, shortText);
        QCOMPARE(t.textBody, QStringLiteral("0123456789"));
        QVERIFY(!t.notes.isEmpty());
    }

    void encodedWordsAfterAPaddedWordAreKept()
    {
        // GMime 3.2 decodes adjacent B words of one charset as one base64 stream and loses
        // everything after a word that ends in '=' padding.
        const auto m = parseMessage(
            crlf("From: =?UTF-8?B?TXlTdXJ2ZXk=?=\n =?UTF-8?B?LmNvbSAmIEM=?=\n"
                 " =?UTF-8?B?YXJvbCBBZGE=?=\n =?UTF-8?B?bXM=?= <carol@example.test>\n"
                 "To: =?UTF-8?B?SsO8cg==?= =?UTF-8?B?Z2Vu?= <j@example.test>, b@example.test\n"
                 "Cc: \"=?UTF-8?B?SsO8cg==?= =?UTF-8?B?Z2Vu?=\" <c@example.test>\n"
                 "Reply-To: =?UTF-8?B?SsO8cg==?=\t=?UTF-8?B?Z2Vu?= <r@example.test>\n"
                 "Subject: =?UTF-8?B?TXlTdXJ2ZXk=?=\n =?UTF-8?B?LmNvbTogIFk=?=\n"
                 " =?UTF-8?B?b3UgaGF2ZSA=?=\n =?UTF-8?B?YSBzdXJ2ZXk=?=\n\nbody\n"),
            received);
        QCOMPARE(m.subject, QStringLiteral("MySurvey.com: You have a survey"));
        QCOMPARE(m.from.size(), 1);
        QCOMPARE(m.from.first().name, QStringLiteral("MySurvey.com & Carol Adams"));
        QCOMPARE(m.from.first().address, QStringLiteral("carol@example.test"));
        QCOMPARE(m.to.size(), 2);
        QCOMPARE(m.to.first().name, QStringLiteral("J\u00fcrgen"));
        QCOMPARE(m.to.at(1).address, QStringLiteral("b@example.test"));
        QCOMPARE(m.cc.first().name, QStringLiteral("J\u00fcrgen"));
        QCOMPARE(m.replyTo.first().name, QStringLiteral("J\u00fcrgen"));
        QCOMPARE(m.replyTo.first().address, QStringLiteral("r@example.test"));
    }

    void fromWithOnlyANameKeepsTheName_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QString>("name");
        QTest::newRow("words") << QByteArray("Support Team") << QStringLiteral("Support Team");
        QTest::newRow("encoded word")
            << QByteArray("=?UTF-16?B?//492Enc?= test") << QStringLiteral("\U0001F449 test");
        QTest::newRow("empty angle brackets")
            << QByteArray("MAILER DAEMON <>") << QStringLiteral("MAILER DAEMON");
        QTest::newRow("only a comment") << QByteArray("(mailbox in US-ASCII)") << QString();
    }

    void fromWithOnlyANameKeepsTheName()
    {
        QFETCH(QByteArray, from);
        QFETCH(QString, name);
        const auto m = parseMessage(crlf("From: " + from + "\nSubject: x\n\nbody\n"), received);
        if (name.isEmpty()) {
            QVERIFY(m.from.isEmpty());
            return;
        }
        QCOMPARE(m.from.size(), 1);
        QCOMPARE(m.from.first().name, name);
        QCOMPARE(m.from.first().address, QString());
    }

    void alternativeShowsOnlyItsPreferredText()
    {
        const auto m = parseMessage(
            crlf("Content-Type: multipart/alternative; boundary=a\n\n"
                 "--a\nContent-Type: text/plain\n\nfirst rendition\n"
                 "--a\nContent-Type: text/enriched\n\n<bold>rich</bold>\n"
                 "--a\nContent-Type: text/watch-html\n\n<b>watch</b>\n"
                 "--a\nContent-Type: text/plain\n\nlast rendition\n"
                 "--a\nContent-Type: text/richtext\n\n<bold>rich</bold>\n"
                 "--a\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\n"
                 "--a--\n"),
            received);
        QCOMPARE(m.textBody.trimmed(), QStringLiteral("last rendition")); // RFC 2046: last wins
        QCOMPARE(m.attachments.size(), 1); // the invitation, not the other renditions
        QCOMPARE(m.attachments.first().mimeType, QStringLiteral("text/calendar"));
    }

    void mixedKeepsEveryInlineText()
    {
        const auto m = parseMessage(crlf("Content-Type: multipart/mixed; boundary=m\n\n"
                                         "--m\nContent-Type: text/plain\n\none\n"
                                         "--m\nContent-Type: text/plain\n\ntwo\n"
                                         "--m\nContent-Type: text/enriched\n\nthree\n--m--\n"),
                                    received);
        QVERIFY(m.textBody.contains(QStringLiteral("one")));
        QVERIFY(m.textBody.contains(QStringLiteral("two")));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(m.attachments.first().mimeType, QStringLiteral("text/enriched"));
    }

    void inlinePgpIsMarked()
    {
        const auto e = parseMessage(crlf("Subject: x\n\n-----BEGIN PGP MESSAGE-----\n\nhQEMA0\n"
                                         "-----END PGP MESSAGE-----\n"),
                                    received);
        QVERIFY(e.isEncrypted);
        QVERIFY(!e.isSigned);
        QVERIFY(!e.notes.isEmpty());
        QVERIFY(e.textBody.startsWith(QStringLiteral("-----BEGIN PGP MESSAGE-----")));

        const auto s = parseMessage(crlf("Subject: x\n\nintro\n-----BEGIN PGP SIGNED MESSAGE-----\n"
                                         "Hash: SHA256\n\nhello\n-----BEGIN PGP SIGNATURE-----\n\n"
                                         "iQEzBAEB\n-----END PGP SIGNATURE-----\n"),
                                    received);
        QVERIFY(s.isSigned);
        QVERIFY(!s.isEncrypted);

        const auto quoted = parseMessage(
            crlf("Subject: x\n\nWhat does this mean?\n> -----BEGIN PGP MESSAGE-----\n"), received);
        QVERIFY(!quoted.isEncrypted);
        QVERIFY(!quoted.isSigned);
    }

    void encodedForwardedMessageIsDecoded_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("inner");
        QTest::addColumn<QString>("subject");
        const QByteArray inner = crlf("From: orig@example.test\nSubject: Inner\n\nInner body\n");
        QTest::newRow("base64 message/rfc822")
            << QByteArray("message/rfc822") << QByteArray("base64")
            << inner.toBase64(QByteArray::Base64Encoding) + "\r\n"
            << inner << QStringLiteral("Inner");
        QTest::newRow("quoted-printable message/global")
            << QByteArray("message/global") << QByteArray("quoted-printable")
            << crlf("From: orig@example.test\nSubject: Caf=C3=A9\n\nInner body=\n")
            << QByteArray("From: orig@example.test\r\nSubject: Caf\xc3\xa9\r\n\r\nInner body")
            << QStringLiteral("Caf\u00e9");
    }

    void encodedForwardedMessageIsDecoded()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, inner);
        QFETCH(QString, subject);
        const QByteArray raw =
            crlf("Subject: Fwd\nContent-Type: multipart/mixed; boundary=f\n\n--f\n"
                 "Content-Type: text/plain\n\nFYI\n--f\nContent-Type: "
                 + type + "\nContent-Transfer-Encoding: " + encoding + "\n\n")
            + encoded + "\r\n--f--\r\n";
        const auto m = parseMessage(raw, received);
        QCOMPARE(m.forwarded.size(), size_t(1));
        QCOMPARE(m.forwarded.front().subject, subject);
        QCOMPARE(m.forwarded.front().textBody.trimmed(), QStringLiteral("Inner body"));
        QCOMPARE(m.attachments.size(), 1);
        const Mime::AttachmentInfo info = m.attachments.first();
        QCOMPARE(info.fileName, subject + QStringLiteral(".eml"));
        QCOMPARE(info.mimeType, QString::fromLatin1(type));
        QCOMPARE(info.size, inner.size());
        QCOMPARE(Mime::attachmentContent(raw, info.partId), std::optional<QByteArray>(inner));
    }

    void encodedForwardedMessagesRespectLimits()
    {
        // Each level is a base64 message/rfc822 part holding the next.
        QByteArray message = crlf("Subject: level 0\n\ninnermost\n");
        for (int level = 1; level <= 30; ++level) {
            message =
                crlf("Subject: level " + QByteArray::number(level)
                     + "\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n")
                + message.toBase64() + "\r\n";
        }
        const auto m = parseMessage(message, received);
        int depth = 0;
        const Mime::ParsedMessage *deepest = &m;
        while (!deepest->forwarded.empty()) {
            deepest = &deepest->forwarded.front();
            ++depth;
        }
        QVERIFY(depth > 0);
        QVERIFY(depth <= Mime::ParseLimits().maxDepth + 1);
        QVERIFY(!deepest->notes.isEmpty()); // "nested too deeply"

        // Decoding them is bounded too: over the limit, the part stays an attachment.
        Mime::ParseLimits small;
        small.maxDecodedPartBytes = 1000;
        const auto bounded = parseMessage(message, received, small);
        QVERIFY(bounded.forwarded.empty());
        QCOMPARE(bounded.attachments.size(), 1);
        QCOMPARE(bounded.attachments.first().fileName, QStringLiteral("message.eml"));
        QVERIFY(bounded.attachments.first().size > 1000);
        QVERIFY(!bounded.notes.isEmpty());
    }

    void blankLinesBeforeHeadersAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("line of spaces") << QByteArray("      \t  \r\n");
        QTest::newRow("several lines, bare LF") << QByteArray(" \n\t\n");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("byte order mark and spaces") << QByteArray("\xEF\xBB\xBF  \r\n");
    }

    void blankLinesBeforeHeadersAreSkipped()
    {
        QFETCH(QByteArray, prefix);
        const QByteArray raw = prefix
            + crlf("From: Name <a@example.test>\nSubject: Hello\nDate: Sun, 16 Mar 2014 15:11:45 "
                   "+0100\n"
                   "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
                   "Hi\n--b\nContent-Type: application/octet-stream; name=f.bin\n"
                   "Content-Transfer-Encoding: base64\n\nAAEC\n--b--\n");
        const auto m = parseMessage(raw, received);
        QCOMPARE(m.subject, QStringLiteral("Hello"));
        QCOMPARE(m.from.size(), 1);
        QCOMPARE(m.from.first().address, QStringLiteral("a@example.test"));
        QVERIFY(!m.dateIsFallback);
        QCOMPARE(m.textBody.trimmed(), QStringLiteral("Hi"));
        QCOMPARE(m.attachments.size(), 1);
        QCOMPARE(Mime::attachmentContent(raw, m.attachments.first().partId),
                 std::optional<QByteArray>(QByteArray("\x00\x01\x02", 3)));
    }

    void datesGMimeMisreadsAreNormalized_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<int>("offset");
        QTest::newRow("fractional seconds, unsigned zone")
            << QByteArray("Tue, 17 Jul 2012 22:23:35.882 0000")
            << QStringLiteral("2012-07-17T22:23:35Z") << 0;
        QTest::newRow("zone straight after the time")
            << QByteArray("01 Jan 2001 00:01+0000") << QStringLiteral("2001-01-01T00:01:00Z") << 0;
        QTest::newRow("lower-case zone name")
            << QByteArray("Tue, 28 May 1996 12:24:23 cst") << QStringLiteral("1996-05-28T18:24:23Z")
            << -6 * 3600;
        QTest::newRow("unsigned zone east of UTC")
            << QByteArray("Mon, 2 Jan 2006 10:20:30 0500") << QStringLiteral("2006-01-02T05:20:30Z")
            << 5 * 3600;
    }

    void datesGMimeMisreadsAreNormalized()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, utc);
        QFETCH(int, offset);
        const auto m = parseMessage(crlf("Date: " + date + "\nSubject: x\n\nbody\n"), received);
        QVERIFY(!m.dateIsFallback);
        QCOMPARE(m.date, QDateTime::fromString(utc, Qt::ISODate));
        QCOMPARE(m.date.offsetFromUtc(), offset);
    }

    void eightBitHeadersUseTheDeclaredCharset()
    {
        // "台湾" in GB2312, raw in Subject and From; the body declares gb2312.
        const auto m = parseMessage(crlf("From: \xcc\xa8\xcd\xe5 <a@example.test>\n"
                                         "Subject: \xcc\xa8\xcd\xe5!\n"
                                         "Content-Type: text/plain; charset=gb2312\n\nx\n"),
                                    received);
        QCOMPARE(m.subject, QStringLiteral("\u53f0\u6e7e!"));
        QCOMPARE(m.from.size(), 1);
        QCOMPARE(m.from.first().name, QStringLiteral("\u53f0\u6e7e"));
        QCOMPARE(m.from.first().address, QStringLiteral("a@example.test"));
        // Declared UTF-8 that the header is not: windows-1252 as before.
        const auto latin = parseMessage(
            crlf("Subject: caf\xe9\nContent-Type: text/plain; charset=utf-8\n\nx\n"), received);
        QCOMPARE(latin.subject, QStringLiteral("caf\u00e9"));
    }

    void uuencodedFilesInTextBecomeAttachments()
    {
        // "#0V%T" is "Cat"; the second part holds a base64 block and a block that does not decode.
        const QByteArray raw =
            crlf("Subject: uu\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
                 "--b\nContent-Type: text/plain\n\n"
                 "Here it is:\n\nbegin 644 cat.txt\n#0V%T\n`\nend\n\nBye\n"
                 "--b\nContent-Type: text/plain\n\n"
                 "begin-base64 600 ab.gif\nYWI=\n====\nbegin 644 bad\n$0V%T\n`\nend\n"
                 "--b--\n");
        const auto m = parseMessage(raw, received);
        QCOMPARE(m.attachments.size(), 2);
        const Mime::AttachmentInfo cat = m.attachments.at(0);
        QCOMPARE(cat.fileName, QStringLiteral("cat.txt"));
        QCOMPARE(cat.mimeType, QStringLiteral("text/plain"));
        QCOMPARE(cat.disposition, QStringLiteral("attachment"));
        QCOMPARE(cat.size, 3);
        QCOMPARE(Mime::attachmentContent(raw, cat.partId), std::optional<QByteArray>("Cat"));
        const Mime::AttachmentInfo gif = m.attachments.at(1);
        QCOMPARE(gif.fileName, QStringLiteral("ab.gif"));
        QCOMPARE(gif.mimeType, QStringLiteral("image/gif"));
        QCOMPARE(gif.size, 2);
        QCOMPARE(Mime::attachmentContent(raw, gif.partId), std::optional<QByteArray>("ab"));
        QCOMPARE(m.textBody,
                 QStringLiteral("Here it is:\n\n\nBye\n\nbegin 644 bad\n$0V%T\n`\nend"));
        QVERIFY(!Mime::attachmentContent(raw, cat.partId + QLatin1Char('9')));
        QVERIFY(!Mime::attachmentContent(raw, QStringLiteral("1.uu0")));
        QVERIFY(!Mime::attachmentContent(raw, QStringLiteral("3.uu1")));
        Mime::ParseLimits small;
        small.maxDecodedPartBytes = 2;
        QVERIFY(!Mime::attachmentContent(raw, cat.partId, small));
    }

    void previewIsOneLine()
    {
        const auto m = parseMessage(crlf("Subject: x\n\n  Hello\n\n  world,\tagain  \n"), received);
        QCOMPARE(m.preview(), QStringLiteral("Hello world, again"));
        QCOMPARE(m.preview(5), QStringLiteral("Hello"));
    }
};

QTEST_GUILESS_MAIN(TestMessageParser)
#include "tst_messageparser.moc"
