#include "search/queryparser.h"

#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include <QCoreApplication>

namespace Search {

namespace {

// Longest value quoted back in an error message; longer ones end in an ellipsis.
constexpr int MaxQuotedLength = 40;

// Largest older_than:/newer_than: amount, in days (about 10,000 years), and largest size.
constexpr qint64 MaxAgeDays = 3'660'000;
constexpr double MaxBytes = 1125899906842624.0; // 2^50 (1 PiB)

struct Failure
{
    QString message;
    int position = -1;
};

enum class TokenType {
    Term, // a text term or a filter, in `term`
    Open, // "(" or "field:("
    Close, // ")"
    Or, // OR
    And, // AND
    Not, // NOT or a leading "-"
    End,
};

struct Token
{
    TokenType type = TokenType::End;
    int position = 0;
    QString spelling; // as typed, for error messages
    QueryNode term; // Term
    std::optional<TextField> groupField; // Open: the field of "field:("
};

enum class Name {
    None,
    Field,
    Has,
    Is,
    In,
    Account,
    Before,
    After,
    OlderThan,
    NewerThan,
    Larger,
    Smaller,
};

QString quoted(const QString &value)
{
    if (value.size() <= MaxQuotedLength)
        return value;
    return value.left(MaxQuotedLength) + QChar(u'\u2026');
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control;
}

// Ends a bare word: space, a parenthesis or a double quote.
bool endsWord(QChar c)
{
    return isSeparator(c) || c == u'(' || c == u')' || c == u'"';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// A word with nothing in it but dashes and stars ("-", "*", "--") is punctuation, not a term.
bool onlyDashesAndStars(QStringView text)
{
    for (const QChar c : text) {
        if (c != u'-' && c != u'*')
            return false;
    }
    return true;
}

Name lookUpName(const QString &lowerName, TextField *field)
{
    static const struct
    {
        const char *name;
        TextField field;
    } fields[] = {
        {"from", TextField::From}, {"to", TextField::To},
        {"cc", TextField::Cc},     {"subject", TextField::Subject},
        {"body", TextField::Body}, {"filename", TextField::Filename},
    };
    for (const auto &entry : fields) {
        if (lowerName == QLatin1String(entry.name)) {
            *field = entry.field;
            return Name::Field;
        }
    }
    static const struct
    {
        const char *name;
        Name kind;
    } filters[] = {
        {"has", Name::Has},
        {"is", Name::Is},
        {"in", Name::In},
        {"account", Name::Account},
        {"before", Name::Before},
        {"after", Name::After},
        {"older_than", Name::OlderThan},
        {"newer_than", Name::NewerThan},
        {"larger", Name::Larger},
        {"smaller", Name::Smaller},
    };
    for (const auto &entry : filters) {
        if (lowerName == QLatin1String(entry.name))
            return entry.kind;
    }
    return Name::None;
}

QString exampleFor(Name name, const QString &lowerName)
{
    switch (name) {
    case Name::None:
    case Name::Field:
        if (lowerName == QLatin1String("subject") || lowerName == QLatin1String("body"))
            return lowerName + QStringLiteral(":invoice");
        if (lowerName == QLatin1String("filename"))
            return QStringLiteral("filename:pdf");
        return lowerName + QStringLiteral(":alice");
    case Name::Has:
        return QStringLiteral("has:attachment");
    case Name::Is:
        return QStringLiteral("is:unread");
    case Name::In:
        return QStringLiteral("in:Inbox");
    case Name::Account:
        return QStringLiteral("account:Work");
    case Name::Before:
    case Name::After:
        return lowerName + QStringLiteral(":2024-03-31");
    case Name::OlderThan:
    case Name::NewerThan:
        return lowerName + QStringLiteral(":30d");
    case Name::Larger:
    case Name::Smaller:
        return lowerName + QStringLiteral(":5M");
    }
    return {};
}

// YYYY-MM-DD or YYYY/MM/DD; month and day may have one digit.
std::optional<QDate> parseDate(const QString &value)
{
    if (value.size() < 8 || value.size() > 10)
        return std::nullopt;
    const QChar separator = value.at(4);
    if (separator != u'-' && separator != u'/')
        return std::nullopt;
    const QStringView view(value);
    const qsizetype second = value.indexOf(separator, 5);
    if (second < 0)
        return std::nullopt;
    const QStringView year = view.left(4);
    const QStringView month = view.mid(5, second - 5);
    const QStringView day = view.mid(second + 1);
    if (!allAsciiDigits(year) || !allAsciiDigits(month) || !allAsciiDigits(day) || month.size() > 2
        || day.size() > 2)
        return std::nullopt;
    const QDate date(year.toInt(), month.toInt(), day.toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

struct Age
{
    int amount = 0;
    AgeUnit unit = AgeUnit::Days;
};

// A number and d, w, m or y: "30d", "2w", "6m", "1y".
std::optional<Age> parseAge(const QString &value, bool *tooLarge)
{
    if (value.size() < 2)
        return std::nullopt;
    const QStringView digits = QStringView(value).chopped(1);
    if (!allAsciiDigits(digits))
        return std::nullopt;
    Age age;
    qint64 daysPerUnit = 1;
    switch (value.back().toLower().unicode()) {
    case u'd':
        age.unit = AgeUnit::Days;
        break;
    case u'w':
        age.unit = AgeUnit::Weeks;
        daysPerUnit = 7;
        break;
    case u'm':
        age.unit = AgeUnit::Months;
        daysPerUnit = 31;
        break;
    case u'y':
        age.unit = AgeUnit::Years;
        daysPerUnit = 366;
        break;
    default:
        return std::nullopt;
    }
    if (digits.size() > 9) {
        *tooLarge = true;
        return std::nullopt;
    }
    const qint64 amount = digits.toLongLong();
    if (amount * daysPerUnit > MaxAgeDays) {
        *tooLarge = true;
        return std::nullopt;
    }
    age.amount = int(amount);
    return age;
}

// Bytes, or a number with K, M or G (binary, any case, optional trailing B): "5M", "1.5mb".
std::optional<qint64> parseSize(const QString &value, bool *tooLarge)
{
    QStringView number(value);
    if (number.endsWith(u'b', Qt::CaseInsensitive))
        number.chop(1);
    double multiplier = 1;
    if (!number.isEmpty()) {
        switch (number.back().toLower().unicode()) {
        case u'k':
            multiplier = 1024.0;
            break;
        case u'm':
            multiplier = 1024.0 * 1024.0;
            break;
        case u'g':
            multiplier = 1024.0 * 1024.0 * 1024.0;
            break;
        default:
            break;
        }
        if (multiplier > 1)
            number.chop(1);
    }
    const qsizetype dot = number.indexOf(u'.');
    const QStringView whole = dot < 0 ? number : number.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : number.mid(dot + 1);
    if (!allAsciiDigits(whole) || (dot >= 0 && !allAsciiDigits(fraction)))
        return std::nullopt;
    if (whole.size() > 16 || fraction.size() > 16) {
        *tooLarge = true;
        return std::nullopt;
    }
    bool ok = false;
    const double bytes = number.toDouble(&ok) * multiplier;
    if (!ok || !std::isfinite(bytes) || bytes > MaxBytes) {
        *tooLarge = true;
        return std::nullopt;
    }
    return qint64(std::llround(bytes));
}

QueryNode filterNode(FilterKind kind)
{
    QueryNode node;
    node.kind = QueryNode::Kind::Filter;
    node.filter = kind;
    return node;
}

// Splits the query into tokens. Text terms and filters are complete here; the parser only
// arranges them.
class Tokenizer
{
public:
    explicit Tokenizer(const QString &text)
        : m_text(text)
    { }

    // Fills `tokens`, ending with an End token; false with `failure` set on an error.
    bool run(std::vector<Token> &tokens, Failure &failure);

private:
    [[nodiscard]] int wordEnd(int from) const;
    // Reads "...", with an optional '*' after it, from the quote at `from`. An unclosed quote
    // ends at the end of the query.
    void readQuoted(int from, QString *content, bool *prefix, int *end) const;
    bool addTerm(std::vector<Token> &tokens, QueryNode node, int position, const QString &spelling);
    bool readField(std::vector<Token> &tokens, TextField field, const QString &lowerName,
                   int position, int valuePosition);
    bool readFilter(std::vector<Token> &tokens, Name name, const QString &lowerName, int position,
                    int valuePosition);
    bool fail(const QString &message, int position);

    const QString &m_text;
    int m_pos = 0;
    int m_terms = 0;
    Failure m_failure;
};

int Tokenizer::wordEnd(int from) const
{
    int end = from;
    while (end < m_text.size() && !endsWord(m_text.at(end)))
        ++end;
    return end;
}

void Tokenizer::readQuoted(int from, QString *content, bool *prefix, int *end) const
{
    const qsizetype close = m_text.indexOf(u'"', from + 1);
    const int contentEnd = close < 0 ? int(m_text.size()) : int(close);
    *content = m_text.mid(from + 1, contentEnd - from - 1);
    *end = close < 0 ? contentEnd : contentEnd + 1;
    *prefix = *end < m_text.size() && m_text.at(*end) == u'*';
    if (*prefix)
        ++*end;
}

bool Tokenizer::fail(const QString &message, int position)
{
    m_failure.message = message;
    m_failure.position = position;
    return false;
}

bool Tokenizer::addTerm(std::vector<Token> &tokens, QueryNode node, int position,
                        const QString &spelling)
{
    if (++m_terms > QueryParser::MaxTerms) {
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "This search has too many words and filters (more "
                                                "than %1). Remove some and try again.")
                        .arg(QueryParser::MaxTerms),
                    position);
    }
    Token token;
    token.type = TokenType::Term;
    token.position = position;
    token.spelling = spelling;
    token.term = std::move(node);
    tokens.push_back(std::move(token));
    return true;
}

bool Tokenizer::readField(std::vector<Token> &tokens, TextField field, const QString &lowerName,
                          int position, int valuePosition)
{
    const QChar first = valuePosition < m_text.size() ? m_text.at(valuePosition) : QChar(u' ');
    if (first == u'(') {
        Token token;
        token.type = TokenType::Open;
        token.position = position;
        token.spelling = m_text.mid(position, valuePosition + 1 - position);
        token.groupField = field;
        tokens.push_back(std::move(token));
        m_pos = valuePosition + 1;
        return true;
    }
    QueryNode node;
    node.field = field;
    int end = valuePosition;
    if (first == u'"') {
        readQuoted(valuePosition, &node.text, &node.prefix, &end);
        node.phrase = true;
        if (node.text.trimmed().isEmpty())
            node.text.clear();
    } else if (!isSeparator(first) && first != u')') {
        end = wordEnd(valuePosition);
        node.text = m_text.mid(valuePosition, end - valuePosition);
        while (node.text.endsWith(u'*')) {
            node.text.chop(1);
            node.prefix = true;
        }
    }
    if (node.text.isEmpty()) {
        return fail(QCoreApplication::translate(
                        "Search::QueryParser",
                        "\u201c%1:\u201d needs a word right after the colon, for example %2.")
                        .arg(lowerName, exampleFor(Name::Field, lowerName)),
                    position);
    }
    m_pos = end;
    return addTerm(tokens, std::move(node), position, m_text.mid(position, end - position));
}

bool Tokenizer::readFilter(std::vector<Token> &tokens, Name name, const QString &lowerName,
                           int position, int valuePosition)
{
    const QChar first = valuePosition < m_text.size() ? m_text.at(valuePosition) : QChar(u' ');
    QString value;
    int end = valuePosition;
    if (first == u'"') {
        bool prefix = false;
        readQuoted(valuePosition, &value, &prefix, &end);
        if (prefix) // a '*' after a quoted folder or account name means nothing
            --end;
        value = value.trimmed();
    } else if (!endsWord(first)) {
        end = wordEnd(valuePosition);
        value = m_text.mid(valuePosition, end - valuePosition);
    }
    if (value.isEmpty()) {
        return fail(QCoreApplication::translate(
                        "Search::QueryParser",
                        "\u201c%1:\u201d needs a value right after the colon, for example %2.")
                        .arg(lowerName, exampleFor(name, lowerName)),
                    position);
    }
    m_pos = end;
    const QString lowerValue = value.toLower();
    const QString spelling = m_text.mid(position, end - position);
    QueryNode node;
    bool tooLarge = false;
    switch (name) {
    case Name::None:
    case Name::Field:
        break;
    case Name::Has:
        if (lowerValue == QLatin1String("attachment") || lowerValue == QLatin1String("attachments"))
            return addTerm(tokens, filterNode(FilterKind::HasAttachment), position, spelling);
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "\u201c%1\u201d is not something has: can look "
                                                "for. Use has:attachment.")
                        .arg(quoted(value)),
                    valuePosition);
    case Name::Is:
        if (lowerValue == QLatin1String("unread"))
            return addTerm(tokens, filterNode(FilterKind::IsUnread), position, spelling);
        if (lowerValue == QLatin1String("read"))
            return addTerm(tokens, filterNode(FilterKind::IsRead), position, spelling);
        if (lowerValue == QLatin1String("flagged") || lowerValue == QLatin1String("starred"))
            return addTerm(tokens, filterNode(FilterKind::IsFlagged), position, spelling);
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "\u201c%1\u201d is not something is: can look for. "
                                                "Use is:unread, is:read or is:flagged.")
                        .arg(quoted(value)),
                    valuePosition);
    case Name::In:
    case Name::Account:
        node = filterNode(name == Name::In ? FilterKind::InFolder : FilterKind::Account);
        node.text = value;
        return addTerm(tokens, std::move(node), position, spelling);
    case Name::Before:
    case Name::After:
        if (const std::optional<QDate> date = parseDate(value)) {
            node = filterNode(name == Name::Before ? FilterKind::Before : FilterKind::After);
            node.date = *date;
            return addTerm(tokens, std::move(node), position, spelling);
        }
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "\u201c%1\u201d is not a date %2: understands. "
                                                "Write it as YYYY-MM-DD or YYYY/MM/DD, for "
                                                "example %3.")
                        .arg(quoted(value), lowerName, exampleFor(name, lowerName)),
                    valuePosition);
    case Name::OlderThan:
    case Name::NewerThan:
        if (const std::optional<Age> age = parseAge(value, &tooLarge)) {
            node =
                filterNode(name == Name::OlderThan ? FilterKind::OlderThan : FilterKind::NewerThan);
            node.amount = age->amount;
            node.unit = age->unit;
            return addTerm(tokens, std::move(node), position, spelling);
        }
        if (tooLarge) {
            return fail(QCoreApplication::translate("Search::QueryParser",
                                                    "\u201c%1\u201d is too large a number for %2:.")
                            .arg(quoted(value), lowerName),
                        valuePosition);
        }
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "\u201c%1\u201d is not an age %2: understands. "
                                                "Write a number followed by d (days), w (weeks), "
                                                "m (months) or y (years), for example %3.")
                        .arg(quoted(value), lowerName, exampleFor(name, lowerName)),
                    valuePosition);
    case Name::Larger:
    case Name::Smaller:
        if (const std::optional<qint64> bytes = parseSize(value, &tooLarge)) {
            node = filterNode(name == Name::Larger ? FilterKind::Larger : FilterKind::Smaller);
            node.bytes = *bytes;
            return addTerm(tokens, std::move(node), position, spelling);
        }
        if (tooLarge) {
            return fail(QCoreApplication::translate("Search::QueryParser",
                                                    "\u201c%1\u201d is too large a number for %2:.")
                            .arg(quoted(value), lowerName),
                        valuePosition);
        }
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "\u201c%1\u201d is not a size %2: understands. "
                                                "Write a number of bytes, or a number followed by "
                                                "K, M or G, for example %3.")
                        .arg(quoted(value), lowerName, exampleFor(name, lowerName)),
                    valuePosition);
    }
    return fail(QString(), position); // not reached: every name is handled above
}

