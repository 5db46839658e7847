#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// One test case of the EAST study ("Why TLS is better without STARTTLS", USENIX Security 2021),
// as the fake-mail-server project writes them: a RON ("Rusty Object Notation") record such as
//
//   ( greeting: "+OK ready\r\n", capa: ["STLS", "USER"], stls_make_transition: false,
//     override_response: { "quit": "-ERR no\r\n" },
//     cert: Cert(crt_path: "certs/example.org.pem", key_path: "certs/example.org-key.pem") )
//
// The parser reads the subset of RON these files use: strings with Rust escapes (\r, \n, \t,
// \0, \\, \", \', \xHH, \u{...}, line continuations); booleans; numbers; lists [...]; maps
// {key: value}; named and unnamed records and tuples (Cert(...), Some(...)); bare identifiers
// (None); and // comments. Anything else (raw strings, char literals, /* */) is a clear error.
// Strings decode to raw bytes (\u{...} as UTF-8). Unknown fields are kept; the fields the EAST
// server reads are type-checked, so a typo in a case is an error rather than a silent default.
class EastCase final
{
public:
    struct Value
    {
        enum class Type {
            Unit,
            Bool,
            Number,
            String,
            Identifier, // None, an enum variant
            List,
            Map,
            Record, // Name(field: value, ...) or (field: value, ...)
            Tuple, // Name(value, ...), e.g. Some(...)
        };

        Type type = Type::Unit;
        bool boolean = false;
        // String: the decoded bytes; Number: as written; Identifier: its name;
        // Record and Tuple: the name before the parenthesis (may be empty).
        QByteArray text;
        QList<QByteArray> names; // Record: field names; Map: keys (a key's text); as items
        std::vector<Value> items;

        // Some(x) is x; None is nullptr; anything else is itself.
        [[nodiscard]] const Value *unwrapped() const;
        [[nodiscard]] const Value *field(QByteArrayView name) const; // Record fields only
    };

    struct Certificate
    {
        QByteArray crtPath;
        QByteArray keyPath;
    };

    // False on a syntax or type error; errorString() then says where ("line 3, column 14: ...").
    [[nodiscard]] bool parse(QByteArrayView text);
    [[nodiscard]] bool load(const QString &path);
    [[nodiscard]] QString errorString() const { return m_error; }

    // Top-level fields, in file order. A field set to None counts as absent.
    [[nodiscard]] QList<QByteArray> fieldNames() const { return m_record.names; }
    [[nodiscard]] const Value *value(QByteArrayView field) const;
    [[nodiscard]] bool contains(QByteArrayView field) const { return value(field) != nullptr; }

    [[nodiscard]] std::optional<QByteArray> string(QByteArrayView field) const;
    [[nodiscard]] std::optional<bool> boolean(QByteArrayView field) const;
    [[nodiscard]] std::optional<QList<QByteArray>> stringList(QByteArrayView field) const;
    [[nodiscard]] std::optional<QList<std::pair<QByteArray, QByteArray>>>
    stringMap(QByteArrayView field) const;
    [[nodiscard]] std::optional<Certificate> certificate(QByteArrayView field) const;

    // For derived cases (the B_1 recipe): replaces or adds a top-level field.
    void setString(const QByteArray &field, const QByteArray &value);
    void setStringList(const QByteArray &field, const QList<QByteArray> &values);

private:
    void set(const QByteArray &field, Value value);
    [[nodiscard]] bool checkTypes();

    Value m_record;
    QString m_error;
};
