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
        const auto m = parseMessage(crlf("From: =?UTF-8?B?SsO8cmdlbg==?= <j@example.test>\n"
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
        QCOMPARE(m.date, QDateTime::fromString(QStringLiteral("2026-11-03T09:20:30Z"), Qt::ISODate));
        QCOMPARE(m.date.offsetFromUtc(), 3600);
        QVERIFY(!m.dateIsFallback);
        QCOMPARE(m.messageId, QByteArray("id1@example.test"));
        QCOMPARE(m.inReplyTo, QByteArray("id0@example.test"));
        QCOMPARE(m.references, (QList<QByteArray>{"a@x", "id0@example.test"}));
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
        const auto m = parseMessage(crlf("Content-Type: text/html\n\n<p>Hello <i>there</i></p>\n"), received);
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
            "Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: text/plain\n\nSee attached.\n"
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

    void inlineImageReferencedByCid()
    {
        const auto m = parseMessage(crlf(
            "Content-Type: multipart/related; boundary=r\n\n--r\nContent-Type: text/html\n\n"
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
        const QByteArray raw = crlf("Subject: Fwd\nContent-Type: multipart/mixed; boundary=f\n\n--f\n"
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
        const auto s = parseMessage(crlf("Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; "
                                         "boundary=s\n\n--s\nContent-Type: text/plain\n\nsigned text\n--s\n"
                                         "Content-Type: application/pgp-signature\n\nSIG\n--s--\n"),
                                    received);
        QVERIFY(s.isSigned);
        QVERIFY(!s.isEncrypted);
        QCOMPARE(s.textBody.trimmed(), QStringLiteral("signed text"));
        QVERIFY(s.attachments.isEmpty());

        const auto e = parseMessage(crlf("Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; "
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
            deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b"
                + QByteArray::number(i) + "\r\n";
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

    void previewIsOneLine()
    {
        const auto m = parseMessage(crlf("Subject: x\n\n  Hello\n\n  world,\tagain  \n"), received);
        QCOMPARE(m.preview(), QStringLiteral("Hello world, again"));
        QCOMPARE(m.preview(5), QStringLiteral("Hello"));
    }
};

QTEST_GUILESS_MAIN(TestMessageParser)
#include "tst_messageparser.moc"
