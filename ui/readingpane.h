#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "mime/attachmentsaver.h"
#include "mime/parsedmessage.h"
#include "store/storetypes.h"

class AttachmentBar;
class MessageBrowser;
class QAction;
class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QUrl;

// Shows one message: a header block (subject, From, To, Cc, Date; every address copyable), the
// body as sanitized HTML or as plain text, a bar offering to load blocked remote images, the
// attachments, and "View Source". It parses nothing: the caller passes the message already
// parsed (off the GUI thread). Remote images load only after "Load", or without asking for the
// senders given to setAlwaysLoadRemoteFrom(). All methods: GUI thread.
class ReadingPane final : public QWidget
{
    Q_OBJECT

public:
    // Addresses shown in one header row before a "%n more" link.
    static constexpr int MaxAddressesShown = 30;

    explicit ReadingPane(QWidget *parent = nullptr);
    ~ReadingPane() override;

    // Shows a message. `parsed` is Mime::parseMessage(raw, ...). Resets the server retention
    // line: call setServerRetention() afterwards for messages kept on the server.
    void showMessage(const Store::MessageSummary &summary, const QByteArray &raw,
                     const Mime::ParsedMessage &parsed);
    // Shows the "No message selected" placeholder.
    void clear();
    // Senders (addr-specs, compared case-insensitively) whose remote content loads without asking.
    void setAlwaysLoadRemoteFrom(const QStringList &senderAddresses);
    // Whether messages open as plain text even when they have HTML (default: HTML).
    void setPreferPlainText(bool preferPlainText);
    // When the shown message leaves the server (Sync::leavesServerAt); nullopt hides the line.
    void setServerRetention(std::optional<QDateTime> leavesServerAt);

    // The "Load" button: shows this message's remote images.
    void loadRemoteContent();
    // The HTML / Plain text switch, for this message only.
    void setShowPlainText(bool plainText);
    // Opens the raw message in a MessageSourceDialog (Ctrl+U).
    void viewSource();
    // Save without asking (the attachment bar's buttons ask first); attachmentsSaved() follows.
    void saveAllTo(const QString &directory);
    void saveAttachmentTo(int index, const QString &directory);

    [[nodiscard]] bool hasMessage() const { return m_hasMessage; }
    [[nodiscard]] qint64 messageId() const { return m_hasMessage ? m_summary.id : 0; }
    [[nodiscard]] bool isShowingPlainText() const;
    // Remote resources the shown HTML asks for that were not loaded.
    [[nodiscard]] int blockedRemoteCount() const { return m_blockedCount; }
    [[nodiscard]] MessageBrowser *browser() const { return m_browser; }
    [[nodiscard]] AttachmentBar *attachmentBar() const { return m_attachments; }
    // "View Source" (Ctrl+U), for the window's menu too.
    [[nodiscard]] QAction *viewSourceAction() const { return m_viewSourceAction; }

Q_SIGNALS:
    // The user chose "Always for this sender"; the window should remember it.
    void alwaysLoadRemoteRequested(const QString &senderAddress);
    // The user clicked an http, https or mailto link in the body.
    void linkActivated(const QUrl &url);
    // The pointer is over a link in the body (empty url: no longer), e.g. for the status bar.
    void linkHovered(const QUrl &url);
    void attachmentsSaved(const QList<Mime::SaveResult> &results);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class AddressRow {
        From,
        To,
        Cc,
    };

    QWidget *createHeader();
    QFrame *createRemoteBar();
    [[nodiscard]] QLabel *createAddressLabel(const QString &objectName);
    void fillHeader();
    void fillAddressRow(AddressRow row);
    void renderBody();
    void updateRemoteBar();
    void updateNotes();
    void updateRetention();
    void applyWarningTint();
    void addressLinkActivated(QLabel *label, const QString &link);
    void showAddressContextMenu(QLabel *label, const QPoint &position);
    void showAddressMenu(int addressIndex, const QPoint &globalPosition);
    void alwaysLoadFromSender();
    [[nodiscard]] QString senderAddress() const;
    [[nodiscard]] QString formatDate(const QDateTime &date) const;

    Store::MessageSummary m_summary;
    QByteArray m_raw;
    Mime::ParsedMessage m_parsed;
    bool m_hasMessage = false;
    bool m_preferPlainText = false;
    bool m_showPlainText = false;
    bool m_remoteAllowed = false;
    int m_blockedCount = 0;
    QStringList m_blockedUrls;
    bool m_htmlTruncated = false;
    QSet<QString> m_alwaysLoadFrom; // lower case
    std::optional<QDateTime> m_leavesServerAt;
    QList<Mime::Address> m_addresses; // what the "#a<index>" links in the header refer to
    QSet<int> m_expandedRows; // AddressRow values showing all their addresses
    QString m_hoveredLink;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_subject = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_from = nullptr;
    QLabel *m_to = nullptr;
    QLabel *m_cc = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_retention = nullptr;
    QLabel *m_notes = nullptr;
    QWidget *m_formatSwitch = nullptr;
    QToolButton *m_htmlButton = nullptr;
    QToolButton *m_plainButton = nullptr;
    QToolButton *m_sourceButton = nullptr;
    QFrame *m_remoteBar = nullptr;
    QLabel *m_remoteLabel = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_alwaysButton = nullptr;
    MessageBrowser *m_browser = nullptr;
    QFrame *m_attachmentSeparator = nullptr;
    AttachmentBar *m_attachments = nullptr;
    QAction *m_viewSourceAction = nullptr;
};
