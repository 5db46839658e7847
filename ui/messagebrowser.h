#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

#include "mime/parsedmessage.h"

class QImage;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The body of one message in a QTextBrowser that never loads anything on its own.
//
// - cid: images come from the message's own parts (Mime::attachmentContent on the raw bytes),
//   decoded while the document is laid out when they are small, on a pool thread when larger.
// - data: images (the sanitizer lets through small base64 ones) are decoded from the URL.
// - http and https images are refused until remote content is allowed for the message; then they
//   are fetched asynchronously (no cookies, size- and count-capped) and added to the document as
//   they arrive. Remote style sheets are never loaded. Every other URL is refused.
// - Links are never followed: a click on an http, https or mailto link emits linkActivated() and
//   the window decides what to do.
//
// Every URL the document asks for is recorded in requestedUrls(), so tests can assert on what the
// loader saw. All methods: GUI thread.
class MessageBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    // cid: parts up to this size are decoded synchronously while the document is laid out.
    static constexpr qint64 MaxSyncInlineImageBytes = 1024 * 1024;
    // Larger cid: parts are decoded on a pool thread up to this size and not shown beyond it.
    static constexpr qint64 MaxInlineImageBytes = 32 * 1024 * 1024;
    static constexpr qint64 MaxRemoteImageBytes = 5 * 1024 * 1024;
    static constexpr int MaxRemoteImages = 100; // network requests per message
    static constexpr int RemoteTimeoutMs = 30'000;
    static constexpr qsizetype MaxRecordedUrls = 2000;

    explicit MessageBrowser(QWidget *parent = nullptr);
    ~MessageBrowser() override;

    // Shows `safeHtml` (from Mime::sanitizeHtml). `raw` and `parts` serve its cid: URLs.
    void setMessageHtml(const QString &safeHtml, const QByteArray &raw,
                        const QList<Mime::AttachmentInfo> &parts, bool remoteContentAllowed);
    // Shows plain text; http, https and mailto URLs in it become links (never fetched).
    void setMessageText(const QString &text);
    // Empties the view and cancels every pending fetch or decode.
    void clearMessage();

    [[nodiscard]] bool remoteContentAllowed() const { return m_remoteAllowed; }
    // Every URL the document asked for since the last setMessage*/clearMessage, in order, once
    // each (data: URLs shortened to their first characters).
    [[nodiscard]] QList<QUrl> requestedUrls() const { return m_requestedUrls; }
    // The URLs a network request was started for since the last setMessage*/clearMessage.
    [[nodiscard]] QList<QUrl> remoteRequests() const { return m_remoteRequests; }

    // Replaces the manager used for remote images (not owned; it must outlive this browser or
    // be replaced before it goes). Without one, a private manager is created on first use.
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    // The HTML setMessageText() shows for `text`: escaped, with links, line breaks kept.
    [[nodiscard]] static QString plainTextToHtml(const QString &text);

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // The user clicked an http, https or mailto link.
    void linkActivated(const QUrl &url);
    // The pointer moved onto a link (or off it: empty url).
    void linkHovered(const QUrl &url);
    // An image that arrived after the document was shown (remote or large cid:) was added.
    void imageLoaded(const QUrl &url);

private:
    void resetDocument();
    void recordRequest(const QUrl &url);
    [[nodiscard]] QVariant inlineImage(const QUrl &url);
    void startRemoteFetch(const QUrl &url);
    void decodeLater(const QUrl &url, std::function<QByteArray()> produceBytes, qint64 maxBytes);
    void scheduleRelayout();
    void abortPendingWork();
    [[nodiscard]] QNetworkAccessManager *network();

    QByteArray m_raw;
    QString m_html; // what the document shows, for parsing again when backgrounds arrive
    bool m_inSetHtml = false;
    bool m_reparseNeeded = false;
    QHash<QString, Mime::AttachmentInfo> m_inlineParts; // content id -> part
    bool m_remoteAllowed = false;
    quint64 m_generation = 0; // bumped per message; late results of an older one are dropped
    QList<QUrl> m_requestedUrls;
    QSet<QUrl> m_requestedSet;
    QList<QUrl> m_remoteRequests;
    QSet<QUrl> m_parseTimeUrls; // asked for while the HTML was parsed (CSS backgrounds)
    QSet<QUrl> m_startedImages; // fetched or decoded asynchronously (once per message)
    QList<QPointer<QNetworkReply>> m_replies;
    QPointer<QNetworkAccessManager> m_network;
    QNetworkAccessManager *m_ownNetwork = nullptr;
    QTimer *m_relayoutTimer = nullptr;
};
