#include <QCoreApplication>
#include <QTimeZone>

#include "search/querycompiler_p.h"
#include "store/searchtext.h"

namespace Search {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Search::QueryCompiler)
};

QString columnOf(TextField field)
{
    switch (field) {
    case TextField::Any:
        return {};
    case TextField::Subject:
        return QStringLiteral("subject");
    case TextField::From:
        return QStringLiteral("sender");
    case TextField::To:
        return QStringLiteral("{recipient copy}"); // as in Gmail and notmuch: To or Cc
    case TextField::Cc:
        return QStringLiteral("copy");
    case TextField::Body:
        return QStringLiteral("body");
    case TextField::Filename:
        return QStringLiteral("filename");
    }
    return {};
}

bool isSingleCjkCharacter(const QString &token)
{
    return (token.size() == 1 || (token.size() == 2 && token.at(0).isHighSurrogate()))
        && Store::SearchText::forIndex(token) != token;
}

qint64 startOfDay(const QDate &date)
{
    return date.startOfDay().toSecsSinceEpoch(); // local time, as the user reads dates
}

QDateTime goBack(const QDateTime &now, int amount, AgeUnit unit)
{
    switch (unit) {
    case AgeUnit::Days:
        return now.addDays(-amount);
    case AgeUnit::Weeks:
        return now.addDays(-7LL * amount);
    case AgeUnit::Months:
        return now.addMonths(-amount);
    case AgeUnit::Years:
        return now.addYears(-amount);
    }
    return now;
}

const QLatin1String InIndex("m.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
const QLatin1String
    NotInIndex("m.id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");

} // namespace

// What a node means: everything (all), or [NOT] fts AND every condition.
struct QueryCompiler::Part
{
    bool all = false;
    QString fts;
    bool ftsNegated = false;
    QList<SqlCondition> conditions;

    [[nodiscard]] bool isPositiveFts() const
    {
        return !all && !fts.isEmpty() && !ftsNegated && conditions.isEmpty();
    }
    [[nodiscard]] bool isNegatedFts() const
    {
        return !all && !fts.isEmpty() && ftsNegated && conditions.isEmpty();
    }
    static Part everything()
    {
        Part part;
        part.all = true;
        return part;
    }
    static Part condition(SqlCondition c)
    {
        Part part;
        part.conditions.append(std::move(c));
        return part;
    }
};

QueryCompiler::QueryCompiler(QueryContext context)
    : m_context(std::move(context))
{
    if (!m_context.now.isValid())
        m_context.now = QDateTime::currentDateTime();
}

std::optional<CompiledQuery> QueryCompiler::compile(const QueryNode &query)
{
    m_highlights.clear();
    m_error.clear();
    const std::optional<Part> part = compileNode(query, false);
    if (!part)
        return std::nullopt;
    if (part->all) {
        m_error = Strings::tr(
            "There is nothing to search for in this query: it has no letters or digits.");
        return std::nullopt;
    }
    CompiledQuery compiled;
    compiled.highlights = m_highlights;
    if (!part->fts.isEmpty() && !part->ftsNegated) {
        compiled.match = part->fts;
        compiled.conditions = part->conditions;
    } else {
        compiled.conditions.append(asCondition(*part));
    }
    return compiled;
}

SqlCondition QueryCompiler::asCondition(const Part &part)
{
    if (part.all)
        return {QStringLiteral("1"), {}};
    SqlCondition result;
    QStringList texts;
    if (!part.fts.isEmpty()) {
        texts.append(part.ftsNegated ? NotInIndex : InIndex);
        result.bindings.append(part.fts);
    }
    for (const SqlCondition &c : part.conditions) {
        texts.append(c.text);
        result.bindings.append(c.bindings);
    }
    result.text = texts.size() == 1
        ? texts.first()
        : QLatin1Char('(') + texts.join(QLatin1String(" AND ")) + QLatin1Char(')');
    return result;
}