bool Tokenizer::run(std::vector<Token> &tokens, Failure &failure)
{
    int glued = -1; // the position right after a '-' that negates what follows it
    const int size = int(m_text.size());
    while (true) {
        while (m_pos < size && isSeparator(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos >= size)
            break;
        const int start = m_pos;
        const QChar c = m_text.at(start);
        const bool afterMinus = start == glued;
        if (c == u'(' || c == u')') {
            Token token;
            token.type = c == u'(' ? TokenType::Open : TokenType::Close;
            token.position = start;
            token.spelling = QString(c);
            tokens.push_back(std::move(token));
            ++m_pos;
            continue;
        }
        if (c == u'"') {
            QueryNode node;
            node.phrase = true;
            readQuoted(start, &node.text, &node.prefix, &m_pos);
            if (node.text.trimmed().isEmpty()) // "" or "  ": nothing to look for
                continue;
            if (!addTerm(tokens, std::move(node), start, m_text.mid(start, m_pos - start))) {
                failure = m_failure;
                return false;
            }
            continue;
        }
        const int end = wordEnd(start);
        const QString word = m_text.mid(start, end - start);
        if (c == u'-') {
            // Each leading '-' of "-word", "--word", "-(" or "-\"" negates what follows.
            int dashes = 1;
            while (start + dashes < end && m_text.at(start + dashes) == u'-')
                ++dashes;
            const bool before = start + dashes == end && end < size
                && (m_text.at(end) == u'(' || m_text.at(end) == u'"');
            if (before || !onlyDashesAndStars(word)) {
                for (int i = 0; i < dashes; ++i) {
                    Token token;
                    token.type = TokenType::Not;
                    token.position = start + i;
                    token.spelling = QStringLiteral("-");
                    tokens.push_back(std::move(token));
                }
                m_pos = start + dashes;
                glued = m_pos;
                continue;
            }
        }
        if (onlyDashesAndStars(word)) { // a lone "-" or "*"
            m_pos = end;
            continue;
        }
        if (!afterMinus) {
            TokenType keyword = TokenType::Term;
            if (word == QLatin1String("OR"))
                keyword = TokenType::Or;
            else if (word == QLatin1String("AND"))
                keyword = TokenType::And;
            else if (word == QLatin1String("NOT"))
                keyword = TokenType::Not;
            if (keyword != TokenType::Term) {
                Token token;
                token.type = keyword;
                token.position = start;
                token.spelling = word;
                tokens.push_back(std::move(token));
                m_pos = end;
                continue;
            }
        }
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0) {
            const QString lowerName = word.left(colon).toLower();
            TextField field = TextField::Any;
            const Name name = lookUpName(lowerName, &field);
            const int valuePosition = start + int(colon) + 1;
            bool ok = true;
            if (name == Name::Field) {
                ok = readField(tokens, field, lowerName, start, valuePosition);
            } else if (name != Name::None) {
                ok = readFilter(tokens, name, lowerName, start, valuePosition);
            }
            if (!ok) {
                failure = m_failure;
                return false;
            }
            if (name != Name::None)
                continue;
        }
        // A plain word, including "name:value" with a name that is not a field or filter.
        QueryNode node;
        node.text = word;
        while (node.text.endsWith(u'*')) {
            node.text.chop(1);
            node.prefix = true;
        }
        m_pos = end;
        if (!addTerm(tokens, std::move(node), start, word)) {
            failure = m_failure;
            return false;
        }
    }
    Token endToken;
    endToken.type = TokenType::End;
    endToken.position = size;
    tokens.push_back(std::move(endToken));
    return true;
}

