#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Store {

// The standard Maildir flags of a message ("<unique>:2,<flags>", upper-case letters).
struct MaildirFlags
{
    bool seen = false; // S
    bool replied = false; // R
    bool flagged = false; // F
    bool trashed = false; // T
    bool draft = false; // D
    bool passed = false; // P (forwarded)

    friend bool operator==(const MaildirFlags &, const MaildirFlags &) = default;
};

struct MaildirMessage
{
    QByteArray raw; // the file's bytes, unchanged
    QString fileName; // the file's name, without folder ("1700000000.1.host:2,S")
    QString subdirectory; // "cur" or "new"
    MaildirFlags flags;
};

// Reads the messages of a Maildir folder one at a time.
//
// open() checks that the folder has "cur" and "new" subfolders ("tmp" is optional: it is never
// read, as files there are still being delivered) and lists the regular files of cur/ and new/:
// dot-files, subfolders and symbolic links are skipped. The messages come sorted by file name
// (plain code-unit order; cur/ first for equal names), so the order is deterministic and, for the
// usual "<time>.<unique>" names, roughly the delivery order. Only the current message is held in
// memory; a file larger than maxMessageSize() stops reading with an error.
//
// Blocking file I/O: use it from a worker thread.
class MaildirReader final
{
public:
    static constexpr qint64 DefaultMaxMessageSize = qint64(256) * 1024 * 1024;

    explicit MaildirReader(const QString &path);

    void setMaxMessageSize(qint64 bytes) { m_maxMessageSize = bytes; }
    [[nodiscard]] qint64 maxMessageSize() const { return m_maxMessageSize; }

    // False with errorString() when `path` is missing or is not a Maildir folder.
    [[nodiscard]] bool open();

    // The next message, or nullopt at the end or on an error (then hasError() is true; a file
    // that vanished or cannot be read is an error naming the file).
    [[nodiscard]] std::optional<MaildirMessage> next();

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Progress: messages returned so far, and all messages listed by open().
    [[nodiscard]] qsizetype position() const { return m_next; }
    [[nodiscard]] qsizetype count() const { return m_entries.size(); }

    // The flags in a Maildir file name: the letters after the last ":2," (also ";2," or "!2,",
    // used where ':' cannot be in file names). Lower-case letters (keywords) are ignored.
    [[nodiscard]] static MaildirFlags parseFlags(const QString &fileName);

private:
    struct Entry
    {
        QString fileName;
        QString subdirectory;
    };

    QString m_path;
    QList<Entry> m_entries;
    qsizetype m_next = 0;
    qint64 m_maxMessageSize = DefaultMaxMessageSize;
    QString m_error;
};

} // namespace Store
