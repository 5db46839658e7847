#include "eastcase.h"

#include <algorithm>

#include <QFile>

namespace {

using Value = EastCase::Value;
using Type = EastCase::Value::Type;

constexpr int maxDepth = 64;

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentifierChar(char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexDigit(char c)
{
    return c >= '0' ? int(QByteArrayView("0123456789abcdef").indexOf(char(c | 0x20))) : -1;
}

Value stringValue(const QByteArray &text)
{
    Value value;
    value.type = Type::String;
    value.text = text;
    return value;
}

// A recursive-descent parser over the bytes of one file; the first error stops it.
class Parser
{
public:
    explicit Parser(QByteArrayView text)
        : m_text(text)
    { }

    bool document(Value &out)
    {
        if (!value(out, 0))
            return false;
        skipSpace();
        return atEnd() || fail(QStringLiteral("unexpected text after the record"));
    }

    [[nodiscard]] QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        const QByteArrayView before = m_text.first(qMin(m_pos, m_text.size()));
        const qsizetype column = m_pos - before.lastIndexOf('\n');
        if (m_error.isEmpty())
            m_error = QStringLiteral("line %1, column %2: %3")
                          .arg(before.count('\n') + 1)
                          .arg(column)
                          .arg(why);
        return false;
    }

    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : '\0';
    }

    void skipSpace()
    {
        while (!atEnd()) {
            if (isSpace(peek())) {
                ++m_pos;
            } else if (peek() == '/' && peek(1) == '/') {
                while (!atEnd() && peek() != '\n')
                    ++m_pos;
            } else {
                return;
            }
        }
    }

    bool expect(char c)
    {
        skipSpace();
        if (atEnd() || peek() != c)
            return fail(QStringLiteral("expected '%1'").arg(QLatin1Char(c)));
        ++m_pos;
        return true;
    }

    QByteArray identifier()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isIdentifierChar(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }

