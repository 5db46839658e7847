#include "attachmentbar.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPromise>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

#include "backgroundtask.h"
#include "mime/attachmentname.h"
#include "mime/messageparser.h"
#include "uilogging.h"

namespace {

constexpr int MaxVisibleRows = 3; // the list scrolls beyond this

// Decodes one part from the message and writes it. Worker thread.
Mime::SaveResult savePart(const QByteArray &raw, const QString &directory,
                          const Mime::AttachmentInfo &part)
{
    const std::optional<QByteArray> data = Mime::attachmentContent(raw, part.partId);
    if (!data) {
        return Mime::SaveResult {
            false, QString(),
            QCoreApplication::translate("AttachmentBar",
                                        "The attachment could not be read from the message.")};
    }
    return Mime::saveAttachment(directory, part.fileName, part.mimeType, *data);
}

QIcon iconFor(const Mime::AttachmentInfo &part, const QStyle *style)
{
    static const QMimeDatabase database;
    const QMimeType type = database.mimeTypeForName(part.mimeType);
    const QIcon fallback = style->standardIcon(QStyle::SP_FileIcon);
    if (!type.isValid())
        return fallback;
    return QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback));
}

} // namespace

AttachmentBar::AttachmentBar(QWidget *parent)
    : QWidget(parent)
    , m_lastDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("attachmentBar"));
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QDir::homePath();

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("attachmentTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("attachmentStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_openButton = new QPushButton(tr("O&pen"), this);
    m_openButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_saveButton = new QPushButton(tr("Sa&ve\u2026"), this);
    m_saveButton->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_saveAllButton = new QPushButton(tr("Save &All\u2026"), this);
    m_saveAllButton->setObjectName(QStringLiteral("saveAllAttachmentsButton"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAccessibleName(tr("Attachments"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title);
    top->addWidget(m_status, 1);
    top->addWidget(m_openButton);
    top->addWidget(m_saveButton);
    top->addWidget(m_saveAllButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_list);

    setTabOrder(m_list, m_openButton);
    setTabOrder(m_openButton, m_saveButton);
    setTabOrder(m_saveButton, m_saveAllButton);

    connect(m_openButton, &QPushButton::clicked, this, [this] { openAttachment(currentIndex()); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveAttachment(currentIndex()); });
    connect(m_saveAllButton, &QPushButton::clicked, this, &AttachmentBar::saveAll);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openAttachment(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentBar::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, &AttachmentBar::showContextMenu);
    updateButtons();
}

AttachmentBar::~AttachmentBar() = default;

void AttachmentBar::setAttachments(const QByteArray &raw,
                                   const QList<Mime::AttachmentInfo> &attachments,
                                   bool includeInlineImages)
{
    clear();
    m_raw = raw;
    const QLocale locale;
    for (const Mime::AttachmentInfo &part : attachments) {
        if (part.isInlineImage && !includeInlineImages)
            continue;
        m_attachments.append(part);
        const QString name = Mime::safeAttachmentFileName(part.fileName, part.mimeType);
        auto *item = new QListWidgetItem(
            iconFor(part, style()),
            tr("%1 (%2)").arg(name,
                              locale.formattedDataSize(part.size, 1, QLocale::DataSizeSIFormat)),
            m_list);
        QStringList tip;
        tip << name;
        if (!part.fileName.isEmpty() && part.fileName != name)
            tip << tr("Named in the message: %1").arg(part.fileName);
        tip << (part.mimeType.isEmpty() ? tr("Unknown type") : part.mimeType);
        if (Mime::isPotentiallyExecutable(part.fileName, part.mimeType))
            tip << tr("Opening this file could run a program.");
        item->setToolTip(tip.join(u'\n'));
    }
    m_title->setText(tr("%n attachment(s)", nullptr, count()));
    if (count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
    updateListHeight();
}

void AttachmentBar::clear()
{
    m_raw.clear();
    m_attachments.clear();
    m_list->clear();
    m_status->clear();
    m_title->clear();
    updateButtons();
}

Mime::AttachmentInfo AttachmentBar::attachment(int index) const
{
    return m_attachments.value(index);
}

QString AttachmentBar::displayName(int index) const
{
    if (index < 0 || index >= count())
        return {};
    const Mime::AttachmentInfo &part = m_attachments.at(index);
    return Mime::safeAttachmentFileName(part.fileName, part.mimeType);
}

QStringList AttachmentBar::displayNames() const
{
    QStringList names;
    for (int i = 0; i < count(); ++i)
        names << displayName(i);
    return names;
}

int AttachmentBar::currentIndex() const
{
    return m_list->currentRow();
}

void AttachmentBar::setOpener(Opener opener)
{
    m_opener = std::move(opener);
}

void AttachmentBar::openAttachment(int index)
{
    if (index < 0 || index >= count())
        return;
    const Mime::AttachmentInfo part = m_attachments.at(index);
    if (!Mime::isPotentiallyExecutable(part.fileName, part.mimeType)) {
        extractAndOpen(m_raw, part);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Open Attachment"),
        tr("\u201c%1\u201d could run a program on your computer.").arg(displayName(index)),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("executableWarning"));
    box->setInformativeText(tr("Open it only if you trust the sender and expected this file. "
                               "Saving it is safer than opening it."));
    QPushButton *openAnyway = box->addButton(tr("Open Anyway"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, openAnyway, raw = m_raw, part](QAbstractButton *button) {
                if (button == openAnyway)
                    extractAndOpen(raw, part);
            });
    box->open();
}

void AttachmentBar::extractAndOpen(const QByteArray &raw, const Mime::AttachmentInfo &part)
{
    if (!m_openDirectory) {
        m_openDirectory = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/satchel-attachments-XXXXXX"));
    }
    if (!m_openDirectory->isValid()) {
        saveFinished({Mime::SaveResult {false, QString(),
                                        tr("No temporary folder could be created to open the "
                                           "attachment.")}});
        return;
    }
    startSave(raw, m_openDirectory->path(), {part}, true);
}

void AttachmentBar::saveAttachment(int index)
{
    if (index < 0 || index >= count())
        return;
    Mime::AttachmentInfo part = m_attachments.at(index);
    const QByteArray raw = m_raw;
    // Never overwrites: a name that is taken gets " (2)" and the status line says so.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Attachment"), QDir(m_lastDirectory).filePath(displayName(index)), QString(),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QFileInfo chosen(path);
    m_lastDirectory = chosen.absolutePath();
    part.fileName = chosen.fileName();
    startSave(raw, m_lastDirectory, {part}, false);
}

void AttachmentBar::saveAll()
{
    if (count() == 0)
        return;
    const QList<Mime::AttachmentInfo> parts = m_attachments;
    const QByteArray raw = m_raw;
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Save All Attachments"), m_lastDirectory);
    if (directory.isEmpty())
        return;
    m_lastDirectory = directory;
    startSave(raw, directory, parts, false);
}

void AttachmentBar::saveAttachmentTo(int index, const QString &directory)
{
    if (index < 0 || index >= count())
        return;
    startSave(m_raw, directory, {m_attachments.at(index)}, false);
}

void AttachmentBar::saveAllTo(const QString &directory)
{
    if (count() == 0)
        return;
    startSave(m_raw, directory, m_attachments, false);
}

void AttachmentBar::startSave(const QByteArray &raw, const QString &directory,
                              const QList<Mime::AttachmentInfo> &parts, bool forOpening)
{
    using Results = QList<Mime::SaveResult>;
    auto promise = std::make_shared<QPromise<Results>>();
    auto *watcher = new QFutureWatcher<Results>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, forOpening] {
        watcher->deleteLater();
        const QFuture<Results> future = watcher->future();
        const Results results = future.resultCount() > 0 ? future.result() : Results();
        if (!forOpening) {
            saveFinished(results);
            return;
        }
        const Mime::SaveResult result = results.value(0);
        bool handed = false;
        if (result.ok) {
            handed = m_opener && m_opener(QUrl::fromLocalFile(result.path));
            if (!handed)
                m_status->setText(tr("No application could open \u201c%1\u201d.")
                                      .arg(QFileInfo(result.path).fileName()));
        } else {
            saveFinished(results);
        }
        Q_EMIT opened(result, handed);
    });
    watcher->setFuture(promise->future());
    m_status->setText(forOpening ? tr("Opening\u2026") : tr("Saving\u2026"));
    runInBackground([promise, raw, directory, parts] {
        promise->start();
        Results results;
        results.reserve(parts.size());
        for (const Mime::AttachmentInfo &part : parts)
            results.append(savePart(raw, directory, part));
        promise->addResult(results);
        promise->finish();
    });
}

void AttachmentBar::saveFinished(const QList<Mime::SaveResult> &results)
{
    QStringList errors;
    QStringList paths;
    for (const Mime::SaveResult &result : results) {
        if (result.ok)
            paths << QDir::toNativeSeparators(result.path);
        else
            errors << result.error;
    }
    if (paths.size() == 1)
        m_status->setText(tr("Saved as %1").arg(paths.constFirst()));
    else if (!paths.isEmpty())
        m_status->setText(tr("Saved %n file(s) in %1", nullptr, int(paths.size()))
                              .arg(QFileInfo(paths.constFirst()).absolutePath()));
    else
        m_status->clear();
    m_status->setToolTip(paths.join(u'\n'));
    if (!errors.isEmpty()) {
        qCWarning(lcUi) << "saving attachments failed:" << errors;
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Save Attachments"),
                            tr("%n attachment(s) could not be saved.", nullptr, int(errors.size())),
                            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("saveErrorBox"));
        errors.removeDuplicates();
        box->setInformativeText(errors.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT saved(results);
}

void AttachmentBar::showContextMenu(const QPoint &position)
{
    const int index = m_list->indexAt(position).row();
    QMenu menu(this);
    if (index >= 0) {
        m_list->setCurrentRow(index);
        menu.addAction(tr("O&pen"), this, [this, index] { openAttachment(index); });
        menu.addAction(tr("Sa&ve\u2026"), this, [this, index] { saveAttachment(index); });
        menu.addSeparator();
    }
    menu.addAction(tr("Save &All\u2026"), this, &AttachmentBar::saveAll);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void AttachmentBar::updateButtons()
{
    const bool current = currentIndex() >= 0 && currentIndex() < count();
    m_openButton->setEnabled(current);
    m_saveButton->setEnabled(current);
    m_saveAllButton->setEnabled(count() > 0);
    m_saveAllButton->setVisible(count() > 1);
}

void AttachmentBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateListHeight();
}

void AttachmentBar::updateListHeight()
{
    // Lay the items out as the wrapping list will, to show up to MaxVisibleRows rows of them.
    // The list's own geometry: its viewport is only resized once it is shown.
    const int available = std::max(1, m_list->contentsRect().width());
    const int spacing = m_list->spacing();
    int rows = 1;
    int rowHeight = m_list->fontMetrics().height() + 2 * spacing;
    int x = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        const QSize hint = m_list->sizeHintForIndex(m_list->model()->index(row, 0));
        rowHeight = std::max(rowHeight, hint.height() + 2 * spacing);
        const int width = hint.width() + 2 * spacing;
        if (x > 0 && x + width > available) {
            ++rows;
            x = 0;
        }
        x += width;
    }
    const int frame = 2 * m_list->frameWidth();
    m_list->setFixedHeight(std::min(rows, MaxVisibleRows) * rowHeight + frame);
}