std::optional<QueryCompiler::Part> QueryCompiler::compileNode(const QueryNode &node, bool negated)
{
    switch (node.kind) {
    case QueryNode::Kind::Text:
        return compileText(node, negated);
    case QueryNode::Kind::Filter:
        return compileFilter(node);
    case QueryNode::Kind::And:
        return compileAnd(node, negated);
    case QueryNode::Kind::Or:
        return compileOr(node, negated);
    case QueryNode::Kind::Not: {
        if (node.children.size() != 1)
            return Part::everything();
        const std::optional<Part> inner = compileNode(node.children.front(), !negated);
        if (!inner)
            return std::nullopt;
        if (inner->all)
            return inner; // "-++": nothing to leave out
        if (inner->isPositiveFts() || inner->isNegatedFts()) {
            Part part = *inner;
            part.ftsNegated = !inner->ftsNegated;
            return part;
        }
        const SqlCondition c = asCondition(*inner);
        return Part::condition({QStringLiteral("NOT ") + c.text, c.bindings});
    }
    }
    return Part::everything();
}

std::optional<QueryCompiler::Part> QueryCompiler::compileText(const QueryNode &node, bool negated)
{
    const QStringList tokens = Store::SearchText::foldedTokens(node.text);
    if (tokens.isEmpty())
        return Part::everything(); // only punctuation: nothing the index could hold
    // One CJK character is not a word of the index (pairs are): find the pairs it starts.
    const bool prefix = node.prefix || (tokens.size() == 1 && isSingleCjkCharacter(tokens.first()));
    QString expression = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (prefix)
        expression += QLatin1Char('*');
    const QString column = columnOf(node.field);
    if (!column.isEmpty())
        expression = column + QLatin1String(" : ") + expression;
    if (!negated)
        m_highlights.append({tokens, prefix});
    Part part;
    part.fts = expression;
    return part;
}

std::optional<QueryCompiler::Part> QueryCompiler::compileAnd(const QueryNode &node, bool negated)
{
    QStringList positives;
    QStringList negatives;
    QList<SqlCondition> conditions;
    bool any = false;
    for (const QueryNode &child : node.children) {
        const std::optional<Part> part = compileNode(child, negated);
        if (!part)
            return std::nullopt;
        if (part->all)
            continue;
        any = true;
        if (part->isNegatedFts()) {
            negatives.append(part->fts);
            continue;
        }
        if (!part->fts.isEmpty() && !part->ftsNegated) {
            positives.append(part->fts);
            conditions.append(part->conditions);
        } else {
            conditions.append(asCondition(*part));
        }
    }
    if (!any)
        return Part::everything();
    Part result;
    result.conditions = conditions;
    if (positives.isEmpty()) {
        for (const QString &negative : negatives)
            result.conditions.append({NotInIndex, {negative}});
        return result;
    }
    QString fts = positives.size() == 1
        ? positives.first()
        : QLatin1Char('(') + positives.join(QLatin1String(") AND (")) + QLatin1Char(')');
    for (const QString &negative : negatives)
        fts = QLatin1Char('(') + fts + QLatin1String(") NOT (") + negative + QLatin1Char(')');
    result.fts = fts;
    return result;
}

std::optional<QueryCompiler::Part> QueryCompiler::compileOr(const QueryNode &node, bool negated)
{
    QList<Part> parts;
    for (const QueryNode &child : node.children) {
        const std::optional<Part> part = compileNode(child, negated);
        if (!part)
            return std::nullopt;
        if (part->all)
            return Part::everything(); // one side matches everything
        parts.append(*part);
    }
    if (parts.isEmpty())
        return Part::everything();
    if (std::all_of(parts.cbegin(), parts.cend(),
                    [](const Part &p) { return p.isPositiveFts(); })) {
        QStringList alternatives;
        for (const Part &p : parts)
            alternatives.append(p.fts);
        Part result;
        result.fts =
            QLatin1Char('(') + alternatives.join(QLatin1String(") OR (")) + QLatin1Char(')');
        return result;
    }
    SqlCondition combined;
    QStringList texts;
    for (const Part &p : parts) {
        const SqlCondition c = asCondition(p);
        texts.append(c.text);
        combined.bindings.append(c.bindings);
    }
    combined.text = QLatin1Char('(') + texts.join(QLatin1String(" OR ")) + QLatin1Char(')');
    return Part::condition(combined);
}

