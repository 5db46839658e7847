#include "messagesourcedialog.h"

#include <algorithm>

#include <QByteArray>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MessageSourceDialog::MessageSourceDialog(const QByteArray &raw, const QString &subject,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("messageSourceDialog"));
    setWindowTitle(subject.isEmpty() ? tr("Message Source")
                                     : tr("Message Source \u2013 %1").arg(subject.simplified()));

    m_truncated = raw.size() > MaxDisplayBytes;
    const QByteArrayView shown = QByteArrayView(raw).first(std::min(raw.size(), MaxDisplayBytes));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("sourceNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    if (m_truncated) {
        const QLocale locale;
        m_note->setText(tr("This message is %1; only its first %2 are shown.")
                            .arg(locale.formattedDataSize(raw.size()),
                                 locale.formattedDataSize(MaxDisplayBytes)));
    }
    m_note->setVisible(m_truncated);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setUndoRedoEnabled(false);
    // Lines end in CRLF on the wire; a lone CR is shown as it is.
    m_text->setPlainText(
        QString::fromUtf8(shown).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    m_text->setFocus();
    resize(780, 560);
}

QString MessageSourceDialog::sourceText() const
{
    return m_text->toPlainText();
}
