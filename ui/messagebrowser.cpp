#include "messagebrowser.h"

#include <memory>
#include <utility>

#include <QBuffer>
#include <QFutureWatcher>
#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimer>

#include "backgroundtask.h"
#include "mime/messageparser.h"
#include "uilogging.h"

namespace {

constexpr qint64 MaxImagePixels = 40'000'000; // about 160 MB decoded; larger images are not shown
constexpr qsizetype MaxRecordedDataUrl = 64; // data: URLs are recorded by their first characters
constexpr int DocumentMargin = 10; // pixels around the body, as around the header

// Decodes image bytes from the message or the network. Any thread.
QImage decodeImage(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxImagePixels)
        return {};
    return reader.read();
}

[[nodiscard]] bool isRemoteScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

} // namespace

MessageBrowser::MessageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("messageBrowser"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    m_relayoutTimer = new QTimer(this);
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(50);
    connect(m_relayoutTimer, &QTimer::timeout, this, [this] {
        if (m_reparseNeeded) {
            // CSS backgrounds are resolved while the HTML is parsed: parse again (the arrived
            // images are document resources now and survive setHtml()), keeping the position.
            m_reparseNeeded = false;
            const int position = verticalScrollBar()->value();
            m_inSetHtml = true;
            setHtml(m_html);
            m_inSetHtml = false;
            verticalScrollBar()->setValue(position);
            return;
        }
        document()->markContentsDirty(0, document()->characterCount());
    });
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (isRemoteScheme(scheme) || scheme == QLatin1String("mailto"))
            Q_EMIT linkActivated(url);
    });
    connect(this, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        // Where a link really goes, whatever its text says.
        setToolTip(url.isEmpty() ? QString() : url.toDisplayString());
        Q_EMIT linkHovered(url);
    });
}

MessageBrowser::~MessageBrowser()
{
    abortPendingWork();
}

void MessageBrowser::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_network = manager;
}

void MessageBrowser::setMessageHtml(const QString &safeHtml, const QByteArray &raw,
                                    const QList<Mime::AttachmentInfo> &parts,
                                    bool remoteContentAllowed)
{
    resetDocument();
    m_raw = raw;
    for (const Mime::AttachmentInfo &part : parts) {
        if (!part.contentId.isEmpty() && !m_inlineParts.contains(part.contentId))
            m_inlineParts.insert(part.contentId, part);
    }
    m_remoteAllowed = remoteContentAllowed;
    m_html = safeHtml;
    m_inSetHtml = true;
    setHtml(safeHtml);
    m_inSetHtml = false;
}

void MessageBrowser::setMessageText(const QString &text)
{
    resetDocument();
    m_html = plainTextToHtml(text);
    m_inSetHtml = true;
    setHtml(m_html);
    m_inSetHtml = false;
}

void MessageBrowser::clearMessage()
{
    resetDocument();
}

void MessageBrowser::resetDocument()
{
    abortPendingWork();
    ++m_generation;
    m_relayoutTimer->stop();
    m_reparseNeeded = false;
    m_raw.clear();
    m_html.clear();
    m_inlineParts.clear();
    m_remoteAllowed = false;
    m_requestedUrls.clear();
    m_requestedSet.clear();
    m_parseTimeUrls.clear();
    m_remoteRequests.clear();
    m_startedImages.clear();
    setToolTip(QString());
    // clear() also drops the document's resources and its cache of loaded ones, so that a cid:
    // URL of the previous message never shows in this one.
    document()->clear();
    document()->setDocumentMargin(DocumentMargin);
}

void MessageBrowser::abortPendingWork()
{
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->deleteLater(); // cancels the request if it is still running
    }
}

void MessageBrowser::recordRequest(const QUrl &url)
{
    if (url.isEmpty() || m_requestedUrls.size() >= MaxRecordedUrls)
        return;
    QUrl recorded = url;
    if (url.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0) {
        recorded =
            QUrl(url.toString(QUrl::FullyEncoded).left(MaxRecordedDataUrl), QUrl::TolerantMode);
    }
    if (m_requestedSet.contains(recorded))
        return;
    m_requestedSet.insert(recorded);
    m_requestedUrls.append(recorded);
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    if (name.isEmpty() && type == QTextDocument::ImageResource) {
        // A blocked image (the sanitizer keeps it without a source, with its size): show an
        // empty space, not Qt's "broken image" icon.
        QImage blank(1, 1, QImage::Format_ARGB32_Premultiplied);
        blank.fill(Qt::transparent);
        return blank;
    }
    recordRequest(name);
    if (m_inSetHtml)
        m_parseTimeUrls.insert(name);
    const QString scheme = name.scheme().toLower();
    if (scheme.isEmpty()) {
        // A non-null answer keeps QTextDocument from trying the name as a local file.
        return QVariant(QByteArray());
    }
    if (type != QTextDocument::ImageResource)
        return {}; // style sheets and anything else: never loaded
    if (scheme == QLatin1String("cid"))
        return inlineImage(name);
    if (scheme == QLatin1String("data")) {
        const QString encoded = name.toString(QUrl::FullyEncoded);
        const qsizetype comma = encoded.indexOf(u',');
        if (comma < 0 || encoded.size() > 2 * MaxSyncInlineImageBytes
            || !QStringView(encoded).left(comma).endsWith(QLatin1String(";base64"),
                                                          Qt::CaseInsensitive))
            return {};
        const QImage image =
            decodeImage(QByteArray::fromBase64(QStringView(encoded).sliced(comma + 1).toLatin1()));
        return image.isNull() ? QVariant() : QVariant(image);
    }
    if (isRemoteScheme(scheme) && m_remoteAllowed)
        startRemoteFetch(name);
    return {};
}