std::optional<QueryCompiler::Part> QueryCompiler::compileFilter(const QueryNode &node)
{
    switch (node.filter) {
    case FilterKind::HasAttachment:
        return Part::condition({QStringLiteral("m.has_attachments = 1"), {}});
    case FilterKind::IsUnread:
        return Part::condition({QStringLiteral("m.flag_read = 0"), {}});
    case FilterKind::IsRead:
        return Part::condition({QStringLiteral("m.flag_read = 1"), {}});
    case FilterKind::IsFlagged:
        return Part::condition({QStringLiteral("m.flag_flagged = 1"), {}});
    case FilterKind::Before:
        return Part::condition({QStringLiteral("m.date < ?"), {startOfDay(node.date)}});
    case FilterKind::After:
        return Part::condition({QStringLiteral("m.date >= ?"), {startOfDay(node.date)}});
    case FilterKind::OlderThan:
        return Part::condition(
            {QStringLiteral("m.date < ?"),
             {goBack(m_context.now, node.amount, node.unit).toSecsSinceEpoch()}});
    case FilterKind::NewerThan:
        return Part::condition(
            {QStringLiteral("m.date >= ?"),
             {goBack(m_context.now, node.amount, node.unit).toSecsSinceEpoch()}});
    case FilterKind::Larger:
        return Part::condition({QStringLiteral("m.size > ?"), {node.bytes}});
    case FilterKind::Smaller:
        return Part::condition({QStringLiteral("m.size < ?"), {node.bytes}});
    case FilterKind::InFolder: {
        // A folder's path ("alice/Inbox", "Local Folders/Archive") or its name ("Archive";
        // "inbox" is every account's Inbox), in any case.
        QStringList ids;
        const QList<Store::Folder> folders =
            m_context.folders ? m_context.folders() : QList<Store::Folder> {};
        for (const Store::Folder &folder : folders) {
            if (folder.path.compare(node.text, Qt::CaseInsensitive) == 0)
                ids = QStringList {QString::number(folder.id)};
        }
        if (ids.isEmpty()) {
            for (const Store::Folder &folder : folders) {
                if (folder.name.compare(node.text, Qt::CaseInsensitive) == 0)
                    ids.append(QString::number(folder.id));
            }
        }
        if (ids.isEmpty()) {
            m_error =
                Strings::tr(
                    "There is no folder \"%1\" (in: takes a folder as \"satchel-cli folders\" "
                    "lists it, or its name).")
                    .arg(node.text);
            return std::nullopt;
        }
        return Part::condition(
            {QStringLiteral("m.folder_id IN (%1)").arg(ids.join(QLatin1Char(','))), {}});
    }
    case FilterKind::Account: {
        QStringList ids;
        const QList<Store::Account> accounts =
            m_context.accounts ? m_context.accounts() : QList<Store::Account> {};
        for (const Store::Account &account : accounts) {
            if (account.name.compare(node.text, Qt::CaseInsensitive) == 0
                || account.email.compare(node.text, Qt::CaseInsensitive) == 0)
                ids.append(QString::number(account.id));
        }
        if (ids.isEmpty()) {
            m_error = Strings::tr("There is no account \"%1\".").arg(node.text);
            return std::nullopt;
        }
        return Part::condition(
            {QStringLiteral("m.account_id IN (%1)").arg(ids.join(QLatin1Char(','))), {}});
    }
    }
    return Part::everything();
}

} // namespace Search
