#include "store/searchtext.h"

#include <algorithm>

namespace Store::SearchText {

namespace {

bool isCjk(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        // The iteration mark and the prolonged sound mark belong to no single script.
        return ucs4 == 0x3005 || ucs4 == 0x30FC;
    }
}

bool isWordChar(char32_t ucs4)
{
    switch (QChar::category(ucs4)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// One code point of text and where it is.
struct CodePoint
{
    char32_t value;
    int start;
    int length;
};

QList<CodePoint> codePoints(const QString &text)
{
    QList<CodePoint> result;
    result.reserve(text.size());
    for (int i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append({QChar::surrogateToUcs4(c, text.at(i + 1)), i, 2});
            i += 2;
        } else {
            result.append({c.unicode(), i, 1});
            ++i;
        }
    }
    return result;
}

// Lower case without accents, as unicode61's remove_diacritics 2 does for most scripts.
QString fold(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        result.append(c);
    }
    return result.toCaseFolded();
}

} // namespace

QString forIndex(const QString &text)
{
    // The common case: no CJK character, nothing to rewrite. (Punctuation such as U+2019 is
    // frequent in other text, so the test is the script, not a code point range.)
    // Blocks of 64 are first tested as a whole, a loop the compiler vectorises.
    constexpr qsizetype Block = 64;
    const auto *chars = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    bool any = false;
    for (qsizetype block = 0; block < size && !any; block += Block) {
        const qsizetype end = std::min(size, block + Block);
        bool high = false;
        for (qsizetype i = block; i < end; ++i)
            high |= chars[i] >= 0x1100;
        for (qsizetype i = block; high && i < end && !any; ++i) {
            const char16_t c = chars[i];
            if (c < 0x1100)
                continue;
            if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(chars[i + 1]))
                any = isCjk(QChar::surrogateToUcs4(c, chars[++i]));
            else
                any = isCjk(c);
        }
    }
    if (!any)
        return text;
    const QList<CodePoint> points = codePoints(text);
    QString result;
    result.reserve(text.size() * 2);
    for (qsizetype i = 0; i < points.size();) {
        if (!isCjk(points.at(i).value)) {
            result.append(QStringView(text).mid(points.at(i).start, points.at(i).length));
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < points.size() && isCjk(points.at(end).value))
            ++end;
        result.append(QLatin1Char(' '));
        if (end - i == 1) {
            result.append(QStringView(text).mid(points.at(i).start, points.at(i).length));
        } else {
            for (qsizetype k = i; k + 1 < end; ++k) {
                if (k > i)
                    result.append(QLatin1Char(' '));
                result.append(QStringView(text).mid(points.at(k).start,
                                                    points.at(k).length + points.at(k + 1).length));
            }
        }
        result.append(QLatin1Char(' '));
        i = end;
    }
    return result;
}

QList<Token> tokens(const QString &text)
{
    QList<Token> result;
    const QList<CodePoint> points = codePoints(text);
    for (qsizetype i = 0; i < points.size();) {
        const char32_t value = points.at(i).value;
        if (isCjk(value)) {
            qsizetype end = i;
            while (end < points.size() && isCjk(points.at(end).value))
                ++end;
            for (qsizetype k = i; k < end; ++k) {
                if (k + 1 == end && k > i)
                    break; // the last character is inside the previous pair
                const int length =
                    points.at(k).length + (k + 1 < end ? points.at(k + 1).length : 0);
                result.append({text.mid(points.at(k).start, length), points.at(k).start, length});
            }
            i = end;
            continue;
        }
        if (!isWordChar(value)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < points.size() && isWordChar(points.at(end).value)
               && !isCjk(points.at(end).value))
            ++end;
        const int start = points.at(i).start;
        const int length = points.at(end - 1).start + points.at(end - 1).length - start;
        const QString folded = fold(text.mid(start, length));
        if (!folded.isEmpty())
            result.append({folded, start, length});
        i = end;
    }
    return result;
}

QStringList foldedTokens(const QString &text)
{
    QStringList result;
    for (const Token &token : tokens(text))
        result.append(token.folded);
    return result;
}

IndexFields fieldsFor(const Mime::ParsedMessage &parsed, const QString &subject,
                      const QString &from, const QString &to, const QString &cc, bool headersOnly)
{
    IndexFields fields;
    fields.subject = forIndex(subject);
    fields.from = forIndex(from);
    fields.to = forIndex(to);
    fields.cc = forIndex(cc);
    if (headersOnly)
        return fields; // the rest arrives with the whole message
    QString body = parsed.textBody.left(MaxBodyChars);
    QStringList names;
    for (const Mime::AttachmentInfo &attachment : parsed.attachments) {
        if (!attachment.fileName.isEmpty())
            names.append(attachment.fileName);
    }
    for (const Mime::ParsedMessage &forwarded : parsed.forwarded) {
        if (body.size() < MaxBodyChars)
            body += QLatin1Char('\n') + forwarded.searchText().left(MaxBodyChars - body.size());
        for (const Mime::AttachmentInfo &attachment : forwarded.attachments) {
            if (!attachment.fileName.isEmpty())
                names.append(attachment.fileName);
        }
    }
    fields.body = forIndex(body);
    fields.filenames = forIndex(names.join(QLatin1Char('\n')));
    return fields;
}

} // namespace Store::SearchText
