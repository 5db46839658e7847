#include "messageformat.h"

namespace Cli {

namespace {

// R read, F flagged, A answered, H headers only; '-' where not.
QString flagsText(const Store::MessageSummary &message)
{
    QString text;
    text += message.flags.read ? QLatin1Char('R') : QLatin1Char('-');
    text += message.flags.flagged ? QLatin1Char('F') : QLatin1Char('-');
    text += message.flags.answered ? QLatin1Char('A') : QLatin1Char('-');
    text += message.headersOnly ? QLatin1Char('H') : QLatin1Char('-');
    return text;
}

} // namespace

QString tsvField(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

void writeMessageTsv(QTextStream &out, const Store::MessageSummary &m, const QString &folderPath)
{
    out << m.id << '\t' << m.date.toString(Qt::ISODate) << '\t' << tsvField(folderPath) << '\t'
        << tsvField(m.from) << '\t' << tsvField(m.subject) << '\t' << flagsText(m) << '\t'
        << m.size;
}

QJsonObject messageJson(const Store::MessageSummary &m, const QString &folderPath)
{
    return QJsonObject {{QStringLiteral("id"), m.id},
                        {QStringLiteral("folder"), folderPath},
                        {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                        {QStringLiteral("from"), m.from},
                        {QStringLiteral("to"), m.to},
                        {QStringLiteral("subject"), m.subject},
                        {QStringLiteral("size"), m.size},
                        {QStringLiteral("read"), m.flags.read},
                        {QStringLiteral("flagged"), m.flags.flagged},
                        {QStringLiteral("attachments"), m.hasAttachments},
                        {QStringLiteral("headersOnly"), m.headersOnly}};
}

} // namespace Cli
