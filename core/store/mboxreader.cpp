#include "store/mboxreader.h"

#include <utility>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace Store {

namespace {

constexpr qsizetype ChunkSize = 1024 * 1024;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isEmptyLine(const QByteArray &line)
{
    return line == "\n"_ba || line == "\r\n"_ba;
}

bool isFromLine(QByteArrayView line)
{
    return line.startsWith("From "_ba);
}

// 1 when the line matches ^>+From (mboxrd quoting: one '>' comes off), else 0.
qsizetype quoteLength(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == '>')
        ++i;
    return i > 0 && isFromLine(QByteArrayView(line).sliced(i)) ? 1 : 0;
}

// True when `message` ends with the empty line `end` ("\n" or "\r\n").
bool endsWithEmptyLine(const QByteArray &message, QByteArrayView end)
{
    if (!message.endsWith(end))
        return false;
    return message.size() == end.size() || message.at(message.size() - end.size() - 1) == '\n';
}

// Removes what the writer added after the message (see the header).
void removeSeparatorBlankLine(QByteArray *message, bool crlfSeparator)
{
    if (endsWithEmptyLine(*message, "\r\n"_ba)) {
        message->chop(2);
        if (!crlfSeparator && message->endsWith('\n'))
            message->chop(1); // the line end the writer added to a message without one
    } else if (endsWithEmptyLine(*message, "\n"_ba)) {
        message->chop(1);
    }
}

QByteArray withoutLineEnd(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

MboxReader::MboxReader(const QString &fileName)
    : m_file(fileName)
{ }

MboxReader::~MboxReader() = default;

bool MboxReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Store::Mbox",
                                                "Cannot open the mbox file \u201c%1\u201d: %2")
                        .arg(native(m_file.fileName()), m_file.errorString()));
    m_size = m_file.size();
    return true;
}

bool MboxReader::fail(const QString &error)
{
    m_error = error;
    m_atEnd = true;
    return false;
}

MboxReader::LineResult MboxReader::readLine(QByteArray *line)
{
    line->clear();
    for (;;) {
        if (m_bufferPos >= m_buffer.size()) {
            m_buffer.resize(ChunkSize);
            const qint64 count = m_file.read(m_buffer.data(), ChunkSize);
            if (count < 0) {
                fail(QCoreApplication::translate("Store::Mbox",
                                                 "Cannot read the mbox file \u201c%1\u201d: %2")
                         .arg(native(m_file.fileName()), m_file.errorString()));
                return LineResult::Error;
            }
            m_buffer.resize(count);
            m_bufferPos = 0;
            if (count == 0) {
                if (line->isEmpty())
                    return LineResult::End;
                m_consumed += line->size(); // a last line without a line end
                return LineResult::Line;
            }
        }
        const qsizetype newline = m_buffer.indexOf('\n', m_bufferPos);
        const qsizetype end = newline < 0 ? m_buffer.size() : newline + 1;
        if (line->size() + (end - m_bufferPos) > m_maxLineLength) {
            fail(QCoreApplication::translate(
                     "Store::Mbox",
                     "The mbox file \u201c%1\u201d has a line longer than %2 bytes at byte %3.")
                     .arg(native(m_file.fileName()))
                     .arg(m_maxLineLength)
                     .arg(m_consumed));
            return LineResult::Error;
        }
        line->append(m_buffer.constData() + m_bufferPos, end - m_bufferPos);
        m_bufferPos = end;
        if (newline >= 0) {
            m_consumed += line->size();
            return LineResult::Line;
        }
    }
}

bool MboxReader::findFirstSeparator()
{
    QByteArray line;
    for (;;) {
        const LineResult result = readLine(&line);
        if (result == LineResult::Error)
            return false;
        if (result == LineResult::End) {
            m_atEnd = true; // no messages at all
            m_position = m_consumed;
            return false;
        }
        if (isFromLine(line)) {
            m_separator = line;
            return true;
        }
        if (!isEmptyLine(line))
            return fail(QCoreApplication::translate("Store::Mbox",
                                                    "\u201c%1\u201d is not an mbox file: it does "
                                                    "not begin with a \u201c"
                                                    "From \u201d line.")
                            .arg(native(m_file.fileName())));
    }
}

std::optional<QByteArray> MboxReader::next()
{
    if (m_atEnd)
        return std::nullopt;
    if (!m_file.isOpen()) {
        fail(QCoreApplication::translate("Store::Mbox", "The mbox file \u201c%1\u201d is not open.")
                 .arg(native(m_file.fileName())));
        return std::nullopt;
    }
    if (!m_started) {
        m_started = true;
        if (!findFirstSeparator())
            return std::nullopt;
    }
    if (m_separator.isEmpty()) {
        m_atEnd = true;
        return std::nullopt;
    }

    const QByteArray separator = std::exchange(m_separator, QByteArray());
    const qint64 start = m_consumed;
    // Room for the "\n\r\n" the writer may add after a message of the maximum size.
    const qint64 limit = m_maxMessageSize + 3;
    QByteArray message;
    QByteArray line;
    bool previousEmpty = false;
    bool tooLarge = false;
    for (;;) {
        const LineResult result = readLine(&line);
        if (result == LineResult::Error)
            return std::nullopt;
        if (result == LineResult::End) {
            m_atEnd = true;
            break;
        }
        if (previousEmpty && isFromLine(line)) {
            m_separator = line;
            break;
        }
        previousEmpty = isEmptyLine(line);
        const qsizetype quote = quoteLength(line);
        if (message.size() + line.size() - quote > limit) {
            tooLarge = true;
            break;
        }
        message.append(QByteArrayView(line).sliced(quote));
    }
    removeSeparatorBlankLine(&message, separator.endsWith("\r\n"_ba));
    if (tooLarge || message.size() > m_maxMessageSize) {
        fail(QCoreApplication::translate(
                 "Store::Mbox",
                 "The mbox file \u201c%1\u201d has a message larger than %2 bytes at byte %3.")
                 .arg(native(m_file.fileName()))
                 .arg(m_maxMessageSize)
                 .arg(start));
        return std::nullopt;
    }
    m_lastSeparator = withoutLineEnd(separator);
    m_position = m_consumed - m_separator.size();
    return message;
}

} // namespace Store