// Precedence climbing over the tokens: OR < AND (explicit or implicit) < NOT/'-' < terms and
// parenthesised groups. Recursion only happens for a '(' and is bounded by `depth`, which
// counts open parentheses and NOTs.
class Parser
{
public:
    explicit Parser(const std::vector<Token> &tokens)
        : m_tokens(tokens)
    { }

    std::optional<QueryNode> parse(Failure &failure);

private:
    std::optional<QueryNode> parseOr(int depth, TextField field);
    std::optional<QueryNode> parseAnd(int depth, TextField field);
    std::optional<QueryNode> parseUnary(int depth, TextField field);
    std::optional<QueryNode> parsePrimary(int depth, TextField field);
    [[nodiscard]] const Token &peek() const { return m_tokens[m_index]; }
    std::nullopt_t missingOperand();
    std::nullopt_t tooDeep(const Token &token);
    std::nullopt_t fail(const QString &message, int position);

    const std::vector<Token> &m_tokens;
    std::size_t m_index = 0;
    Failure m_failure;
};

QueryNode combine(QueryNode::Kind kind, std::vector<QueryNode> parts)
{
    if (parts.size() == 1)
        return std::move(parts.front());
    QueryNode node;
    node.kind = kind;
    for (QueryNode &part : parts) {
        if (part.kind == kind) {
            for (QueryNode &child : part.children)
                node.children.push_back(std::move(child));
        } else {
            node.children.push_back(std::move(part));
        }
    }
    return node;
}