    bool value(Value &out, int depth)
    {
        if (depth > maxDepth)
            return fail(QStringLiteral("nested too deeply"));
        skipSpace();
        const char c = peek();
        if (atEnd())
            return fail(QStringLiteral("expected a value"));
        if (c == '"') {
            out.type = Type::String;
            return string(out.text);
        }
        if (c == '[' || c == '{') {
            ++m_pos;
            out.type = c == '[' ? Type::List : Type::Map;
            return sequence(c == '[' ? ']' : '}', out, depth);
        }
        if (c == '(')
            return parenthesised(out, depth);
        if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
            const qsizetype start = m_pos++;
            while (!atEnd() && (isIdentifierChar(peek()) || peek() == '.'))
                ++m_pos;
            out.type = Type::Number;
            out.text = m_text.sliced(start, m_pos - start).toByteArray();
            return true;
        }
        if (!isIdentifierStart(c))
            return fail(QStringLiteral("unexpected character '%1'").arg(QLatin1Char(c)));
        out.text = identifier();
        if (out.text == "true" || out.text == "false") {
            out.type = Type::Bool;
            out.boolean = out.text == "true";
            return true;
        }
        if (peek() == '(') // RON allows no space between a name and its parenthesis
            return parenthesised(out, depth);
        out.type = Type::Identifier;
        return true;
    }

    // At '(': a record (field: value, ...), a tuple (value, ...) or the unit ().
    bool parenthesised(Value &out, int depth)
    {
        ++m_pos;
        skipSpace();
        qsizetype colon = 0;
        while (isIdentifierChar(peek(colon)))
            ++colon;
        const bool named = colon > 0 && isIdentifierStart(peek());
        while (isSpace(peek(colon)))
            ++colon;
        if (named && peek(colon) == ':' && peek(colon + 1) != ':')
            out.type = Type::Record;
        else if (peek() == ')') // () is the unit; Name() an empty record
            out.type = out.text.isEmpty() ? Type::Unit : Type::Record;
        else
            out.type = Type::Tuple;
        return sequence(')', out, depth);
    }

    // Items up to close: key: value pairs for a map and a record, values otherwise.
    bool sequence(char close, Value &out, int depth)
    {
        const bool keyed = out.type == Type::Map || out.type == Type::Record;
        while (true) {
            skipSpace();
            if (atEnd())
                return fail(QStringLiteral("expected '%1'").arg(QLatin1Char(close)));
            if (peek() == close) {
                ++m_pos;
                return true;
            }
            if (keyed) {
                Value key;
                if (out.type == Type::Record && !isIdentifierStart(peek()))
                    return fail(QStringLiteral("expected a field name"));
                if (out.type == Type::Record)
                    key.text = identifier();
                else if (!value(key, depth + 1))
                    return false;
                if (out.type == Type::Record && out.names.contains(key.text))
                    return fail(
                        QStringLiteral("duplicate field \"%1\"").arg(QString::fromUtf8(key.text)));
                if (!expect(':'))
                    return false;
                out.names.append(key.text);
            }
            Value item;
            if (!value(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            skipSpace();
            if (peek() == ',')
                ++m_pos;
            else if (atEnd() || peek() != close)
                return fail(QStringLiteral("expected ',' or '%1'").arg(QLatin1Char(close)));
        }
    }

    // At '"'.
    bool string(QByteArray &out)
    {
        for (++m_pos; !atEnd();) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                return true;
            if (c != '\\')
                out.append(c);
            else if (!escape(out))
                return false;
        }
        return fail(QStringLiteral("unterminated string"));
    }

    // After a backslash.
    bool escape(QByteArray &out)
    {
        static constexpr char simple[] = "n\nr\rt\t0\0\\\\\"\"''";
        const char e = peek();
        ++m_pos;
        for (std::size_t i = 0; i + 1 < sizeof simple; i += 2) {
            if (simple[i] == e) {
                out.append(simple[i + 1]);
                return true;
            }
        }
        if (e == '\n') { // line continuation: the line end and the next line's indentation go
            while (!atEnd() && isSpace(peek()))
                ++m_pos;
            return true;
        }
        if (e == 'x') {
            const int high = hexDigit(peek());
            const int low = hexDigit(peek(1));
            if (high < 0 || low < 0)
                return fail(QStringLiteral("\\x needs two hex digits"));
            m_pos += 2;
            out.append(char(high * 16 + low));
            return true;
        }
        if (e != 'u' || peek() != '{')
            return fail(QStringLiteral("unknown escape \\%1").arg(QLatin1Char(e)));
        char32_t codePoint = 0;
        int digits = 0;
        for (++m_pos; peek() != '}'; ++m_pos) {
            const int digit = hexDigit(peek());
            if (digit < 0 || ++digits > 6)
                return fail(QStringLiteral("bad \\u{...} escape"));
            codePoint = codePoint * 16 + char32_t(digit);
        }
        ++m_pos;
        if (digits == 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return fail(QStringLiteral("\\u{...} is not a Unicode scalar value"));
        out.append(QString::fromUcs4(&codePoint, 1).toUtf8());
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

bool isString(const Value *value)
{
    return value && value->type == Type::String;
}

bool isStringList(const Value *value)
{
    if (!value || value->type != Type::List)
        return false;
    return std::all_of(value->items.cbegin(), value->items.cend(),
                       [](const Value &item) { return isString(item.unwrapped()); });
}

} // namespace

const EastCase::Value *EastCase::Value::unwrapped() const
{
    if (type == Type::Identifier && text == "None")
        return nullptr;
    if (type == Type::Tuple && text == "Some" && items.size() == 1)
        return items.front().unwrapped();
    return this;
}

const EastCase::Value *EastCase::Value::field(QByteArrayView name) const
{
    const qsizetype index = type == Type::Record ? names.indexOf(name) : -1;
    return index < 0 ? nullptr : items.at(std::size_t(index)).unwrapped();
}

bool EastCase::parse(QByteArrayView text)
{
    m_record = {};
    m_error.clear();
    Parser parser(text);
    Value parsed;
    if (!parser.document(parsed)) {
        m_error = parser.error();
        return false;
    }
    if (parsed.type != Type::Record) {
        m_error = QStringLiteral("the case is not a record \"( field: value, ... )\"");
        return false;
    }
    m_record = std::move(parsed);
    return checkTypes();
}

bool EastCase::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!parse(file.read(1024 * 1024))) {
        m_error = path + QStringLiteral(": ") + m_error;
        return false;
    }
    return true;
}

