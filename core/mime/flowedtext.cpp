#include "mime/flowedtext.h"

namespace Mime {

QString decodeFlowedText(QStringView text, bool delSp)
{
    QString out;
    out.reserve(text.size());
    int paragraphDepth = -1; // quote depth of the paragraph being joined; -1 when none is open
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        QStringView line = text.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (last && line.isEmpty())
            break;

        int depth = 0;
        while (depth < line.size() && line.at(depth) == QLatin1Char('>'))
            ++depth;
        line = line.sliced(depth);
        if (line.startsWith(QLatin1Char(' ')))
            line = line.sliced(1); // space-stuffing (or the space after the quote marks)

        const bool signature = line == QLatin1String("-- ");
        const bool soft = !signature && line.endsWith(QLatin1Char(' '));
        if (soft && delSp)
            line.chop(1);

        if (paragraphDepth != depth) {
            if (paragraphDepth >= 0)
                out.append(QLatin1Char('\n')); // depth changed inside a paragraph: end it
            if (depth > 0)
                out.append(QString(depth, QLatin1Char('>')) + QLatin1Char(' '));
        }
        out.append(line);
        if (soft) {
            paragraphDepth = depth;
        } else {
            out.append(QLatin1Char('\n'));
            paragraphDepth = -1;
        }
        if (last)
            break;
    }
    if (paragraphDepth >= 0)
        out.append(QLatin1Char('\n'));
    return out;
}

} // namespace Mime