std::nullopt_t Parser::fail(const QString &message, int position)
{
    m_failure.message = message;
    m_failure.position = position;
    return std::nullopt;
}

std::nullopt_t Parser::tooDeep(const Token &token)
{
    return fail(QCoreApplication::translate("Search::QueryParser",
                                            "This search is nested too deeply at \u201c%1\u201d "
                                            "(more than %2 levels of parentheses and NOT). "
                                            "Simplify it and try again.")
                    .arg(token.spelling)
                    .arg(QueryParser::MaxDepth),
                token.position);
}

// Something to search for was expected at the current token and is not there.
std::nullopt_t Parser::missingOperand()
{
    const Token &here = peek();
    const Token *before = m_index > 0 ? &m_tokens[m_index - 1] : nullptr;
    const Token *culprit = nullptr;
    if (here.type == TokenType::Or || here.type == TokenType::And)
        culprit = &here;
    else if (before && (before->type == TokenType::Or || before->type == TokenType::And))
        culprit = before;
    if (culprit) {
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "\u201c%1\u201d needs something to search for on "
                                                "both sides.")
                        .arg(culprit->spelling),
                    culprit->position);
    }
    if (before && before->type == TokenType::Not) {
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "\u201c%1\u201d needs something to leave out "
                                                "right after it.")
                        .arg(before->spelling),
                    before->position);
    }
    if (before && before->type == TokenType::Open) {
        if (here.type == TokenType::Close) {
            return fail(QCoreApplication::translate("Search::QueryParser",
                                                    "There is nothing to search for inside "
                                                    "\u201c%1)\u201d.")
                            .arg(before->spelling),
                        before->position);
        }
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "This \u201c%1\u201d is never closed.")
                        .arg(before->spelling),
                    before->position);
    }
    if (here.type == TokenType::Close) {
        return fail(QCoreApplication::translate(
                        "Search::QueryParser", "This \u201c)\u201d has no matching \u201c(\u201d."),
                    here.position);
    }
    return fail(QCoreApplication::translate("Search::QueryParser", "Type something to search for."),
                -1);
}