bool EastCase::checkTypes()
{
    const auto wrong = [this](const char *field, const char *expected) {
        m_error = QStringLiteral("field \"%1\" must be %2")
                      .arg(QLatin1String(field), QLatin1String(expected));
        return false;
    };
    if (!isString(value("greeting")))
        return wrong("greeting", "a string (and is required)");
    if (contains("stls_response") && !isString(value("stls_response")))
        return wrong("stls_response", "a string");
    for (const char *field : {"stls_make_transition", "implicit_tls"}) {
        if (contains(field) && value(field)->type != Type::Bool)
            return wrong(field, "true or false");
    }
    for (const char *field : {"capa", "capa_tls", "capa_auth", "capa_tls_auth", "hide_commands",
                              "ignore_commands_tls"}) {
        if (contains(field) && !isStringList(value(field)))
            return wrong(field, "a list of strings");
    }
    if (const Value *overrides = value("override_response")) {
        if (overrides->type != Type::Map
            || !std::all_of(overrides->items.cbegin(), overrides->items.cend(),
                            [](const Value &answer) { return isString(answer.unwrapped()); }))
            return wrong("override_response", "a map { \"command\": \"answer\", ... }");
    }
    if (contains("cert") && !certificate("cert"))
        return wrong("cert", "Cert(crt_path: \"...\", key_path: \"...\")");
    return true;
}

const EastCase::Value *EastCase::value(QByteArrayView field) const
{
    return m_record.field(field);
}

std::optional<QByteArray> EastCase::string(QByteArrayView field) const
{
    const Value *v = value(field);
    return isString(v) ? std::optional(v->text) : std::nullopt;
}

std::optional<bool> EastCase::boolean(QByteArrayView field) const
{
    const Value *v = value(field);
    return v && v->type == Type::Bool ? std::optional(v->boolean) : std::nullopt;
}

std::optional<QList<QByteArray>> EastCase::stringList(QByteArrayView field) const
{
    const Value *v = value(field);
    if (!isStringList(v))
        return std::nullopt;
    QList<QByteArray> list;
    for (const Value &item : v->items)
        list.append(item.unwrapped()->text);
    return list;
}

std::optional<QList<std::pair<QByteArray, QByteArray>>>
EastCase::stringMap(QByteArrayView field) const
{
    const Value *v = value(field);
    if (!v || v->type != Type::Map)
        return std::nullopt;
    QList<std::pair<QByteArray, QByteArray>> map;
    for (qsizetype i = 0; i < v->names.size(); ++i) {
        if (const Value *answer = v->items.at(std::size_t(i)).unwrapped(); isString(answer))
            map.append({v->names.at(i), answer->text});
    }
    return map;
}

std::optional<EastCase::Certificate> EastCase::certificate(QByteArrayView field) const
{
    const Value *v = value(field);
    if (!v || !isString(v->field("crt_path")) || !isString(v->field("key_path")))
        return std::nullopt;
    return Certificate {v->field("crt_path")->text, v->field("key_path")->text};
}

void EastCase::setString(const QByteArray &field, const QByteArray &value)
{
    set(field, stringValue(value));
}

void EastCase::setStringList(const QByteArray &field, const QList<QByteArray> &values)
{
    Value list;
    list.type = Type::List;
    for (const QByteArray &text : values)
        list.items.push_back(stringValue(text));
    set(field, std::move(list));
}

void EastCase::set(const QByteArray &field, Value value)
{
    m_record.type = Type::Record;
    const qsizetype index = m_record.names.indexOf(field);
    if (index >= 0) {
        m_record.items[std::size_t(index)] = std::move(value);
        return;
    }
    m_record.names.append(field);
    m_record.items.push_back(std::move(value));
}
