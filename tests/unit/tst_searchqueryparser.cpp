#include <QRandomGenerator>
#include <QTest>

#include "search/queryparser.h"

using namespace Search;

namespace {

QString fieldName(TextField field)
{
    switch (field) {
    case TextField::Any:
        return QStringLiteral("any");
    case TextField::Subject:
        return QStringLiteral("subject");
    case TextField::From:
        return QStringLiteral("from");
    case TextField::To:
        return QStringLiteral("to");
    case TextField::Cc:
        return QStringLiteral("cc");
    case TextField::Body:
        return QStringLiteral("body");
    case TextField::Filename:
        return QStringLiteral("filename");
    }
    return QStringLiteral("?");
}

QString unitName(AgeUnit unit)
{
    switch (unit) {
    case AgeUnit::Days:
        return QStringLiteral("d");
    case AgeUnit::Weeks:
        return QStringLiteral("w");
    case AgeUnit::Months:
        return QStringLiteral("m");
    case AgeUnit::Years:
        return QStringLiteral("y");
    }
    return QStringLiteral("?");
}

QString filterText(const QueryNode &node)
{
    switch (node.filter) {
    case FilterKind::HasAttachment:
        return QStringLiteral("has:attachment");
    case FilterKind::IsUnread:
        return QStringLiteral("is:unread");
    case FilterKind::IsRead:
        return QStringLiteral("is:read");
    case FilterKind::IsFlagged:
        return QStringLiteral("is:flagged");
    case FilterKind::InFolder:
        return QStringLiteral("in \"%1\"").arg(node.text);
    case FilterKind::Account:
        return QStringLiteral("account \"%1\"").arg(node.text);
    case FilterKind::Before:
        return QStringLiteral("before ") + node.date.toString(Qt::ISODate);
    case FilterKind::After:
        return QStringLiteral("after ") + node.date.toString(Qt::ISODate);
    case FilterKind::OlderThan:
        return QStringLiteral("older_than %1%2").arg(node.amount).arg(unitName(node.unit));
    case FilterKind::NewerThan:
        return QStringLiteral("newer_than %1%2").arg(node.amount).arg(unitName(node.unit));
    case FilterKind::Larger:
        return QStringLiteral("larger %1").arg(node.bytes);
    case FilterKind::Smaller:
        return QStringLiteral("smaller %1").arg(node.bytes);
    }
    return QStringLiteral("?");
}

// The tree as an S-expression: (and (text any "a") (or (text subject "b" prefix) (filter ...))).
QString sexpr(const QueryNode &node)
{
    QString out;
    switch (node.kind) {
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or:
    case QueryNode::Kind::Not:
        out = node.kind == QueryNode::Kind::And ? QStringLiteral("(and")
            : node.kind == QueryNode::Kind::Or  ? QStringLiteral("(or")
                                                : QStringLiteral("(not");
        for (const QueryNode &child : node.children)
            out += u' ' + sexpr(child);
        return out + u')';
    case QueryNode::Kind::Text:
        out = QStringLiteral("(text %1 \"%2\"").arg(fieldName(node.field), node.text);
        if (node.phrase)
            out += QStringLiteral(" phrase");
        if (node.prefix)
            out += QStringLiteral(" prefix");
        return out + u')';
    case QueryNode::Kind::Filter:
        return QStringLiteral("(filter %1)").arg(filterText(node));
    }
    return QStringLiteral("?");
}

// The invariants QueryNode documents, plus the parser's normalisation. Returns the depth.
int checkShape(const QueryNode &node, QString *problem)
{
    int depth = 0;
    switch (node.kind) {
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or:
        if (node.children.size() < 2)
            *problem = QStringLiteral("and/or with fewer than two children");
        for (const QueryNode &child : node.children) {
            if (child.kind == node.kind)
                *problem = QStringLiteral("and in and, or or in or");
        }
        break;
    case QueryNode::Kind::Not:
        if (node.children.size() != 1)
            *problem = QStringLiteral("not without exactly one child");
        break;
    case QueryNode::Kind::Text:
        if (!node.children.empty())
            *problem = QStringLiteral("text with children");
        if (node.text.isEmpty())
            *problem = QStringLiteral("empty text");
        break;
    case QueryNode::Kind::Filter:
        if (!node.children.empty())
            *problem = QStringLiteral("filter with children");
        break;
    }
    for (const QueryNode &child : node.children)
        depth = std::max(depth, checkShape(child, problem));
    return depth + 1;
}

int countLeaves(const QueryNode &node)
{
    if (node.children.empty())
        return 1;
    int leaves = 0;
    for (const QueryNode &child : node.children)
        leaves += countLeaves(child);
    return leaves;
}

// Parses and checks the result is one thing or the other, and well formed.
ParsedQuery parseChecked(const QString &input)
{
    const ParsedQuery parsed = QueryParser::parse(input);
    if (parsed.ok()) {
        QString problem;
        const int depth = checkShape(*parsed.query, &problem);
        if (!problem.isEmpty())
            qWarning("malformed tree: %s", qPrintable(problem));
        if (!problem.isEmpty() || !parsed.error.isEmpty() || parsed.errorPosition != -1
            || depth > 2 * QueryParser::MaxDepth + 3
            || countLeaves(*parsed.query) > QueryParser::MaxTerms)
            return {std::nullopt, QStringLiteral("BROKEN"), -2};
    } else if (parsed.error.isEmpty() || parsed.errorPosition < -1
               || parsed.errorPosition > input.size()) {
        return {std::nullopt, QStringLiteral("BROKEN"), -2};
    }
    return parsed;
}

QString repeated(const QString &part, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += part;
    return out;
}

} // namespace

class TestSearchQueryParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tree");

        auto row = [](const char *name, const char *input, const char *tree) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(tree);
        };

        // Words, phrases, prefixes.
        row("word", "invoice", "(text any \"invoice\")");
        row("padded word", "  invoice\t", "(text any \"invoice\")");
        row("two words", "a b", "(and (text any \"a\") (text any \"b\"))");
        row("three words", "a b c", "(and (text any \"a\") (text any \"b\") (text any \"c\"))");
        row("phrase", "\"exact phrase\"", "(text any \"exact phrase\" phrase)");
        row("phrase and word", "x \"a b\"", "(and (text any \"x\") (text any \"a b\" phrase))");
        row("phrase glued to word", "foo\"bar\"",
            "(and (text any \"foo\") (text any \"bar\" phrase))");
        row("prefix", "inv*", "(text any \"inv\" prefix)");
        row("prefix many stars", "inv**", "(text any \"inv\" prefix)");
        row("star inside word", "a*b", "(text any \"a*b\")");
        row("phrase prefix", "\"a phra\"*", "(text any \"a phra\" phrase prefix)");
        row("unicode word", "Grüße", "(text any \"Grüße\")");
        row("apostrophe", "don't", "(text any \"don't\")");
        row("hyphenated", "e-mail", "(text any \"e-mail\")");
        row("trailing dash", "a-", "(text any \"a-\")");

        // Operators and precedence.
        row("OR", "a OR b", "(or (text any \"a\") (text any \"b\"))");
        row("OR chain flattened", "a OR b OR c",
            "(or (text any \"a\") (text any \"b\") (text any \"c\"))");
        row("lowercase or is a word", "a or b",
            "(and (text any \"a\") (text any \"or\") (text any \"b\"))");
        row("AND explicit", "a AND b", "(and (text any \"a\") (text any \"b\"))");
        row("lowercase and is a word", "a and b",
            "(and (text any \"a\") (text any \"and\") (text any \"b\"))");
        row("AND binds tighter than OR", "a b OR c",
            "(or (and (text any \"a\") (text any \"b\")) (text any \"c\"))");
        row("AND binds tighter than OR right", "a OR b c",
            "(or (text any \"a\") (and (text any \"b\") (text any \"c\")))");
        row("explicit AND before OR", "a AND b OR c AND d",
            "(or (and (text any \"a\") (text any \"b\")) (and (text any \"c\") (text any \"d\")))");
        row("minus", "-spam", "(not (text any \"spam\"))");
        row("minus binds tightest", "-a b", "(and (not (text any \"a\")) (text any \"b\"))");
        row("minus in OR", "a OR -b", "(or (text any \"a\") (not (text any \"b\")))");
        row("NOT", "NOT spam", "(not (text any \"spam\"))");
        row("NOT implicit AND", "a NOT b", "(and (text any \"a\") (not (text any \"b\")))");
        row("AND NOT", "a AND NOT b", "(and (text any \"a\") (not (text any \"b\")))");
        row("lowercase not is a word", "not b", "(and (text any \"not\") (text any \"b\"))");
        row("NOT NOT", "NOT NOT a", "(not (not (text any \"a\")))");
        row("double minus", "--a", "(not (not (text any \"a\")))");
        row("minus phrase", "-\"a b\"", "(not (text any \"a b\" phrase))");
        row("minus group", "-(a b)", "(not (and (text any \"a\") (text any \"b\")))");
        row("NOT group", "NOT(a OR b)", "(not (or (text any \"a\") (text any \"b\")))");
        row("minus keyword is a word", "-OR", "(not (text any \"OR\"))");
        row("quoted keyword is a phrase", "\"OR\"", "(text any \"OR\" phrase)");
        row("minus prefix", "-foo*", "(not (text any \"foo\" prefix))");

        // Parentheses.
        row("group", "(a OR b) c", "(and (or (text any \"a\") (text any \"b\")) (text any \"c\"))");
        row("group flattened into AND", "a (b c)",
            "(and (text any \"a\") (text any \"b\") (text any \"c\"))");
        row("group flattened into OR", "a OR (b OR c)",
            "(or (text any \"a\") (text any \"b\") (text any \"c\"))");
        row("redundant parentheses", "((a))", "(text any \"a\")");
        row("adjacent groups", "(a)(b)", "(and (text any \"a\") (text any \"b\"))");
        row("OR glued to groups", "(a)OR(b)", "(or (text any \"a\") (text any \"b\"))");

        // Fields.
        row("from", "from:alice", "(text from \"alice\")");
        row("to", "to:bob", "(text to \"bob\")");
        row("cc", "cc:carol", "(text cc \"carol\")");
        row("subject", "subject:invoice", "(text subject \"invoice\")");
        row("body", "body:hello", "(text body \"hello\")");
        row("filename", "filename:pdf", "(text filename \"pdf\")");
        row("field any case", "SUBJECT:x From:y", "(and (text subject \"x\") (text from \"y\"))");
        row("field phrase", "subject:\"quarterly report\"",
            "(text subject \"quarterly report\" phrase)");
        row("field prefix", "subject:inv*", "(text subject \"inv\" prefix)");
        row("field phrase prefix", "subject:\"quart rep\"*",
            "(text subject \"quart rep\" phrase prefix)");
        row("field value with colon", "subject:re:hello", "(text subject \"re:hello\")");
        row("field keyword value", "subject:OR", "(text subject \"OR\")");
        row("field applies to one term", "subject:a b",
            "(and (text subject \"a\") (text any \"b\"))");
        row("field on group", "subject:(foo bar)",
            "(and (text subject \"foo\") (text subject \"bar\"))");
        row("field on group with OR", "from:(alice OR bob)",
            "(or (text from \"alice\") (text from \"bob\"))");
        row("field on group inner field wins", "subject:(foo from:bob)",
            "(and (text subject \"foo\") (text from \"bob\"))");
        row("field on nested group", "subject:(a (b OR c))",
            "(and (text subject \"a\") (or (text subject \"b\") (text subject \"c\")))");
        row("field on group nested field group", "subject:(a from:(b c))",
            "(and (text subject \"a\") (text from \"b\") (text from \"c\"))");
        row("field on group leaves filters", "subject:(a is:unread)",
            "(and (text subject \"a\") (filter is:unread))");
        row("field on group negation", "subject:(a -b)",
            "(and (text subject \"a\") (not (text subject \"b\")))");
        row("field group ends", "subject:(a) b", "(and (text subject \"a\") (text any \"b\"))");
        row("negated field", "-from:spam", "(not (text from \"spam\"))");
        row("negated field group", "-subject:(a b)",
            "(not (and (text subject \"a\") (text subject \"b\")))");

        // Unknown names are words.
        row("url", "http://example.com", "(text any \"http://example.com\")");
        row("unknown name", "foo:bar", "(text any \"foo:bar\")");
        row("unknown name prefix", "foo:bar*", "(text any \"foo:bar\" prefix)");
        row("leading colon", ":x", "(text any \":x\")");
        row("time", "meet 10:30", "(and (text any \"meet\") (text any \"10:30\"))");

        // Filters.
        row("has:attachment", "has:attachment", "(filter has:attachment)");
        row("has:attachments", "has:attachments", "(filter has:attachment)");
        row("has any case", "HAS:Attachment", "(filter has:attachment)");
        row("is:unread", "is:unread", "(filter is:unread)");
        row("is:read", "is:read", "(filter is:read)");
        row("is:flagged", "is:flagged", "(filter is:flagged)");
        row("is:starred", "is:starred", "(filter is:flagged)");
        row("is any case", "Is:UNREAD", "(filter is:unread)");
        row("in", "in:Inbox", "(filter in \"Inbox\")");
        row("in quoted", "in:\"Local Folders/My stuff\"", "(filter in \"Local Folders/My stuff\")");
        row("in unclosed quote", "in:\"Local Folders", "(filter in \"Local Folders\")");
        row("in keeps case", "IN:Archive/2023", "(filter in \"Archive/2023\")");
        row("account", "account:Work", "(filter account \"Work\")");
        row("account quoted", "account:\"My ISP\"", "(filter account \"My ISP\")");
        row("before", "before:2024-03-31", "(filter before 2024-03-31)");
        row("before slashes", "before:2024/03/31", "(filter before 2024-03-31)");
        row("after", "after:2023-01-01", "(filter after 2023-01-01)");
        row("after single digits", "after:2023-1-5", "(filter after 2023-01-05)");
        row("after leap day", "after:2024-02-29", "(filter after 2024-02-29)");
        row("older_than days", "older_than:30d", "(filter older_than 30d)");
        row("older_than weeks", "older_than:2w", "(filter older_than 2w)");
        row("older_than months", "older_than:6m", "(filter older_than 6m)");
        row("older_than years", "older_than:1y", "(filter older_than 1y)");
        row("newer_than", "newer_than:7d", "(filter newer_than 7d)");
        row("newer_than upper unit", "NEWER_THAN:3D", "(filter newer_than 3d)");
        row("larger bytes", "larger:1024", "(filter larger 1024)");
        row("larger K", "larger:500k", "(filter larger 512000)");
        row("larger KB", "larger:500KB", "(filter larger 512000)");
        row("larger M", "larger:5M", "(filter larger 5242880)");
        row("larger mb", "larger:5mb", "(filter larger 5242880)");
        row("larger G", "larger:1G", "(filter larger 1073741824)");
        row("larger fraction", "larger:1.5M", "(filter larger 1572864)");
        row("larger fraction rounded", "larger:0.001K", "(filter larger 1)");
        row("larger B", "larger:100B", "(filter larger 100)");
        row("smaller", "smaller:10K", "(filter smaller 10240)");
        row("filters and text", "invoice has:attachment is:unread",
            "(and (text any \"invoice\") (filter has:attachment) (filter is:unread))");
        row("negated filter", "-is:read", "(not (filter is:read))");
        row("filter in OR", "is:unread OR is:flagged",
            "(or (filter is:unread) (filter is:flagged))");
        row("everything", "from:alice subject:\"q3 report\" -is:read (has:attachment OR larger:1M)",
            "(and (text from \"alice\") (text subject \"q3 report\" phrase) (not (filter is:read))"
            " (or (filter has:attachment) (filter larger 1048576)))");

        // Leniencies.
        row("unclosed quote", "\"unclosed phrase", "(text any \"unclosed phrase\" phrase)");
        row("unclosed quote after word", "a \"b c",
            "(and (text any \"a\") (text any \"b c\" phrase))");
        row("empty phrase ignored", "a \"\" b", "(and (text any \"a\") (text any \"b\"))");
        row("lone minus ignored", "a - b", "(and (text any \"a\") (text any \"b\"))");
        row("lone star ignored", "a * b", "(and (text any \"a\") (text any \"b\"))");
        row("dashes ignored", "a -- b", "(and (text any \"a\") (text any \"b\"))");
        row("minus before close ignored", "(a -)", "(text any \"a\")");
        row("SQL fragment", "'; DROP TABLE messages; --",
            "(and (text any \"';\") (text any \"DROP\") (text any \"TABLE\") (text any "
            "\"messages;\"))");
        row("SQL quote", "x' OR '1'='1", "(or (text any \"x'\") (text any \"'1'='1\"))");
        row("FTS5 NEAR", "NEAR(a b)",
            "(and (text any \"NEAR\") (text any \"a\") (text any \"b\"))");
        row("FTS5 column filter", "{subject}: x",
            "(and (text any \"{subject}:\") (text any \"x\"))");
        row("FTS5 caret", "^a", "(text any \"^a\")");
        row("FTS5 plus", "a + b", "(and (text any \"a\") (text any \"+\") (text any \"b\"))");
        row("percent and underscore", "100% a_b", "(and (text any \"100%\") (text any \"a_b\"))");
    }

    void parses()
    {
        QFETCH(QString, input);
        QFETCH(QString, tree);
        const ParsedQuery parsed = parseChecked(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(sexpr(*parsed.query), tree);
        QCOMPARE(parsed.errorPosition, -1);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("mentions"); // the error must contain this

        auto row = [](const char *name, const char *input, int position, const char *mentions) {
            QTest::newRow(name) << QString::fromUtf8(input) << position
                                << QString::fromUtf8(mentions);
        };

        row("empty", "", -1, "Type something");
        row("spaces", "   \t ", -1, "Type something");
        row("only dashes", "-", -1, "Type something");
        row("only stars", "***", -1, "Type something");
        row("only empty phrase", "\"\"", -1, "Type something");

        row("OR at end", "a OR", 2, "\u201cOR\u201d needs something to search for on both sides");
        row("OR at start", "OR a", 0, "\u201cOR\u201d");
        row("OR alone", "OR", 0, "\u201cOR\u201d");
        row("OR OR", "a OR OR b", 5, "\u201cOR\u201d");
        row("AND at end", "a AND", 2, "\u201cAND\u201d");
        row("AND at start", "AND a", 0, "\u201cAND\u201d");
        row("OR before close", "(a OR) b", 3, "\u201cOR\u201d");
        row("NOT at end", "a NOT", 2, "\u201cNOT\u201d needs something");
        row("NOT alone", "NOT", 0, "\u201cNOT\u201d");
        row("minus before empty phrase", "a -\"\"", 2, "\u201c-\u201d");

        row("unclosed paren", "(a b", 0, "\u201c(\u201d is never closed");
        row("unclosed inner paren", "(a (b)", 0, "\u201c(\u201d is never closed");
        row("unclosed paren at end", "a (", 2, "\u201c(\u201d is never closed");
        row("unclosed field group", "subject:(a", 0, "\u201csubject:(\u201d is never closed");
        row("stray close", "a) b", 1, "\u201c)\u201d has no matching");
        row("close first", ")", 0, "\u201c)\u201d has no matching");
        row("extra close", "(a))", 3, "\u201c)\u201d has no matching");
        row("empty parens", "a ()", 2, "nothing to search for inside \u201c()\u201d");
        row("empty field group", "subject:()", 0, "\u201csubject:()\u201d");

        row("field without value", "subject:", 0, "\u201csubject:\u201d needs a word");
        row("field then space", "from: alice", 0, "\u201cfrom:\u201d");
        row("field empty phrase", "to:\"\"", 0, "\u201cto:\u201d");
        row("field only star", "body:*", 0, "\u201cbody:\u201d");

        row("has bad", "has:pizza", 4, "\u201cpizza\u201d");
        row("has mentions form", "has:pizza", 4, "has:attachment");
        row("has empty", "has:", 0, "\u201chas:\u201d needs a value");
        row("is bad", "is:bogus", 3, "\u201cbogus\u201d");
        row("is mentions forms", "a is:bogus", 5, "is:unread, is:read or is:flagged");
        row("is empty", "x is: y", 2, "\u201cis:\u201d");
        row("is group", "is:(unread)", 0, "\u201cis:\u201d");
        row("in empty", "in:", 0, "\u201cin:\u201d");
        row("in empty quotes", "in:\"  \"", 0, "\u201cin:\u201d");
        row("account empty", "account: Work", 0, "\u201caccount:\u201d");
        row("before bad month", "before:2024-13-45", 7, "\u201c2024-13-45\u201d");
        row("before mentions form", "before:2024-13-45", 7, "YYYY-MM-DD");
        row("before Feb 30", "before:2023-02-30", 7, "\u201c2023-02-30\u201d");
        row("before not leap", "before:2023-02-29", 7, "\u201c2023-02-29\u201d");
        row("before words", "before:yesterday", 7, "\u201cyesterday\u201d");
        row("before mixed separators", "before:2024-03/31", 7, "\u201c2024-03/31\u201d");
        row("before short year", "before:24-03-31", 7, "\u201c24-03-31\u201d");
        row("before year zero", "before:0000-01-01", 7, "\u201c0000-01-01\u201d");
        row("before trailing junk", "before:2024-03-31x", 7, "\u201c2024-03-31x\u201d");
        row("before empty", "before:", 0, "\u201cbefore:\u201d");
        row("after bad", "after:2024-00-10", 6, "\u201c2024-00-10\u201d");
        row("older_than bad unit", "older_than:30x", 11, "\u201c30x\u201d");
        row("older_than mentions form", "older_than:30x", 11, "d (days)");
        row("older_than no number", "older_than:d", 11, "\u201cd\u201d");
        row("older_than no unit", "older_than:30", 11, "\u201c30\u201d");
        row("older_than negative", "older_than:-3d", 11, "\u201c-3d\u201d");
        row("older_than fraction", "older_than:1.5d", 11, "\u201c1.5d\u201d");
        row("older_than huge", "older_than:99999999999999999999d", 11, "too large");
        row("older_than too many years", "older_than:20000y", 11, "too large");
        row("newer_than empty", "newer_than:", 0, "\u201cnewer_than:\u201d");
        row("larger words", "larger:lots", 7, "\u201clots\u201d");
        row("larger mentions form", "larger:lots", 7, "K, M or G");
        row("larger unit only", "larger:M", 7, "\u201cM\u201d");
        row("larger negative", "larger:-5M", 7, "\u201c-5M\u201d");
        row("larger bad unit", "larger:5T", 7, "\u201c5T\u201d");
        row("larger two dots", "larger:1.2.3", 7, "\u201c1.2.3\u201d");
        row("larger trailing dot", "larger:1.", 7, "\u201c1.\u201d");
        row("larger huge", "larger:99999999999999999999G", 7, "too large");
        row("larger over limit", "larger:2000000G", 7, "too large");
        row("smaller empty", "smaller:", 0, "\u201csmaller:\u201d");
        row("error after good terms", "a b is:bogus", 7, "\u201cbogus\u201d");
    }

    void errors()
    {
        QFETCH(QString, input);
        QFETCH(int, position);
        QFETCH(QString, mentions);
        const ParsedQuery parsed = parseChecked(input);
        QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? sexpr(*parsed.query) : QString()));
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
        QCOMPARE(parsed.errorPosition, position);
    }

    void longValueQuotedShort()
    {
        const ParsedQuery parsed = QueryParser::parse(QStringLiteral("is:") + QString(5000, u'x'));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.size() < 200, qPrintable(parsed.error));
        QVERIFY(parsed.error.contains(QChar(u'\u2026')));
    }

    void nul()
    {
        const QString input = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")
            + QChar(u'\x01') + QStringLiteral("is:unread") + QChar(u'\x7f') + QChar(u'\0');
        const ParsedQuery parsed = parseChecked(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(sexpr(*parsed.query),
                 QStringLiteral("(and (text any \"a\") (text any \"b\") (filter is:unread))"));

        const ParsedQuery onlyControl = parseChecked(QString(10, QChar(u'\0')));
        QVERIFY(!onlyControl.ok());
        QVERIFY(onlyControl.error.contains(QStringLiteral("Type something")));

        const ParsedQuery inPhrase =
            parseChecked(QStringLiteral("\"a") + QChar(u'\0') + QStringLiteral("b\""));
        QVERIFY(inPhrase.ok());
        QCOMPARE(sexpr(*inPhrase.query), QStringLiteral("(text any \"a b\" phrase)"));
    }

    void unicodeSpaces()
    {
        const ParsedQuery parsed = parseChecked(QStringLiteral("a\u00a0b\u3000c\u2028d"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.query->children.size(), std::size_t(4));
    }

    void limits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");

        const int max = QueryParser::MaxDepth;
        QTest::newRow("10 KB of (")
            << QString(10 * 1024, u'(') << false << QStringLiteral("nested");
        QTest::newRow("10 KB of )")
            << QString(10 * 1024, u')') << false << QStringLiteral("no matching");
        QTest::newRow("10 KB of -")
            << QString(10 * 1024, u'-') << false << QStringLiteral("Type something");
        QTest::newRow("10 KB of - then a")
            << QString(10 * 1024, u'-') + u'a' << false << QStringLiteral("nested");
        QTest::newRow("10 KB of *")
            << QString(10 * 1024, u'*') << false << QStringLiteral("Type something");
        QTest::newRow("10 KB of \"")
            << QString(10 * 1024, u'"') << false << QStringLiteral("Type something");
        QTest::newRow("10 KB of :") << QString(10 * 1024, u':') << true << QString();
        QTest::newRow("NOT x 2500")
            << repeated(QStringLiteral("NOT "), 2500) + u'a' << false << QStringLiteral("nested");
        QTest::newRow("-( x 3000")
            << repeated(QStringLiteral("-("), 3000) << false << QStringLiteral("nested");
        QTest::newRow("OR x 2500")
            << repeated(QStringLiteral("OR "), 2500) << false << QStringLiteral("both sides");
        QTest::newRow("balanced at max depth")
            << QString(max, u'(') + u'a' + QString(max, u')') << true << QString();
        QTest::newRow("balanced one too deep")
            << QString(max + 1, u'(') + u'a' + QString(max + 1, u')') << false
            << QStringLiteral("nested");
        QTest::newRow("NOTs at max depth")
            << repeated(QStringLiteral("NOT "), max) + u'a' << true << QString();
        QTest::newRow("NOTs one too deep") << repeated(QStringLiteral("NOT "), max + 1) + u'a'
                                           << false << QStringLiteral("nested");
        QTest::newRow("sequential groups are not deep")
            << repeated(QStringLiteral("(a) "), 200) << true << QString();
        QTest::newRow("max terms")
            << repeated(QStringLiteral("a "), QueryParser::MaxTerms) << true << QString();
        QTest::newRow("too many terms") << repeated(QStringLiteral("a "), QueryParser::MaxTerms + 1)
                                        << false << QStringLiteral("too many");
        QTest::newRow("too many filters")
            << repeated(QStringLiteral("is:unread "), QueryParser::MaxTerms + 1) << false
            << QStringLiteral("too many");
        QTest::newRow("longest query")
            << QString(QueryParser::MaxQueryLength, u'x') << true << QString();
        QTest::newRow("too long") << QString(QueryParser::MaxQueryLength + 1, u'x') << false
                                  << QStringLiteral("too long");
        QTest::newRow("too long spaces") << QString(QueryParser::MaxQueryLength + 1, u' ') << false
                                         << QStringLiteral("too long");
    }

    void limits()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        const ParsedQuery parsed = parseChecked(input);
        QCOMPARE(parsed.ok(), ok);
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }

    void tooManyTermsPosition()
    {
        const ParsedQuery parsed =
            QueryParser::parse(repeated(QStringLiteral("ab "), QueryParser::MaxTerms + 5));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorPosition, 3 * QueryParser::MaxTerms);
    }

    void tooDeepPosition()
    {
        const ParsedQuery parsed = QueryParser::parse(QString(100, u'('));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorPosition, QueryParser::MaxDepth);
    }

    // Random soup of the language's pieces: always a well-formed tree or an error.
    void randomSoup()
    {
        const QStringList pieces = {
            QStringLiteral("a"),          QStringLiteral("b"),           QStringLiteral(" "),
            QStringLiteral(" "),          QStringLiteral("("),           QStringLiteral(")"),
            QStringLiteral("\""),         QStringLiteral("-"),           QStringLiteral("*"),
            QStringLiteral("OR"),         QStringLiteral("AND"),         QStringLiteral("NOT"),
            QStringLiteral("subject:"),   QStringLiteral("from:"),       QStringLiteral("is:"),
            QStringLiteral("unread"),     QStringLiteral("in:"),         QStringLiteral("before:"),
            QStringLiteral("2024-01-02"), QStringLiteral("larger:"),     QStringLiteral("5M"),
            QStringLiteral(":"),          QStringLiteral("older_than:"), QStringLiteral("3d"),
            QString(QChar(u'\0')),        QStringLiteral("\u00e9"),      QStringLiteral("'"),
        };
        QRandomGenerator random(20240331);
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QString input;
            const int length = int(random.bounded(1, 30));
            for (int i = 0; i < length; ++i)
                input += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            const ParsedQuery parsed = parseChecked(input);
            QVERIFY2(parsed.errorPosition != -2, qPrintable(input));
            if (parsed.ok())
                ++accepted;
        }
        QVERIFY(accepted > 1000); // the soup is not all errors
    }
};

QTEST_GUILESS_MAIN(TestSearchQueryParser)
#include "tst_searchqueryparser.moc"
