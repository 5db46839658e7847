#include "store/mboxwriter.h"

#include <cerrno>
#include <cstring>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Store {

namespace {

constexpr qsizetype MaxSenderLength = 256;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isUsableSender(const QByteArray &sender)
{
    if (sender.isEmpty() || sender.size() > MaxSenderLength)
        return false;
    for (const char c : sender) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f)
            return false;
    }
    return true;
}

// True when the line starting here matches ^>*From (and so gets one more '>').
bool needsQuote(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == '>')
        ++i;
    return line.sliced(i).startsWith("From "_ba);
}

} // namespace

MboxWriter::MboxWriter(const QString &fileName)
    : m_fileName(fileName)
{ }

MboxWriter::~MboxWriter()
{
    if (!m_file || m_finished)
        return;
    if (m_mode == OpenMode::CreateNew) {
        m_file->close();
        QFile::remove(m_fileName);
    }
    // A QSaveFile destroyed without commit() discards what was written.
}

bool MboxWriter::fail(const QString &error)
{
    m_error = error;
    m_failed = true;
    return false;
}

bool MboxWriter::open(OpenMode mode)
{
    if (m_file)
        return fail(QCoreApplication::translate("Store::Mbox",
                                                "The mbox file \u201c%1\u201d is already open.")
                        .arg(native(m_fileName)));
    m_mode = mode;
    bool opened = false;
    if (mode == OpenMode::CreateNew) {
        auto *file = new QFile(m_fileName);
        m_file.reset(file);
        opened = file->open(QIODevice::WriteOnly | QIODevice::NewOnly,
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else {
        auto *file = new QSaveFile(m_fileName);
        m_file.reset(file);
        opened = file->open(QIODevice::WriteOnly);
    }
    if (!opened) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return fail(QCoreApplication::translate("Store::Mbox",
                                                "Cannot create the mbox file \u201c%1\u201d: %2")
                        .arg(native(m_fileName), reason));
    }
    return true;
}

bool MboxWriter::write(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return true;
    if (m_file->write(bytes.data(), bytes.size()) == bytes.size())
        return true;
    return fail(QCoreApplication::translate("Store::Mbox",
                                            "Cannot write to the mbox file \u201c%1\u201d: %2")
                    .arg(native(m_fileName), m_file->errorString()));
}

bool MboxWriter::writeQuoted(const QByteArray &message)
{
    if (!message.contains("From "_ba))
        return write(message);
    const QByteArrayView view(message);
    qsizetype from = 0; // the first byte not written yet
    qsizetype lineStart = 0;
    while (lineStart < view.size()) {
        if (needsQuote(view.sliced(lineStart))) {
            if (!write(view.sliced(from, lineStart - from)) || !write(">"_ba))
                return false;
            from = lineStart;
        }
        const qsizetype newline = view.indexOf('\n', lineStart);
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    return write(view.sliced(from));
}

bool MboxWriter::append(const QByteArray &message, const QDateTime &date,
                        const QByteArray &envelopeSender)
{
    if (m_failed)
        return false;
    if (!m_file || m_finished)
        return fail(
            QCoreApplication::translate("Store::Mbox", "The mbox file \u201c%1\u201d is not open.")
                .arg(native(m_fileName)));
    const QByteArrayView end = message.isEmpty() || message.endsWith('\n') ? "\n"_ba : "\n\r\n"_ba;
    if (!write(separatorLine(date, envelopeSender)) || !writeQuoted(message) || !write(end))
        return false;
    ++m_count;
    return true;
}

bool MboxWriter::finish()
{
    if (m_failed)
        return false;
    if (!m_file || m_finished)
        return fail(
            QCoreApplication::translate("Store::Mbox", "The mbox file \u201c%1\u201d is not open.")
                .arg(native(m_fileName)));
    const auto failed = [this](const QString &reason) {
        return fail(QCoreApplication::translate("Store::Mbox",
                                                "Cannot save the mbox file \u201c%1\u201d: %2")
                        .arg(native(m_fileName), reason));
    };
    if (!m_file->flush())
        return failed(m_file->errorString());
#ifdef Q_OS_UNIX
    if (::fsync(m_file->handle()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    if (m_mode == OpenMode::Overwrite) {
        if (!static_cast<QSaveFile *>(m_file.get())->commit())
            return failed(m_file->errorString());
    } else {
        m_file->close();
        if (m_file->error() != QFileDevice::NoError)
            return failed(m_file->errorString());
    }
    m_finished = true;
    return true;
}

QByteArray MboxWriter::separatorLine(const QDateTime &date, const QByteArray &envelopeSender)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QDateTime utc = date.isValid() ? date.toUTC() : QDateTime::currentDateTimeUtc();
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        utc = QDateTime::currentDateTimeUtc();
    const QDate day = utc.date();
    const QTime time = utc.time();
    const QString asctime = QString::asprintf(
        "%s %s %2d %02d:%02d:%02d %d", days[day.dayOfWeek() - 1], months[day.month() - 1],
        day.day(), time.hour(), time.minute(), time.second(), day.year());
    return "From "_ba + (isUsableSender(envelopeSender) ? envelopeSender : "MAILER-DAEMON"_ba) + ' '
        + asctime.toLatin1() + '\n';
}

} // namespace Store
