#pragma once

#include <QDialog>

class QByteArray;
class QPlainTextEdit;
class QLabel;

// The raw message as it was received, read-only: decoded as UTF-8 (invalid bytes shown as
// U+FFFD), and only its first MaxDisplayBytes for very large messages. GUI thread.
class MessageSourceDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxDisplayBytes = 2 * 1024 * 1024;

    explicit MessageSourceDialog(const QByteArray &raw, const QString &subject,
                                 QWidget *parent = nullptr);

    [[nodiscard]] QString sourceText() const;
    [[nodiscard]] bool isTruncated() const { return m_truncated; }

private:
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
    bool m_truncated = false;
};
