#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Pop3 {

// A per-account black box: the last lines of the conversation with the server, for display when
// a check fails. Secrets never enter it: the session logs PASS, AUTH payloads and APOP digests
// redacted. Server text is made displayable before it is stored.
class ProtocolLog final
{
public:
    enum class Direction {
        Sent,
        Received,
        Note, // a remark by Satchel: "TLS established", "connection lost"
    };

    struct Entry
    {
        QDateTime time;
        Direction direction = Direction::Note;
        QString text;
    };

    explicit ProtocolLog(qsizetype capacity = 500);

    void append(Direction direction, QByteArrayView bytes);
    void note(const QString &text);
    void clear();

    [[nodiscard]] QList<Entry> entries() const; // oldest first
    [[nodiscard]] QString toText() const; // "C: CAPA" / "S: +OK" / "-- note" lines

private:
    void push(Entry entry);

    qsizetype m_capacity;
    qsizetype m_next = 0; // index of the oldest entry once the ring is full
    QList<Entry> m_entries;
};

} // namespace Pop3
