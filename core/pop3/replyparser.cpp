#include "pop3/replyparser.h"

namespace Pop3 {

namespace {

bool startsWithToken(QByteArrayView line, QByteArrayView token)
{
    if (!line.startsWith(token))
        return false;
    return line.size() == token.size() || line.at(token.size()) == ' ';
}

QByteArrayView withoutLineEnd(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

ResponseCode codeFromText(QByteArrayView code)
{
    struct Known
    {
        QByteArrayView text;
        ResponseCode code;
    };
    static constexpr Known known[] = {
        {"AUTH", ResponseCode::Auth},
        {"IN-USE", ResponseCode::InUse},
        {"LOGIN-DELAY", ResponseCode::LoginDelay},
        {"SYS/TEMP", ResponseCode::SysTemp},
        {"SYS/PERM", ResponseCode::SysPerm},
    };
    for (const Known &k : known) {
        if (code.compare(k.text, Qt::CaseInsensitive) == 0)
            return k.code;
    }
    return ResponseCode::Unknown;
}

// Splits "[CODE] text" into its parts; text without a leading code is returned unchanged.
void splitResponseCode(QByteArrayView text, StatusLine &line)
{
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        const QByteArrayView code = close > 1 ? text.sliced(1, close - 1) : QByteArrayView();
        const bool wellFormed = !code.isEmpty() && !code.contains(' ') && !code.contains('[');
        if (wellFormed) {
            line.code = codeFromText(code);
            line.codeText = code.toByteArray();
            text = text.sliced(close + 1);
            if (text.startsWith(' '))
                text = text.sliced(1);
        }
    }
    line.text = text.toByteArray();
}

} // namespace

StatusLine parseStatusLine(QByteArrayView buffer)
{
    StatusLine result;
    const qsizetype lf = buffer.indexOf('\n');
    if (lf < 0) {
        result.status =
            buffer.size() >= MaxStatusLineLength ? ParseStatus::Malformed : ParseStatus::Incomplete;
        return result;
    }
    if (lf + 1 > MaxStatusLineLength || buffer.first(lf).contains('\0')) {
        result.status = ParseStatus::Malformed;
        return result;
    }
    const QByteArrayView line = withoutLineEnd(buffer.first(lf + 1));
    result.consumed = lf + 1;
    if (startsWithToken(line, "+OK")) {
        result.status = ParseStatus::Ok;
        splitResponseCode(line.sliced(qMin<qsizetype>(4, line.size())), result);
    } else if (startsWithToken(line, "-ERR")) {
        result.status = ParseStatus::Err;
        splitResponseCode(line.sliced(qMin<qsizetype>(5, line.size())), result);
    } else if (startsWithToken(line, "+")) {
        result.status = ParseStatus::Continuation;
        result.text = line.sliced(qMin<qsizetype>(2, line.size())).toByteArray();
    } else {
        result.status = ParseStatus::Malformed;
        result.consumed = 0;
    }
    return result;
}

DataProgress appendDataLines(QByteArrayView buffer, QByteArray &sink)
{
    DataProgress progress;
    qsizetype pos = 0;
    while (pos < buffer.size()) {
        const qsizetype lf = buffer.indexOf('\n', pos);
        if (lf < 0) {
            if (buffer.size() - pos >= MaxDataLineLength)
                progress.status = ParseStatus::Malformed;
            break;
        }
        const qsizetype next = lf + 1;
        if (next - pos > MaxDataLineLength) {
            progress.status = ParseStatus::Malformed;
            break;
        }
        const QByteArrayView line = buffer.sliced(pos, next - pos);
        if (line.startsWith('.')) {
            if (withoutLineEnd(line).size() == 1) {
                progress.status = ParseStatus::Ok;
                pos = next;
                break;
            }
            sink.append(line.sliced(1));
        } else {
            sink.append(line);
        }
        pos = next;
    }
    progress.consumed = pos;
    return progress;
}

Reply parseReply(QByteArrayView buffer, ReplyKind kind)
{
    Reply reply;
    const StatusLine status = parseStatusLine(buffer);
    reply.status = status.status;
    reply.code = status.code;
    reply.codeText = status.codeText;
    reply.text = status.text;
    if (status.status != ParseStatus::Ok || kind == ReplyKind::SingleLine) {
        reply.consumed = status.consumed;
        return reply;
    }
    QByteArray data;
    const DataProgress progress = appendDataLines(buffer.sliced(status.consumed), data);
    if (progress.status != ParseStatus::Ok) {
        reply.status = progress.status;
        return reply;
    }
    reply.lines = splitDataLines(data);
    reply.consumed = status.consumed + progress.consumed;
    return reply;
}

QList<QByteArray> splitDataLines(QByteArrayView data)
{
    QList<QByteArray> lines;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype lf = data.indexOf('\n', pos);
        if (lf < 0)
            lf = data.size();
        lines.append(withoutLineEnd(data.sliced(pos, lf - pos)).toByteArray());
        pos = lf + 1;
    }
    return lines;
}

} // namespace Pop3
