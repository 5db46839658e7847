#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

#include "mime/attachmentsaver.h"
#include "mime/parsedmessage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTemporaryDir;
class QUrl;

// The attachments of one message: their safe file names (Mime::safeAttachmentFileName) and
// sizes, with Open, Save… and Save all…. Decoding and writing run on a pool thread and never
// overwrite a file (Mime::saveAttachment); results come back as signals. Files that could run
// code (Mime::isPotentiallyExecutable) are opened only after a warning. All methods: GUI thread.
class AttachmentBar final : public QWidget
{
    Q_OBJECT

public:
    // Hands a file to the desktop; QDesktopServices::openUrl unless replaced (tests).
    using Opener = std::function<bool(const QUrl &)>;

    explicit AttachmentBar(QWidget *parent = nullptr);
    ~AttachmentBar() override;

    // Lists the parts of `attachments` that are not inline images, or all of them with
    // `includeInlineImages` (when the body is shown as plain text). `raw` is the message.
    void setAttachments(const QByteArray &raw, const QList<Mime::AttachmentInfo> &attachments,
                        bool includeInlineImages);
    void clear();

    [[nodiscard]] int count() const { return int(m_attachments.size()); }
    [[nodiscard]] Mime::AttachmentInfo attachment(int index) const;
    // The name the attachment is shown and saved under.
    [[nodiscard]] QString displayName(int index) const;
    [[nodiscard]] QStringList displayNames() const;
    [[nodiscard]] int currentIndex() const;

    // Asks before opening a file that could run code, then writes it to a private temporary
    // folder and hands it to the opener; opened() follows.
    void openAttachment(int index);
    // Asks where to save, then saves; saved() follows unless the dialog was cancelled.
    void saveAttachment(int index);
    void saveAll();
    // Save without asking: into `directory`, which must exist. saved() follows.
    void saveAttachmentTo(int index, const QString &directory);
    void saveAllTo(const QString &directory);

    void setOpener(Opener opener);

Q_SIGNALS:
    // One result per attachment written (or not), in order.
    void saved(const QList<Mime::SaveResult> &results);
    // The file written for openAttachment(), and whether the opener accepted it.
    void opened(const Mime::SaveResult &result, bool handedToDesktop);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Decodes `parts` of `raw` and writes them into `directory` on a pool thread.
    void startSave(const QByteArray &raw, const QString &directory,
                   const QList<Mime::AttachmentInfo> &parts, bool forOpening);
    void saveFinished(const QList<Mime::SaveResult> &results);
    void extractAndOpen(const QByteArray &raw, const Mime::AttachmentInfo &part);
    void showContextMenu(const QPoint &position);
    void updateButtons();
    void updateListHeight();

    QByteArray m_raw;
    QList<Mime::AttachmentInfo> m_attachments;
    QString m_lastDirectory;
    Opener m_opener;
    std::unique_ptr<QTemporaryDir> m_openDirectory; // files handed to other applications
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_saveAllButton = nullptr;
};
