#include "searchfield.h"

#include <QKeyEvent>

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(tr("Search all mail (from:ann has:attachment \"a phrase\" …)"));
    setClearButtonEnabled(true);
    setToolTip(tr("Words must all match. Also: \"exact phrase\", prefix*, OR, -word, from:, to:, "
                  "subject:, body:, filename:, has:attachment, is:unread, in:FOLDER, "
                  "before:/after:YYYY-MM-DD, older_than:30d, larger:5M"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this,
            [this] { Q_EMIT searchRequested(text().trimmed()); });
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    // The clear button does not count as editing.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &now) {
        if (now.isEmpty()) {
            m_debounce.stop();
            Q_EMIT searchRequested(QString());
        }
    });
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_debounce.stop();
        Q_EMIT searchRequested(text().trimmed());
        return;
    }
    QLineEdit::keyPressEvent(event);
}