QVariant MessageBrowser::inlineImage(const QUrl &url)
{
    const QString contentId = url.path();
    auto part = m_inlineParts.constFind(contentId);
    if (part == m_inlineParts.constEnd()) {
        // Content-IDs are case-sensitive, but some mailers change the case in the HTML.
        for (auto it = m_inlineParts.constBegin(); it != m_inlineParts.constEnd(); ++it) {
            if (it.key().compare(contentId, Qt::CaseInsensitive) == 0) {
                part = it;
                break;
            }
        }
    }
    if (part == m_inlineParts.constEnd() || part->size > MaxInlineImageBytes)
        return {};
    if (part->size <= MaxSyncInlineImageBytes) {
        const QImage image =
            decodeImage(Mime::attachmentContent(m_raw, part->partId).value_or(QByteArray()));
        return image.isNull() ? QVariant() : QVariant(image);
    }
    if (!m_startedImages.contains(url)) {
        m_startedImages.insert(url);
        decodeLater(
            url,
            [raw = m_raw, partId = part->partId] {
                return Mime::attachmentContent(raw, partId).value_or(QByteArray());
            },
            MaxInlineImageBytes);
    }
    return {};
}

void MessageBrowser::startRemoteFetch(const QUrl &url)
{
    if (m_startedImages.contains(url) || m_remoteRequests.size() >= MaxRemoteImages)
        return;
    m_startedImages.insert(url);
    m_remoteRequests.append(url);

    QNetworkRequest request(url);
    // No cookies either way: a tracking pixel learns no more than that the message was opened.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(RemoteTimeoutMs);
    request.setRawHeader("Accept", "image/*");
    QNetworkReply *reply = network()->get(request);
    m_replies.append(reply);
    qCDebug(lcUi) << "fetching remote image" << url.host();

    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64 total) {
        if (received > MaxRemoteImageBytes || total > MaxRemoteImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, generation = m_generation] {
        m_replies.removeOne(reply);
        reply->deleteLater();
        if (generation != m_generation || reply->error() != QNetworkReply::NoError)
            return;
        const QByteArray bytes = reply->read(MaxRemoteImageBytes + 1);
        decodeLater(
            url, [bytes] { return bytes; }, MaxRemoteImageBytes);
    });
}

void MessageBrowser::decodeLater(const QUrl &url, std::function<QByteArray()> produceBytes,
                                 qint64 maxBytes)
{
    auto promise = std::make_shared<QPromise<QImage>>();
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, url, generation = m_generation] {
                watcher->deleteLater();
                const QFuture<QImage> future = watcher->future();
                if (generation != m_generation || future.resultCount() == 0)
                    return;
                const QImage image = future.result();
                if (image.isNull())
                    return;
                document()->addResource(QTextDocument::ImageResource, url, image);
                if (m_parseTimeUrls.contains(url))
                    m_reparseNeeded = true;
                scheduleRelayout();
                Q_EMIT imageLoaded(url);
            });
    watcher->setFuture(promise->future());
    runInBackground([promise, produce = std::move(produceBytes), maxBytes] {
        promise->start();
        const QByteArray bytes = produce();
        promise->addResult(bytes.size() <= maxBytes ? decodeImage(bytes) : QImage());
        promise->finish();
    });
}

void MessageBrowser::scheduleRelayout()
{
    if (!m_relayoutTimer->isActive())
        m_relayoutTimer->start();
}

QNetworkAccessManager *MessageBrowser::network()
{
    if (!m_network) {
        if (!m_ownNetwork) {
            m_ownNetwork = new QNetworkAccessManager(this);
            m_ownNetwork->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
            m_ownNetwork->setTransferTimeout(RemoteTimeoutMs);
        }
        m_network = m_ownNetwork;
    }
    return m_network;
}

QString MessageBrowser::plainTextToHtml(const QString &text)
{
    static const QRegularExpression link(QStringLiteral(R"((?:https?://|mailto:)[^\s<>"]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    html.reserve(text.size() + text.size() / 8 + 64);
    qsizetype position = 0;
    QRegularExpressionMatchIterator it = link.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString target = match.captured();
        // Punctuation after a URL usually ends the sentence; a ")" belongs to it when it has
        // a matching "(" ("https://en.wikipedia.org/wiki/Foo_(bar)").
        while (!target.isEmpty()) {
            const QChar last = target.back();
            if (QStringLiteral(".,;:!?'*]}").contains(last)
                || (last == u')' && target.count(u'(') < target.count(u')')))
                target.chop(1);
            else
                break;
        }
        const QUrl url(target, QUrl::StrictMode);
        if (!url.isValid() || (url.host().isEmpty() && url.scheme() != QLatin1String("mailto")))
            continue;
        html += text.mid(position, match.capturedStart() - position).toHtmlEscaped();
        html += QStringLiteral("<a href=\"") + url.toString(QUrl::FullyEncoded).toHtmlEscaped()
            + QStringLiteral("\">") + target.toHtmlEscaped() + QStringLiteral("</a>");
        position = match.capturedStart() + target.size();
    }
    html += text.mid(position).toHtmlEscaped();
    html += QStringLiteral("</div>");
    return html;
}
