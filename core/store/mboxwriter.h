#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

class QFileDevice;

namespace Store {

// Writes messages to a new mbox file (mboxrd), one at a time.
//
// Each message is written as
//   "From <envelope sender> <date, asctime format, UTC>\n"
//   the message, every line matching ^>*From getting one more leading '>'
//   "\n"    when the message is empty or ends with "\n" (LF or CRLF)
//   "\n\r\n" when it does not end with "\n" (no final line end, or a bare CR)
// so every message is followed by exactly one empty line before the next "From " line. The "\n"
// in "\n\r\n" completes the last line; the "\r\n" empty line marks that the message had no final
// line end. MboxReader removes exactly what was added (see mboxreader.h), so any byte string
// written here reads back byte-identical. Other mboxrd readers see such a message with a final
// "\n" added (and possibly a stray "\r" line), which plain mbox cannot avoid.
//
// Blocking file I/O: use it from a worker thread. Not copyable.
class MboxWriter final
{
public:
    enum class OpenMode {
        CreateNew, // fail when anything (even a dangling link) has the name; the file is 0600
        Overwrite, // replace an existing file atomically when finish() succeeds (QSaveFile)
    };

    explicit MboxWriter(const QString &fileName);
    // Without a successful finish(): a CreateNew file is removed; with Overwrite the old file
    // stays.
    ~MboxWriter();
    MboxWriter(const MboxWriter &) = delete;
    MboxWriter &operator=(const MboxWriter &) = delete;

    [[nodiscard]] bool open(OpenMode mode = OpenMode::CreateNew);

    // Appends one message (raw RFC 5322 bytes). An invalid date means now. An envelope sender
    // that is empty, longer than 256 bytes or holds a space or control character is written as
    // MAILER-DAEMON. After a failure every later call fails too.
    [[nodiscard]] bool append(const QByteArray &message, const QDateTime &date = {},
                              const QByteArray &envelopeSender = {});

    // Flushes, fsyncs and closes (commits, with Overwrite) the file.
    [[nodiscard]] bool finish();

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 messageCount() const { return m_count; }

    // The separator line append() writes, with its "\n".
    [[nodiscard]] static QByteArray separatorLine(const QDateTime &date,
                                                  const QByteArray &envelopeSender);

private:
    bool write(QByteArrayView bytes);
    bool writeQuoted(const QByteArray &message);
    bool fail(const QString &error);

    QString m_fileName;
    std::unique_ptr<QFileDevice> m_file;
    OpenMode m_mode = OpenMode::CreateNew;
    QString m_error;
    qint64 m_count = 0;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace Store