std::optional<QueryNode> Parser::parse(Failure &failure)
{
    std::optional<QueryNode> query = parseOr(0, TextField::Any);
    if (query && peek().type == TokenType::Close) {
        query =
            fail(QCoreApplication::translate("Search::QueryParser",
                                             "This \u201c)\u201d has no matching \u201c(\u201d."),
                 peek().position);
    }
    if (!query)
        failure = m_failure;
    return query;
}

std::optional<QueryNode> Parser::parseOr(int depth, TextField field)
{
    std::vector<QueryNode> alternatives;
    while (true) {
        std::optional<QueryNode> operand = parseAnd(depth, field);
        if (!operand)
            return std::nullopt;
        alternatives.push_back(std::move(*operand));
        if (peek().type != TokenType::Or)
            break;
        ++m_index;
    }
    return combine(QueryNode::Kind::Or, std::move(alternatives));
}

std::optional<QueryNode> Parser::parseAnd(int depth, TextField field)
{
    std::vector<QueryNode> parts;
    while (true) {
        std::optional<QueryNode> operand = parseUnary(depth, field);
        if (!operand)
            return std::nullopt;
        parts.push_back(std::move(*operand));
        const TokenType next = peek().type;
        if (next == TokenType::And)
            ++m_index;
        else if (next != TokenType::Term && next != TokenType::Open && next != TokenType::Not)
            break;
    }
    return combine(QueryNode::Kind::And, std::move(parts));
}

