#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QToolButton>

#include "attachmentbar.h"
#include "messagebrowser.h"
#include "messagesourcedialog.h"
#include "mime/messageparser.h"
#include "readingpane.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Counts every request that reaches the network layer, then lets it fail as it would.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<QUrl> urls;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        urls.append(request.url());
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }
};

// A one-page HTTP server on loopback: serves `bodies` by path, closes after each reply.
class TinyHttpServer final : public QTcpServer
{
public:
    QHash<QByteArray, QByteArray> bodies;
    QList<QByteArray> paths;

    TinyHttpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    const QByteArray path = request.split(' ').value(1);
                    paths.append(path);
                    const QByteArray body = bodies.value(path);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                  + QByteArray::number(body.size())
                                  + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

Mime::ParsedMessage parse(const QByteArray &raw)
{
    return Mime::parseMessage(raw, QDateTime::currentDateTimeUtc());
}

Store::MessageSummary summaryOf(const Mime::ParsedMessage &parsed)
{
    Store::MessageSummary summary;
    summary.id = 7;
    summary.subject = parsed.subject;
    summary.date = parsed.date;
    return summary;
}

void show(ReadingPane &pane, const QByteArray &raw)
{
    pane.showMessage(summaryOf(parse(raw)), raw, parse(raw));
}

QByteArray pngBytes(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool hasRemoteUrl(const QList<QUrl> &urls)
{
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.scheme() == u"http" || url.scheme() == u"https";
    });
}

const QByteArray PlainMessage =
    crlf("From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.org>\n"
         "To: Alice Example <alice@example.com>, bob@example.net\n"
         "Cc: \"Carol, C.\" <carol@example.com>\n"
         "Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?=\n"
         "Date: Tue, 04 Mar 2025 10:15:00 +0100\n"
         "Message-ID: <plain@example.org>\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "\n"
         "Hello, see https://example.org/a_(b). Thanks!\n");

const QByteArray RemoteMessage =
    crlf("From: Tracker <news@tracker.example>\n"
         "To: alice@example.com\n"
         "Subject: Newsletter\n"
         "Date: Tue, 04 Mar 2025 10:15:00 +0100\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/html; charset=utf-8\n"
         "\n"
         "<html><body><p>Big news</p>\n"
         "<img src=\"http://127.0.0.1:9/p.gif\" width=\"1\" height=\"1\" alt=\"\">\n"
         "<div style=\"background: url(https://127.0.0.1:9/bg.png)\">More news</div>\n"
         "</body></html>\n");

const QByteArray AlternativeMessage = crlf("From: sender@example.org\n"
                                           "To: alice@example.com\n"
                                           "Subject: Two versions\n"
                                           "Date: Tue, 04 Mar 2025 10:15:00 +0100\n"
                                           "MIME-Version: 1.0\n"
                                           "Content-Type: multipart/alternative; boundary=\"b1\"\n"
                                           "\n"
                                           "--b1\n"
                                           "Content-Type: text/plain; charset=utf-8\n"
                                           "\n"
                                           "The plain version.\n"
                                           "--b1\n"
                                           "Content-Type: text/html; charset=utf-8\n"
                                           "\n"
                                           "<p>The <b>formatted</b> version.</p>\n"
                                           "--b1--\n");

QByteArray relatedMessage(const QByteArray &png)
{
    return crlf("From: sender@example.org\n"
                "To: alice@example.com\n"
                "Subject: Logo\n"
                "Date: Tue, 04 Mar 2025 10:15:00 +0100\n"
                "MIME-Version: 1.0\n"
                "Content-Type: multipart/related; boundary=\"r1\"\n"
                "\n"
                "--r1\n"
                "Content-Type: text/html; charset=utf-8\n"
                "\n"
                "<p>Our logo: <img src=\"cid:logo@example.org\"></p>\n"
                "--r1\n"
                "Content-Type: image/png\n"
                "Content-Transfer-Encoding: base64\n"
                "Content-ID: <logo@example.org>\n"
                "Content-Disposition: inline\n"
                "\n"
                + png.toBase64()
                + "\n"
                  "--r1--\n");
}

