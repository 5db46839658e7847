#include "readingpane.h"

#include <QAction>
#include <QButtonGroup>
#include <QClipboard>
#include <QCursor>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "attachmentbar.h"
#include "messagebrowser.h"
#include "messagesourcedialog.h"
#include "mime/htmlsanitizer.h"

namespace {

constexpr QLatin1String AddressLinkPrefix("#a");
constexpr QLatin1String MoreLinkPrefix("#more");
constexpr int MaxBlockedHostsInTooltip = 10;

QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    const auto mix = [amount](float a, float b) {
        return a + (b - a) * float(amount);
    };
    return QColor::fromRgbF(mix(from.redF(), to.redF()), mix(from.greenF(), to.greenF()),
                            mix(from.blueF(), to.blueF()));
}

// Keeps a right-to-left name from reordering what follows it (U+2068 FSI ... U+2069 PDI).
QString isolated(const QString &text)
{
    return QChar(0x2068) + text.toHtmlEscaped() + QChar(0x2069);
}

} // namespace

ReadingPane::ReadingPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readingPane"));

    m_viewSourceAction = new QAction(tr("View &Source"), this);
    m_viewSourceAction->setObjectName(QStringLiteral("actionViewSource"));
    m_viewSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_viewSourceAction->setShortcutContext(Qt::WindowShortcut);
    m_viewSourceAction->setToolTip(tr("Show the message as it was received (Ctrl+U)"));
    m_viewSourceAction->setEnabled(false);
    connect(m_viewSourceAction, &QAction::triggered, this, &ReadingPane::viewSource);
    addAction(m_viewSourceAction);

    m_placeholder = new QLabel(tr("No message selected"), this);
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_browser = new MessageBrowser(this);
    connect(m_browser, &MessageBrowser::linkActivated, this, &ReadingPane::linkActivated);
    connect(m_browser, &MessageBrowser::linkHovered, this, &ReadingPane::linkHovered);

    m_attachments = new AttachmentBar(this);
    m_attachments->setBackgroundRole(QPalette::Window);
    m_attachments->setAutoFillBackground(true);
    connect(m_attachments, &AttachmentBar::saved, this, &ReadingPane::attachmentsSaved);

    QWidget *header = createHeader();
    m_remoteBar = createRemoteBar();

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_attachmentSeparator = new QFrame(this);
    m_attachmentSeparator->setFrameShape(QFrame::HLine);
    m_attachmentSeparator->setFrameShadow(QFrame::Sunken);
    m_messagePage = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(m_messagePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(header);
    pageLayout->addWidget(separator);
    pageLayout->addWidget(m_remoteBar);
    pageLayout->addWidget(m_browser, 1);
    pageLayout->addWidget(m_attachmentSeparator);
    pageLayout->addWidget(m_attachments);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_messagePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_htmlButton, m_plainButton);
    setTabOrder(m_plainButton, m_sourceButton);
    setTabOrder(m_sourceButton, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_cc);
    setTabOrder(m_cc, m_loadButton);
    setTabOrder(m_loadButton, m_alwaysButton);
    setTabOrder(m_alwaysButton, m_browser);
    setTabOrder(m_browser, m_attachments);

    applyWarningTint();
    clear();
}

ReadingPane::~ReadingPane() = default;