std::optional<QueryNode> Parser::parseUnary(int depth, TextField field)
{
    // NOT NOT x is a loop, not recursion.
    int nots = 0;
    while (peek().type == TokenType::Not) {
        if (depth + nots + 1 > QueryParser::MaxDepth)
            return tooDeep(peek());
        ++nots;
        ++m_index;
    }
    std::optional<QueryNode> operand = parsePrimary(depth + nots, field);
    if (!operand)
        return std::nullopt;
    for (int i = 0; i < nots; ++i) {
        QueryNode negation;
        negation.kind = QueryNode::Kind::Not;
        negation.children.push_back(std::move(*operand));
        operand = std::move(negation);
    }
    return operand;
}

std::optional<QueryNode> Parser::parsePrimary(int depth, TextField field)
{
    const Token &token = peek();
    if (token.type == TokenType::Term) {
        ++m_index;
        QueryNode node = token.term;
        if (node.kind == QueryNode::Kind::Text && node.field == TextField::Any)
            node.field = field;
        return node;
    }
    if (token.type != TokenType::Open)
        return missingOperand();
    if (depth + 1 > QueryParser::MaxDepth)
        return tooDeep(token);
    ++m_index;
    std::optional<QueryNode> inner = parseOr(depth + 1, token.groupField.value_or(field));
    if (!inner)
        return std::nullopt;
    if (peek().type != TokenType::Close) {
        return fail(QCoreApplication::translate("Search::QueryParser",
                                                "This \u201c%1\u201d is never closed.")
                        .arg(token.spelling),
                    token.position);
    }
    ++m_index;
    return inner;
}

} // namespace

ParsedQuery QueryParser::parse(const QString &input)
{
    ParsedQuery result;
    if (input.size() > MaxQueryLength) {
        result.error = QCoreApplication::translate("Search::QueryParser",
                                                   "This search is too long (more than %1 "
                                                   "characters). Shorten it and try again.")
                           .arg(MaxQueryLength);
        result.errorPosition = MaxQueryLength;
        return result;
    }
    // NUL and other control characters separate words like spaces; positions stay the same.
    QString text = input;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }

    std::vector<Token> tokens;
    Failure failure;
    Tokenizer tokenizer(text);
    if (!tokenizer.run(tokens, failure)) {
        result.error = failure.message;
        result.errorPosition = failure.position;
        return result;
    }
    if (tokens.size() == 1) { // only the end
        result.error =
            QCoreApplication::translate("Search::QueryParser", "Type something to search for.");
        return result;
    }
    Parser parser(tokens);
    result.query = parser.parse(failure);
    if (!result.query) {
        result.error = failure.message;
        result.errorPosition = failure.position;
    }
    return result;
}

} // namespace Search
