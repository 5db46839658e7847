#pragma once

#include <optional>

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Store {

// Reads an mbox file (mboxrd) one message at a time, with bounded memory: only the current
// message, the current line and a 1 MiB read buffer are held.
//
// Separators: a line beginning "From " starts a new message when it is the first line of the
// file or when the line before it is empty ("\n" or "\r\n"). A "From " line after a non-empty
// line belongs to the message (old unquoted mboxo bodies stay intact). The separator line is not
// part of the message; lastSeparator() gives it.
//
// Before the first separator only empty lines are allowed (they are skipped). Anything else there
// means the file is not an mbox file: next() fails with an error instead of silently dropping
// text. An empty file (or one of empty lines only) holds no messages and is not an error.
//
// Un-quoting: a line matching ^>+From loses exactly one leading '>'.
//
// End of a message (the rule that makes MboxWriter's output read back byte-identical): the
// message's lines run up to the next separator or the end of the file; then
//  - when the separator line ended with "\n" (every file MboxWriter makes, Unix mbox files):
//    a trailing empty line "\n" is removed; a trailing empty line "\r\n" is MboxWriter's mark of a
//    message without a final line end, so it is removed together with the "\n" before it;
//  - when the separator line ended with "\r\n" (CRLF mbox files of other programs): a trailing
//    empty line ("\r\n" or "\n") is removed.
// At the end of the file a last message without a trailing empty line is returned as it is.
// Line ends inside messages are never changed.
//
// Limits: a line longer than maxLineLength() or a message larger than maxMessageSize() stops
// reading with an error instead of growing without bound.
//
// Blocking file I/O: use it from a worker thread. Not copyable.
class MboxReader final
{
public:
    static constexpr qint64 DefaultMaxMessageSize = qint64(256) * 1024 * 1024;
    static constexpr qint64 DefaultMaxLineLength = qint64(64) * 1024 * 1024;

    explicit MboxReader(const QString &fileName);
    ~MboxReader();
    MboxReader(const MboxReader &) = delete;
    MboxReader &operator=(const MboxReader &) = delete;

    // Set the limits before the first next().
    void setMaxMessageSize(qint64 bytes) { m_maxMessageSize = bytes; }
    void setMaxLineLength(qint64 bytes) { m_maxLineLength = bytes; }
    [[nodiscard]] qint64 maxMessageSize() const { return m_maxMessageSize; }
    [[nodiscard]] qint64 maxLineLength() const { return m_maxLineLength; }

    // Opens the file for reading; false with errorString() when it cannot be read.
    [[nodiscard]] bool open();

    // The next message's raw bytes, or nullopt at the end of the file or on an error (then
    // hasError() is true and errorString() says why; later calls return nullopt too).
    [[nodiscard]] std::optional<QByteArray> next();

    // The separator line of the message next() returned last, without its line end.
    [[nodiscard]] QByteArray lastSeparator() const { return m_lastSeparator; }

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Progress: the bytes read up to the end of the message next() returned last, and the file's
    // size (0 before open()).
    [[nodiscard]] qint64 position() const { return m_position; }
    [[nodiscard]] qint64 size() const { return m_size; }

private:
    enum class LineResult {
        Line,
        End,
        Error,
    };
    LineResult readLine(QByteArray *line);
    bool fail(const QString &error);
    bool findFirstSeparator();

    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    qint64 m_consumed = 0; // bytes handed out by readLine()
    qint64 m_position = 0;
    qint64 m_size = 0;
    qint64 m_maxMessageSize = DefaultMaxMessageSize;
    qint64 m_maxLineLength = DefaultMaxLineLength;
    QByteArray m_separator; // the separator line of the message to read next, with its line end
    QByteArray m_lastSeparator;
    QString m_error;
    bool m_started = false;
    bool m_atEnd = false;
};

} // namespace Store