QWidget *ReadingPane::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("messageHeader"));

    m_subject = new QLabel(header);
    m_subject->setObjectName(QStringLiteral("subjectLabel"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    if (subjectFont.pointSizeF() > 0)
        subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    m_subject->setFont(subjectFont);

    m_from = createAddressLabel(QStringLiteral("fromLabel"));
    m_to = createAddressLabel(QStringLiteral("toLabel"));
    m_cc = createAddressLabel(QStringLiteral("ccLabel"));
    m_date = new QLabel(header);
    m_date->setObjectName(QStringLiteral("dateLabel"));
    m_date->setTextFormat(Qt::PlainText);
    m_date->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_retention = new QLabel(header);
    m_retention->setObjectName(QStringLiteral("retentionLabel"));
    m_retention->setTextFormat(Qt::PlainText);
    m_retention->setWordWrap(true);
    m_retention->setToolTip(
        tr("The account keeps messages on the server for a while after downloading them."));

    m_notes = new QLabel(header);
    m_notes->setObjectName(QStringLiteral("notesLabel"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont notesFont = m_notes->font();
    notesFont.setItalic(true);
    m_notes->setFont(notesFont);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(8);
    m_form->setVerticalSpacing(2);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const auto addRow = [this, header](const QString &text, QLabel *field) {
        auto *label = new QLabel(text, header);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    addRow(tr("From:"), m_from);
    addRow(tr("To:"), m_to);
    addRow(tr("Cc:"), m_cc);
    addRow(tr("Date:"), m_date);
    m_form->addRow(QString(), m_retention);
    m_form->addRow(QString(), m_notes);

    m_htmlButton = new QToolButton(header);
    m_htmlButton->setObjectName(QStringLiteral("htmlButton"));
    m_htmlButton->setText(tr("H&TML"));
    m_htmlButton->setToolTip(tr("Show the message as the sender formatted it"));
    m_plainButton = new QToolButton(header);
    m_plainButton->setObjectName(QStringLiteral("plainTextButton"));
    m_plainButton->setText(tr("P&lain Text"));
    m_plainButton->setToolTip(tr("Show the message as plain text"));
    auto *formatGroup = new QButtonGroup(header);
    for (QToolButton *button : {m_htmlButton, m_plainButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        formatGroup->addButton(button);
    }
    formatGroup->setExclusive(true);
    connect(m_plainButton, &QToolButton::toggled, this, &ReadingPane::setShowPlainText);

    m_formatSwitch = new QWidget(header);
    auto *switchLayout = new QHBoxLayout(m_formatSwitch);
    switchLayout->setContentsMargins(0, 0, 0, 0);
    switchLayout->setSpacing(0);
    switchLayout->addWidget(m_htmlButton);
    switchLayout->addWidget(m_plainButton);

    m_sourceButton = new QToolButton(header);
    m_sourceButton->setObjectName(QStringLiteral("viewSourceButton"));
    m_sourceButton->setDefaultAction(m_viewSourceAction);
    m_sourceButton->setAutoRaise(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_formatSwitch);
    buttons->addWidget(m_sourceButton);

    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(10, 8, 10, 8);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_subject, 0, 0);
    grid->addLayout(buttons, 0, 1, Qt::AlignTop | Qt::AlignRight);
    grid->addLayout(m_form, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    return header;
}

QFrame *ReadingPane::createRemoteBar()
{
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("remoteBar"));
    bar->setAutoFillBackground(true);

    auto *icon = new QLabel(bar);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                        .pixmap(iconSize, iconSize));

    m_remoteLabel = new QLabel(bar);
    m_remoteLabel->setObjectName(QStringLiteral("remoteLabel"));
    m_remoteLabel->setTextFormat(Qt::PlainText);
    m_remoteLabel->setWordWrap(true);

    m_loadButton = new QPushButton(tr("Loa&d"), bar);
    m_loadButton->setObjectName(QStringLiteral("loadRemoteButton"));
    m_loadButton->setToolTip(tr("Load the remote images of this message. The sender may learn "
                                "that you opened it."));
    m_alwaysButton = new QPushButton(tr("Al&ways for This Sender"), bar);
    m_alwaysButton->setObjectName(QStringLiteral("alwaysLoadRemoteButton"));
    connect(m_loadButton, &QPushButton::clicked, this, &ReadingPane::loadRemoteContent);
    connect(m_alwaysButton, &QPushButton::clicked, this, &ReadingPane::alwaysLoadFromSender);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(icon);
    layout->addWidget(m_remoteLabel, 1);
    layout->addWidget(m_loadButton);
    layout->addWidget(m_alwaysButton);
    return bar;
}

QLabel *ReadingPane::createAddressLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText); // built from escaped text only
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    label->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(label, &QLabel::linkActivated, this,
            [this, label](const QString &link) { addressLinkActivated(label, link); });
    connect(label, &QLabel::linkHovered, this,
            [this](const QString &link) { m_hoveredLink = link; });
    connect(label, &QWidget::customContextMenuRequested, this,
            [this, label](const QPoint &position) { showAddressContextMenu(label, position); });
    return label;
}

void ReadingPane::showMessage(const Store::MessageSummary &summary, const QByteArray &raw,
                              const Mime::ParsedMessage &parsed)
{
    m_summary = summary;
    m_raw = raw;
    m_parsed = parsed;
    m_hasMessage = true;
    m_showPlainText = m_preferPlainText;
    const QString sender = senderAddress().toLower();
    m_remoteAllowed = !sender.isEmpty() && m_alwaysLoadFrom.contains(sender);
    m_leavesServerAt.reset();
    m_expandedRows.clear();
    fillHeader();
    renderBody();
    updateRetention();
    m_viewSourceAction->setEnabled(true);
    m_stack->setCurrentWidget(m_messagePage);
}

void ReadingPane::clear()
{
    m_summary = {};
    m_raw.clear();
    m_parsed = {};
    m_hasMessage = false;
    m_remoteAllowed = false;
    m_blockedCount = 0;
    m_blockedUrls.clear();
    m_htmlTruncated = false;
    m_leavesServerAt.reset();
    m_addresses.clear();
    m_browser->clearMessage();
    m_attachments->clear();
    m_viewSourceAction->setEnabled(false);
    m_stack->setCurrentWidget(m_placeholder);
}

void ReadingPane::setAlwaysLoadRemoteFrom(const QStringList &senderAddresses)
{
    m_alwaysLoadFrom.clear();
    for (const QString &address : senderAddresses) {
        if (!address.trimmed().isEmpty())
            m_alwaysLoadFrom.insert(address.trimmed().toLower());
    }
    const QString sender = senderAddress().toLower();
    if (m_hasMessage && !m_remoteAllowed && !sender.isEmpty() && m_alwaysLoadFrom.contains(sender))
        loadRemoteContent();
}

void ReadingPane::setPreferPlainText(bool preferPlainText)
{
    m_preferPlainText = preferPlainText;
    if (m_hasMessage)
        setShowPlainText(preferPlainText);
}

void ReadingPane::setServerRetention(std::optional<QDateTime> leavesServerAt)
{
    m_leavesServerAt = std::move(leavesServerAt);
    updateRetention();
}

void ReadingPane::loadRemoteContent()
{
    if (!m_hasMessage || m_remoteAllowed)
        return;
    m_remoteAllowed = true;
    if (!isShowingPlainText())
        renderBody();
}

void ReadingPane::setShowPlainText(bool plainText)
{
    if (!m_hasMessage || plainText == m_showPlainText)
        return;
    m_showPlainText = plainText;
    renderBody();
}

bool ReadingPane::isShowingPlainText() const
{
    return m_showPlainText || m_parsed.htmlBody.isEmpty();
}

void ReadingPane::viewSource()
{
    if (!m_hasMessage)
        return;
    auto *dialog = new MessageSourceDialog(m_raw, m_subject->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ReadingPane::saveAllTo(const QString &directory)
{
    m_attachments->saveAllTo(directory);
}

void ReadingPane::saveAttachmentTo(int index, const QString &directory)
{
    m_attachments->saveAttachmentTo(index, directory);
}

void ReadingPane::fillHeader()
{
    QString subject = m_parsed.subject.isEmpty() ? m_summary.subject : m_parsed.subject;
    m_subject->setText(subject.isEmpty() ? tr("(no subject)") : subject);

    fillAddressRow(AddressRow::From);
    fillAddressRow(AddressRow::To);
    fillAddressRow(AddressRow::Cc);
    m_form->setRowVisible(m_cc, !m_parsed.cc.isEmpty() || !m_summary.cc.isEmpty());

    const QDateTime date = m_parsed.date.isValid() ? m_parsed.date : m_summary.date;
    if (!date.isValid()) {
        m_date->setText(tr("Unknown"));
        m_date->setToolTip(QString());
    } else if (m_parsed.dateIsFallback) {
        m_date->setText(tr("%1 (received; the message has no valid date)").arg(formatDate(date)));
        m_date->setToolTip(QString());
    } else {
        m_date->setText(formatDate(date));
        m_date->setToolTip(tr("As sent: %1").arg(date.toString(Qt::RFC2822Date)));
    }
    m_form->setRowVisible(m_date, true);
}

void ReadingPane::fillAddressRow(AddressRow row)
{
    const QList<Mime::Address> *addresses = &m_parsed.from;
    const QString *fallback = &m_summary.from;
    QLabel *label = m_from;
    if (row == AddressRow::To) {
        addresses = &m_parsed.to;
        fallback = &m_summary.to;
        label = m_to;
    } else if (row == AddressRow::Cc) {
        addresses = &m_parsed.cc;
        fallback = &m_summary.cc;
        label = m_cc;
    }
    if (row == AddressRow::From) // the first row: start the link numbering again
        m_addresses.clear();

    if (addresses->isEmpty()) {
        label->setText(fallback->isEmpty() ? QString() : fallback->toHtmlEscaped());
        return;
    }
    const bool expanded = m_expandedRows.contains(int(row));
    const qsizetype shown =
        expanded ? addresses->size() : std::min<qsizetype>(addresses->size(), MaxAddressesShown);
    QStringList parts;
    for (qsizetype i = 0; i < shown; ++i) {
        const Mime::Address &address = addresses->at(i);
        const qsizetype index = m_addresses.size();
        m_addresses.append(address);
        if (address.name.isEmpty() && address.address.isEmpty())
            continue;
        QString text;
        if (address.name.isEmpty())
            text = isolated(address.address);
        else if (address.address.isEmpty())
            text = isolated(address.name);
        else
            text = isolated(address.name) + QStringLiteral(" &lt;") + isolated(address.address)
                + QStringLiteral("&gt;");
        parts << QStringLiteral("<a href=\"%1\" style=\"text-decoration:none\">%2</a>")
                     .arg(AddressLinkPrefix + QString::number(index), text);
    }
    QString html = parts.join(QStringLiteral(", "));
    if (shown < addresses->size()) {
        html += QStringLiteral(", <a href=\"%1\">%2</a>")
                    .arg(MoreLinkPrefix + QString::number(int(row)),
                         tr("%n more", nullptr, int(addresses->size() - shown)).toHtmlEscaped());
    }
    label->setText(html);
}

void ReadingPane::renderBody()
{
    const bool plain = isShowingPlainText();
    m_blockedCount = 0;
    m_blockedUrls.clear();
    m_htmlTruncated = false;
    if (plain) {
        m_browser->setMessageText(m_parsed.textBody);
    } else {
        Mime::HtmlPolicy policy;
        policy.loadRemoteContent = m_remoteAllowed;
        const Mime::SanitizedHtml safe = Mime::sanitizeHtml(m_parsed.htmlBody, policy);
        m_blockedCount = safe.blockedRemoteCount;
        m_blockedUrls = safe.blockedRemoteUrls;
        m_htmlTruncated = safe.truncated;
        m_browser->setMessageHtml(safe.html, m_raw, m_parsed.attachments, m_remoteAllowed);
    }
    m_attachments->setAttachments(m_raw, m_parsed.attachments, plain);
    const bool hasAttachments = m_attachments->count() > 0;
    m_attachments->setVisible(hasAttachments);
    m_attachmentSeparator->setVisible(hasAttachments);

    m_formatSwitch->setVisible(!m_parsed.htmlBody.isEmpty());
    {
        const QSignalBlocker blockHtml(m_htmlButton);
        const QSignalBlocker blockPlain(m_plainButton);
        (plain ? m_plainButton : m_htmlButton)->setChecked(true);
    }
    updateRemoteBar();
    updateNotes();
}

void ReadingPane::updateRemoteBar()
{
    const bool show = m_hasMessage && !isShowingPlainText() && m_blockedCount > 0;
    m_remoteBar->setVisible(show);
    if (!show)
        return;
    m_remoteLabel->setText(tr("%n remote image(s) blocked", nullptr, m_blockedCount));
    QStringList hosts;
    for (const QString &url : std::as_const(m_blockedUrls)) {
        const QString host = QUrl(url).host();
        if (!host.isEmpty() && !hosts.contains(host))
            hosts << host;
        if (hosts.size() == MaxBlockedHostsInTooltip)
            break;
    }
    m_remoteLabel->setToolTip(
        tr("Satchel did not load them, so the sender cannot tell that you opened the message.")
        + (hosts.isEmpty() ? QString() : u'\n' + tr("From: %1").arg(hosts.join(u", "))));
    const QString sender = senderAddress();
    m_alwaysButton->setVisible(!sender.isEmpty());
    m_alwaysButton->setToolTip(tr("Always load remote images in messages from %1").arg(sender));
}

void ReadingPane::updateNotes()
{
    QStringList notes;
    if (m_summary.headersOnly)
        notes << tr("Only the headers of this message were downloaded.");
    if (m_parsed.textBody.trimmed().isEmpty() && m_parsed.htmlBody.trimmed().isEmpty()
        && !m_summary.headersOnly)
        notes << tr("This message has no text.");
    if (m_htmlTruncated)
        notes << tr("The message is too long to show in full.");
    if (m_parsed.isSigned)
        notes << tr("The message is signed; Satchel does not check signatures.");
    notes << m_parsed.notes;
    m_notes->setText(notes.join(u'\n'));
    m_form->setRowVisible(m_notes, !notes.isEmpty());
}

void ReadingPane::updateRetention()
{
    const bool show = m_hasMessage && m_leavesServerAt && m_leavesServerAt->isValid();
    m_form->setRowVisible(m_retention, show);
    if (!show) {
        m_retention->clear();
        return;
    }
    if (*m_leavesServerAt <= QDateTime::currentDateTimeUtc()) {
        m_retention->setText(tr("Leaves the server at the next check for new mail"));
    } else {
        m_retention->setText(tr("Leaves the server on %1")
                                 .arg(QLocale().toString(m_leavesServerAt->toLocalTime().date(),
                                                         QLocale::LongFormat)));
    }
}

void ReadingPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyWarningTint();
}

void ReadingPane::applyWarningTint()
{
    // The window colour tinted towards amber: readable on light and dark palettes alike.
    const QPalette base = palette();
    const QColor window = base.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    const QColor amber = QColor::fromHsl(42, 255, dark ? 90 : 150);
    QPalette tinted = m_remoteBar->palette();
    tinted.setColor(QPalette::Window, blend(window, amber, dark ? 0.45 : 0.35));
    tinted.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    m_remoteBar->setPalette(tinted);
}

void ReadingPane::addressLinkActivated(QLabel *label, const QString &link)
{
    if (link.startsWith(MoreLinkPrefix)) {
        m_expandedRows.insert(QStringView(link).sliced(MoreLinkPrefix.size()).toInt());
        fillAddressRow(AddressRow::From);
        fillAddressRow(AddressRow::To);
        fillAddressRow(AddressRow::Cc);
        return;
    }
    if (!link.startsWith(AddressLinkPrefix))
        return;
    bool ok = false;
    const int index = QStringView(link).sliced(AddressLinkPrefix.size()).toInt(&ok);
    if (!ok)
        return;
    const QPoint position = label->underMouse()
        ? QCursor::pos()
        : label->mapToGlobal(label->contentsRect().bottomLeft());
    showAddressMenu(index, position);
}

void ReadingPane::showAddressContextMenu(QLabel *label, const QPoint &position)
{
    if (m_hoveredLink.startsWith(AddressLinkPrefix)) {
        bool ok = false;
        const int index = QStringView(m_hoveredLink).sliced(AddressLinkPrefix.size()).toInt(&ok);
        if (ok) {
            showAddressMenu(index, label->mapToGlobal(position));
            return;
        }
    }
    QMenu menu(this);
    if (label->hasSelectedText()) {
        menu.addAction(tr("&Copy"), this,
                       [label] { QGuiApplication::clipboard()->setText(label->selectedText()); });
    }
    QString all = QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    all.remove(QChar(0x2068)).remove(QChar(0x2069)); // the bidi isolates around each part
    menu.addAction(tr("Copy &All"), this, [all] { QGuiApplication::clipboard()->setText(all); });
    menu.exec(label->mapToGlobal(position));
}

void ReadingPane::showAddressMenu(int addressIndex, const QPoint &globalPosition)
{
    if (addressIndex < 0 || addressIndex >= m_addresses.size())
        return;
    const Mime::Address address = m_addresses.at(addressIndex);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("addressMenu"));
    QAction *copyAddress = menu.addAction(tr("Copy &Address"), this, [address] {
        QGuiApplication::clipboard()->setText(address.address);
    });
    copyAddress->setObjectName(QStringLiteral("actionCopyAddress"));
    copyAddress->setEnabled(!address.address.isEmpty());
    QAction *copyBoth = menu.addAction(tr("Copy &Name and Address"), this, [address] {
        QGuiApplication::clipboard()->setText(address.display());
    });
    copyBoth->setObjectName(QStringLiteral("actionCopyNameAndAddress"));
    menu.exec(globalPosition);
}

void ReadingPane::alwaysLoadFromSender()
{
    const QString sender = senderAddress();
    if (sender.isEmpty())
        return;
    m_alwaysLoadFrom.insert(sender.toLower());
    Q_EMIT alwaysLoadRemoteRequested(sender);
    loadRemoteContent();
}

QString ReadingPane::senderAddress() const
{
    return m_parsed.from.isEmpty() ? QString() : m_parsed.from.constFirst().address.trimmed();
}

QString ReadingPane::formatDate(const QDateTime &date) const
{
    const QLocale locale;
    const QDateTime local = date.toLocalTime();
    //: A message's date: %1 is the date (long format), %2 the time of day.
    return tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                            locale.toString(local.time(), QLocale::ShortFormat));
}