const QByteArray PasswdBytes = "root:x:0:0:root:/root:/bin/sh\n"_ba;
const QByteArray ExeBytes = "MZ\x90\x00\x03\x00\x00\x00 not really a program"_ba;

QByteArray attachmentMessage()
{
    return crlf("From: sender@example.org\n"
                "To: alice@example.com\n"
                "Subject: Files\n"
                "Date: Tue, 04 Mar 2025 10:15:00 +0100\n"
                "MIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=\"m1\"\n"
                "\n"
                "--m1\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "\n"
                "Two files.\n"
                "--m1\n"
                "Content-Type: text/plain\n"
                "Content-Transfer-Encoding: base64\n"
                "Content-Disposition: attachment; filename=\"../../etc/passwd\"\n"
                "\n"
                + PasswdBytes.toBase64()
                + "\n"
                  "--m1\n"
                  "Content-Type: application/octet-stream\n"
                  "Content-Transfer-Encoding: base64\n"
                  "Content-Disposition: attachment; filename=\"invoice.pdf.exe\"\n"
                  "\n"
                + ExeBytes.toBase64()
                + "\n"
                  "--m1--\n");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReadingPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerShowsDecodedFields()
    {
        ReadingPane pane;
        show(pane, PlainMessage);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        const auto *subject = pane.findChild<QLabel *>(u"subjectLabel"_s);
        const auto *from = pane.findChild<QLabel *>(u"fromLabel"_s);
        const auto *to = pane.findChild<QLabel *>(u"toLabel"_s);
        const auto *cc = pane.findChild<QLabel *>(u"ccLabel"_s);
        const auto *date = pane.findChild<QLabel *>(u"dateLabel"_s);
        QVERIFY(subject && from && to && cc && date);
        QCOMPARE(subject->text(), u"Grüße aus Köln"_s);
        QVERIFY2(from->text().contains(u"Jürgen Müller"_s), qPrintable(from->text()));
        QVERIFY(from->text().contains(u"juergen@example.org"_s));
        QVERIFY(to->text().contains(u"Alice Example"_s));
        QVERIFY(to->text().contains(u"alice@example.com"_s));
        QVERIFY(to->text().contains(u"bob@example.net"_s));
        QVERIFY(cc->text().contains(u"Carol, C."_s));
        QVERIFY(cc->isVisible());
        QVERIFY(date->text().contains(u"2025"_s));
        QVERIFY(pane.viewSourceAction()->isEnabled());

        // Without a Cc header the row goes.
        QByteArray noCc = PlainMessage;
        noCc.replace("Cc: \"Carol, C.\" <carol@example.com>\r\n", "");
        show(pane, noCc);
        QVERIFY(!cc->isVisible());
        QVERIFY(from->isVisible());
    }

    void headerIsNotInterpretedAsHtml()
    {
        ReadingPane pane;
        show(pane, crlf("From: \"<b>Boss</b>\" <boss@example.org>\nSubject: <img src=x>\n\nx\n"));
        const auto *subject = pane.findChild<QLabel *>(u"subjectLabel"_s);
        const auto *from = pane.findChild<QLabel *>(u"fromLabel"_s);
        QCOMPARE(subject->textFormat(), Qt::PlainText);
        QCOMPARE(subject->text(), u"<img src=x>"_s);
        QVERIFY(from->text().contains(u"&lt;b&gt;Boss&lt;/b&gt;"_s));
        QVERIFY(!from->text().contains(u"<b>"_s));
    }

    void addressCanBeCopied()
    {
        ReadingPane pane;
        show(pane, PlainMessage);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *to = pane.findChild<QLabel *>(u"toLabel"_s);
        QGuiApplication::clipboard()->setText(u"before"_s);

        bool triggered = false;
        auto *poll = new QTimer(&pane);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, &pane, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll->stop();
            if (auto *copy = menu->findChild<QAction *>(u"actionCopyNameAndAddress"_s)) {
                copy->trigger();
                triggered = true;
            }
            menu->close();
        });
        poll->start();
        // Links are numbered across the rows: #a0 is the sender, #a1 the first recipient.
        Q_EMIT to->linkActivated(u"#a1"_s);
        QVERIFY(triggered);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Alice Example <alice@example.com>"_s);
    }

    void remoteImagesBlockedUntilLoad()
    {
        CountingNetwork network;
        ReadingPane pane;
        pane.browser()->setNetworkAccessManager(&network);
        pane.resize(600, 400);
        show(pane, RemoteMessage);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        (void)pane.browser()->document()->size(); // lay the whole document out
        QCoreApplication::processEvents();

        const auto *bar = pane.findChild<QWidget *>(u"remoteBar"_s);
        const auto *label = pane.findChild<QLabel *>(u"remoteLabel"_s);
        QVERIFY(bar && label);
        QVERIFY(bar->isVisible());
        QCOMPARE(pane.blockedRemoteCount(), 2);
        QVERIFY2(label->text().startsWith(u"2 remote image"_s), qPrintable(label->text()));
        QVERIFY(pane.browser()->toPlainText().contains(u"Big news"_s));
        QVERIFY(!hasRemoteUrl(pane.browser()->requestedUrls()));
        QVERIFY(pane.browser()->remoteRequests().isEmpty());
        QVERIFY(network.urls.isEmpty());

        // Even when asked directly, the loader refuses before "Load".
        const QUrl pixel(u"http://127.0.0.1:9/p.gif"_s);
        QVERIFY(!pane.browser()->loadResource(QTextDocument::ImageResource, pixel).isValid());
        QVERIFY(network.urls.isEmpty());

        auto *load = pane.findChild<QPushButton *>(u"loadRemoteButton"_s);
        QVERIFY(load);
        load->click();
        QTRY_VERIFY(network.urls.contains(pixel));
        QVERIFY(network.urls.contains(QUrl(u"https://127.0.0.1:9/bg.png"_s)));
        QVERIFY(pane.browser()->requestedUrls().contains(pixel));
        QVERIFY(pane.browser()->remoteRequests().contains(pixel));
        QVERIFY(!bar->isVisible());
        QCOMPARE(pane.blockedRemoteCount(), 0);
        // One request per image, however often the document is laid out again.
        pane.resize(500, 300);
        (void)pane.browser()->document()->size();
        QCOMPARE(network.urls.count(pixel), 1);

        // The next message starts blocked again.
        network.urls.clear();
        QByteArray other = RemoteMessage;
        other.replace("p.gif", "q.gif");
        show(pane, other);
        (void)pane.browser()->document()->size();
        QCoreApplication::processEvents();
        QVERIFY(bar->isVisible());
        QVERIFY(network.urls.isEmpty());
    }

    void remoteImagesArriveAfterLoad()
    {
        TinyHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.bodies.insert("/pixel.png", pngBytes(QSize(8, 2), Qt::green));
        server.bodies.insert("/bg.png", pngBytes(QSize(3, 3), Qt::blue));
        server.bodies.insert("/huge.png", QByteArray(MessageBrowser::MaxRemoteImageBytes + 1, 'x'));
        const QString base = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
        const QByteArray html = "<p>News</p><img src=\"" + base.toUtf8()
            + "/pixel.png\"><img src=\"" + base.toUtf8()
            + "/huge.png\" width=\"5\" height=\"5\"><table><tr><td style=\"background-image: url("
            + base.toUtf8() + "/bg.png)\">cell</td></tr></table>";
        const QByteArray raw = crlf("From: news@example.org\nSubject: News\nMIME-Version: 1.0\n"
                                    "Content-Type: text/html; charset=utf-8\n\n")
            + html + "\r\n";

        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        ReadingPane pane;
        pane.browser()->setNetworkAccessManager(&network);
        pane.resize(600, 400);
        show(pane, raw);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QCOMPARE(pane.blockedRemoteCount(), 3);
        QCoreApplication::processEvents();
        QVERIFY(server.paths.isEmpty());

        QSignalSpy loaded(pane.browser(), &MessageBrowser::imageLoaded);
        pane.loadRemoteContent();
        QTRY_COMPARE(loaded.count(), 2);
        QTRY_COMPARE(server.paths.size(), 3);
        const QTextDocument *document = pane.browser()->document();
        QCOMPARE(document->resource(QTextDocument::ImageResource, QUrl(base + u"/pixel.png"_s))
                     .value<QImage>()
                     .size(),
                 QSize(8, 2));
        QCOMPARE(document->resource(QTextDocument::ImageResource, QUrl(base + u"/bg.png"_s))
                     .value<QImage>()
                     .size(),
                 QSize(3, 3));
        // The CSS background is applied too (the HTML was parsed again once it arrived).
        const auto cellBackground = [&pane] {
            const QList<QTextFrame *> frames =
                pane.browser()->document()->rootFrame()->childFrames();
            for (QTextFrame *frame : frames) {
                if (const auto *table = qobject_cast<QTextTable *>(frame))
                    return table->cellAt(0, 0).format().background().texture().size();
            }
            return QSize();
        };
        QTRY_COMPARE(cellBackground(), QSize(3, 3));
        // Over MaxRemoteImageBytes: dropped, never decoded or shown.
        QVERIFY(document->resource(QTextDocument::ImageResource, QUrl(base + u"/huge.png"_s))
                    .value<QImage>()
                    .isNull());
        QVERIFY(!loaded.contains(QVariantList {QUrl(base + u"/huge.png"_s)}));
    }

    void alwaysForThisSender()
    {
        CountingNetwork network;
        ReadingPane pane;
        pane.browser()->setNetworkAccessManager(&network);
        QSignalSpy always(&pane, &ReadingPane::alwaysLoadRemoteRequested);
        show(pane, RemoteMessage);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *button = pane.findChild<QPushButton *>(u"alwaysLoadRemoteButton"_s);
        QVERIFY(button && button->isVisible());
        button->click();
        QCOMPARE(always.count(), 1);
        QCOMPARE(always.at(0).at(0).toString(), u"news@tracker.example"_s);
        QVERIFY(pane.browser()->remoteContentAllowed());
        QTRY_VERIFY(!network.urls.isEmpty());

        // The next message from that sender loads without asking; others still ask.
        show(pane, RemoteMessage);
        QVERIFY(pane.browser()->remoteContentAllowed());
        QVERIFY(!pane.findChild<QWidget *>(u"remoteBar"_s)->isVisible());
        QByteArray stranger = RemoteMessage;
        stranger.replace("news@tracker.example", "other@tracker.example");
        show(pane, stranger);
        QVERIFY(!pane.browser()->remoteContentAllowed());

        ReadingPane fresh;
        fresh.browser()->setNetworkAccessManager(&network);
        fresh.setAlwaysLoadRemoteFrom({u"NEWS@Tracker.example"_s});
        show(fresh, RemoteMessage);
        QVERIFY(fresh.browser()->remoteContentAllowed());
        QCOMPARE(fresh.blockedRemoteCount(), 0);
    }

    void cidImageComesFromTheMessage()
    {
        CountingNetwork network;
        ReadingPane pane;
        pane.browser()->setNetworkAccessManager(&network);
        show(pane, relatedMessage(pngBytes(QSize(4, 3), Qt::red)));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QUrl logo(u"cid:logo@example.org"_s);
        QTRY_VERIFY(pane.browser()->requestedUrls().contains(logo));
        const QVariant resource =
            pane.browser()->document()->resource(QTextDocument::ImageResource, logo);
        QCOMPARE(resource.value<QImage>().size(), QSize(4, 3));
        QCOMPARE(resource.value<QImage>().pixelColor(0, 0), QColor(Qt::red));
        QCOMPARE(pane.attachmentBar()->count(), 0); // shown inline, not as an attachment
        QVERIFY(!pane.findChild<QWidget *>(u"remoteBar"_s)->isVisible());
        QVERIFY(network.urls.isEmpty());

        // Another message using the same Content-ID gets its own image, not the cached one.
        show(pane, relatedMessage(pngBytes(QSize(5, 6), Qt::blue)));
        (void)pane.browser()->document()->size();
        QTRY_VERIFY(pane.browser()->requestedUrls().contains(logo));
        QCOMPARE(pane.browser()
                     ->document()
                     ->resource(QTextDocument::ImageResource, logo)
                     .value<QImage>()
                     .size(),
                 QSize(5, 6));

        // As plain text, the picture is offered as an attachment instead.
        pane.setShowPlainText(true);
        QCOMPARE(pane.attachmentBar()->count(), 1);
    }

    void largeInlineImageIsDecodedLater()
    {
        // Over MaxSyncInlineImageBytes: decoded on a pool thread, then added to the document.
        const auto noise = [](QSize size, quint32 seed) {
            QImage image(size, QImage::Format_RGB32);
            quint32 state = seed;
            for (int y = 0; y < size.height(); ++y) {
                for (int x = 0; x < size.width(); ++x) {
                    state = state * 1664525u + 1013904223u;
                    image.setPixel(x, y, state >> 8);
                }
            }
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return bytes;
        };
        const QByteArray first = noise(QSize(700, 600), 1);
        const QByteArray second = noise(QSize(600, 700), 2);
        QVERIFY(first.size() > MessageBrowser::MaxSyncInlineImageBytes);
        QVERIFY(second.size() > MessageBrowser::MaxSyncInlineImageBytes);

        ReadingPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QUrl logo(u"cid:logo@example.org"_s);
        const auto shownSize = [&pane, &logo] {
            return pane.browser()
                ->document()
                ->resource(QTextDocument::ImageResource, logo)
                .value<QImage>()
                .size();
        };
        QSignalSpy loaded(pane.browser(), &MessageBrowser::imageLoaded);
        show(pane, relatedMessage(first));
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(shownSize(), QSize(700, 600));

        // The same Content-ID in the next message is that message's picture.
        show(pane, relatedMessage(second));
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(shownSize(), QSize(600, 700));
    }

    void htmlAndPlainTextToggle()
    {
        ReadingPane pane;
        show(pane, AlternativeMessage);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *html = pane.findChild<QToolButton *>(u"htmlButton"_s);
        auto *plain = pane.findChild<QToolButton *>(u"plainTextButton"_s);
        QVERIFY(html && plain);
        QVERIFY(html->isVisible());
        QVERIFY(html->isChecked());
        QVERIFY(!pane.isShowingPlainText());
        QVERIFY(pane.browser()->toPlainText().contains(u"The formatted version."_s));

        plain->click();
        QVERIFY(pane.isShowingPlainText());
        QVERIFY(plain->isChecked());
        QVERIFY(pane.browser()->toPlainText().contains(u"The plain version."_s));
        QVERIFY(!pane.browser()->toPlainText().contains(u"formatted"_s));

        html->click();
        QVERIFY(!pane.isShowingPlainText());
        QVERIFY(pane.browser()->toPlainText().contains(u"The formatted version."_s));

        pane.setPreferPlainText(true);
        QVERIFY(pane.isShowingPlainText());
        show(pane, AlternativeMessage);
        QVERIFY(pane.isShowingPlainText());
        QVERIFY(plain->isChecked());

        // A message without HTML has nothing to switch.
        show(pane, PlainMessage);
        QVERIFY(!html->isVisible());
        QVERIFY(pane.browser()->toPlainText().contains(u"Hello, see"_s));
    }

    void plainTextLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("href");
        QTest::newRow("sentence") << u"see https://example.org/x. ok"_s
                                  << u"https://example.org/x"_s;
        QTest::newRow("parentheses") << u"(https://en.wikipedia.org/wiki/A_(b))"_s
                                     << u"https://en.wikipedia.org/wiki/A_(b)"_s;
        QTest::newRow("mailto") << u"write to mailto:a@example.org, please"_s
                                << u"mailto:a@example.org"_s;
        QTest::newRow("quote") << u"<a href=\"https://evil.example/\">x</a>"_s
                               << u"https://evil.example/"_s;
        QTest::newRow("no scheme") << u"www.example.org and javascript:alert(1)"_s << QString();
    }

    void plainTextLinks()
    {
        QFETCH(QString, text);
        QFETCH(QString, href);
        QTextDocument document;
        document.setHtml(MessageBrowser::plainTextToHtml(text));
        QCOMPARE(document.toPlainText(), text);
        QStringList hrefs;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isAnchor())
                    hrefs << it.fragment().charFormat().anchorHref();
            }
        }
        QCOMPARE(hrefs, href.isEmpty() ? QStringList() : QStringList {href});
    }

    void linksGoToTheWindow()
    {
        ReadingPane pane;
        show(pane, PlainMessage);
        QSignalSpy links(&pane, &ReadingPane::linkActivated);
        Q_EMIT pane.browser()->anchorClicked(QUrl(u"https://example.org/a_(b)"_s));
        Q_EMIT pane.browser()->anchorClicked(QUrl(u"file:///etc/passwd"_s));
        Q_EMIT pane.browser()->anchorClicked(QUrl(u"javascript:alert(1)"_s));
        Q_EMIT pane.browser()->anchorClicked(QUrl(u"mailto:a@example.org"_s));
        QCOMPARE(links.count(), 2);
        QCOMPARE(links.at(0).at(0).toUrl(), QUrl(u"https://example.org/a_(b)"_s));
        QCOMPARE(links.at(1).at(0).toUrl(), QUrl(u"mailto:a@example.org"_s));
    }

    void attachmentsAreSanitizedAndSaved()
    {
        ReadingPane pane;
        show(pane, attachmentMessage());
        AttachmentBar *bar = pane.attachmentBar();
        QCOMPARE(bar->displayNames(), (QStringList {u"passwd"_s, u"invoice.pdf.exe"_s}));
        const auto *list = bar->findChild<QListWidget *>(u"attachmentList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(u"passwd ("_s));
        QVERIFY(!list->item(0)->text().contains(u".."_s));
        QVERIFY(list->item(0)->toolTip().contains(u"../../etc/passwd"_s));
        QVERIFY(list->item(1)->toolTip().contains(u"could run a program"_s));

        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        {
            QFile existing(directory.filePath(u"passwd"_s));
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("existing");
        }
        QList<Mime::SaveResult> results;
        connect(&pane, &ReadingPane::attachmentsSaved, this,
                [&results](const QList<Mime::SaveResult> &saved) { results = saved; });
        pane.saveAllTo(directory.path());
        QTRY_COMPARE(results.size(), 2);
        QVERIFY2(results.at(0).ok, qPrintable(results.at(0).error));
        QVERIFY2(results.at(1).ok, qPrintable(results.at(1).error));
        QCOMPARE(readFile(directory.filePath(u"passwd"_s)), "existing"_ba);
        QCOMPARE(QFileInfo(results.at(0).path).fileName(), u"passwd (2)"_s);
        QCOMPARE(readFile(results.at(0).path), PasswdBytes);
        QCOMPARE(QFileInfo(results.at(0).path).absolutePath(),
                 QFileInfo(directory.path()).canonicalFilePath());
        QCOMPARE(QFileInfo(results.at(1).path).fileName(), u"invoice.pdf.exe"_s);
        QCOMPARE(readFile(results.at(1).path), ExeBytes);

        // One more time, one file: a third name, the earlier files untouched.
        results.clear();
        pane.saveAttachmentTo(1, directory.path());
        QTRY_COMPARE(results.size(), 1);
        QVERIFY(results.at(0).ok);
        QVERIFY(QFileInfo(results.at(0).path).fileName() != u"invoice.pdf.exe"_s);
        QCOMPARE(readFile(results.at(0).path), ExeBytes);
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files).size(), 4);

        // A folder that does not exist fails with a reason and writes nothing.
        results.clear();
        pane.saveAllTo(directory.filePath(u"missing"_s));
        QTRY_COMPARE(results.size(), 2);
        QVERIFY(!results.at(0).ok);
        QVERIFY(!results.at(0).error.isEmpty());
        if (auto *box = pane.findChild<QMessageBox *>(u"saveErrorBox"_s))
            box->close();
    }

    void executablesAskBeforeOpening()
    {
        ReadingPane pane;
        show(pane, attachmentMessage());
        AttachmentBar *bar = pane.attachmentBar();
        QList<QUrl> opened;
        bar->setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });

        bar->openAttachment(0); // passwd: plain text, opened without asking
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(opened.at(0).isLocalFile());
        QCOMPARE(readFile(opened.at(0).toLocalFile()), PasswdBytes);
        QVERIFY(!pane.findChild<QMessageBox *>(u"executableWarning"_s));

        bar->openAttachment(1); // invoice.pdf.exe: asks first
        auto *warning = pane.findChild<QMessageBox *>(u"executableWarning"_s);
        QVERIFY(warning);
        warning->button(QMessageBox::Cancel)->click();
        QCoreApplication::processEvents();
        QCOMPARE(opened.size(), 1);

        bar->openAttachment(1);
        QTRY_VERIFY(pane.findChild<QMessageBox *>(u"executableWarning"_s));
        warning = pane.findChild<QMessageBox *>(u"executableWarning"_s);
        QAbstractButton *openAnyway = nullptr;
        for (QAbstractButton *button : warning->buttons()) {
            if (warning->buttonRole(button) == QMessageBox::AcceptRole)
                openAnyway = button;
        }
        QVERIFY(openAnyway);
        openAnyway->click();
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(readFile(opened.at(1).toLocalFile()), ExeBytes);
        QVERIFY(!QFileInfo(opened.at(1).toLocalFile()).isExecutable());
    }

    void serverRetentionLine()
    {
        ReadingPane pane;
        show(pane, PlainMessage);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const auto *line = pane.findChild<QLabel *>(u"retentionLabel"_s);
        QVERIFY(line);
        QVERIFY(!line->isVisible());

        const QDateTime leaves = QDateTime::currentDateTime().addDays(5);
        pane.setServerRetention(leaves);
        QVERIFY(line->isVisible());
        QVERIFY2(line->text().startsWith(u"Leaves the server on"_s), qPrintable(line->text()));
        QVERIFY(line->text().contains(QLocale().toString(leaves.date(), QLocale::LongFormat)));

        pane.setServerRetention(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(line->isVisible());
        QVERIFY(line->text().contains(u"next check"_s));

        pane.setServerRetention(std::nullopt);
        QVERIFY(!line->isVisible());

        pane.setServerRetention(leaves);
        show(pane, PlainMessage); // another message: its retention is not known yet
        QVERIFY(!line->isVisible());
    }

    void clearShowsPlaceholder()
    {
        ReadingPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const auto *placeholder = pane.findChild<QLabel *>(u"placeholderLabel"_s);
        QVERIFY(placeholder);
        QVERIFY(placeholder->isVisible());
        QVERIFY(!pane.hasMessage());

        show(pane, attachmentMessage());
        QVERIFY(!placeholder->isVisible());
        QVERIFY(pane.hasMessage());
        QCOMPARE(pane.messageId(), 7);

        pane.clear();
        QVERIFY(placeholder->isVisible());
        QCOMPARE(placeholder->text(), u"No message selected"_s);
        QVERIFY(!pane.hasMessage());
        QVERIFY(!pane.viewSourceAction()->isEnabled());
        QVERIFY(pane.browser()->toPlainText().isEmpty());
        QCOMPARE(pane.attachmentBar()->count(), 0);
    }

    void viewSourceShowsRawMessage()
    {
        ReadingPane pane;
        show(pane, PlainMessage);
        QCOMPARE(pane.viewSourceAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_U));
        pane.viewSourceAction()->trigger();
        auto *dialog = pane.findChild<MessageSourceDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->sourceText(), QString::fromUtf8(PlainMessage).replace(u"\r\n"_s, u"\n"_s));
        QVERIFY(!dialog->isTruncated());
        dialog->close();

        QByteArray large = PlainMessage;
        large.append(QByteArray(3 * 1024 * 1024, 'x'));
        large.append("\xff\xfe");
        MessageSourceDialog big(large, u"Big"_s);
        QVERIFY(big.isTruncated());
        QVERIFY(big.sourceText().size() <= MessageSourceDialog::MaxDisplayBytes);
        QVERIFY(!big.findChild<QLabel *>(u"sourceNote"_s)->text().isEmpty());
    }
};

QTEST_MAIN(TestReadingPane)
#include "tst_readingpane.moc"
