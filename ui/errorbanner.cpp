#include "errorbanner.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setAutoFillBackground(true);
    QPalette tinted = palette();
    const QColor base = tinted.color(QPalette::Window);
    const QColor warning(base.lightness() > 128 ? QColor(0xfd, 0xe8, 0xe8)
                                                : QColor(0x5a, 0x23, 0x23));
    tinted.setColor(QPalette::Window, warning);
    setPalette(tinted);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QPushButton(tr("Details…"), this);
    connect(m_details, &QPushButton::clicked, this, &ErrorBanner::showDetails);
    m_action = new QToolButton(this);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_details);
    layout->addWidget(close);
    hide();
}

void ErrorBanner::showWithAction(const QString &message, QAction *action)
{
    showError(message, {});
    m_action->setDefaultAction(action);
    m_action->setVisible(true);
}

void ErrorBanner::showError(const QString &message, const QString &details)
{
    m_text->setText(message);
    m_action->setDefaultAction(nullptr);
    m_action->hide();
    m_detailText = details;
    m_details->setVisible(!details.isEmpty());
    show();
}

QString ErrorBanner::message() const
{
    return isVisible() ? m_text->text() : QString();
}

void ErrorBanner::showDetails()
{
    auto *dialog = new QDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("What happened"));
    auto *log = new QPlainTextEdit(m_detailText, dialog);
    log->setReadOnly(true);
    log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(
        new QLabel(tr("The conversation with the server (passwords are hidden):"), dialog));
    layout->addWidget(log);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->show();
}
