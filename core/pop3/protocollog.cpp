#include "pop3/protocollog.h"

#include "pop3/servertext.h"

namespace Pop3 {

ProtocolLog::ProtocolLog(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

void ProtocolLog::append(Direction direction, QByteArrayView bytes)
{
    push({QDateTime::currentDateTimeUtc(), direction, displayableServerText(bytes)});
}

void ProtocolLog::note(const QString &text)
{
    push({QDateTime::currentDateTimeUtc(), Direction::Note, text});
}

void ProtocolLog::clear()
{
    m_entries.clear();
    m_next = 0;
}

void ProtocolLog::push(Entry entry)
{
    if (m_entries.size() < m_capacity) {
        m_entries.append(std::move(entry));
        return;
    }
    m_entries[m_next] = std::move(entry);
    m_next = (m_next + 1) % m_capacity;
}

QList<ProtocolLog::Entry> ProtocolLog::entries() const
{
    QList<Entry> ordered;
    ordered.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        ordered.append(m_entries.at((m_next + i) % m_entries.size()));
    return ordered;
}

QString ProtocolLog::toText() const
{
    QString text;
    for (const Entry &entry : entries()) {
        switch (entry.direction) {
        case Direction::Sent:
            text += QLatin1String("C: ");
            break;
        case Direction::Received:
            text += QLatin1String("S: ");
            break;
        case Direction::Note:
            text += QLatin1String("-- ");
            break;
        }
        text += entry.text + QLatin1Char('\n');
    }
    return text;
}

} // namespace Pop3
