#pragma once

#include <vector>

#include <QDate>
#include <QString>

namespace Search {

// Which part of a message a text term must match.
enum class TextField {
    Any, // subject, addresses, body or attachment names
    Subject,
    From,
    To,
    Cc,
    Body,
    Filename,
};

// A condition on a message that the full-text index does not answer.
enum class FilterKind {
    HasAttachment, // has:attachment
    IsUnread, // is:unread
    IsRead, // is:read
    IsFlagged, // is:flagged (also is:starred)
    InFolder, // in:FOLDER (text = the folder as typed)
    Account, // account:NAME (text = the name as typed)
    Before, // before:YYYY-MM-DD (date): sent before that day began (local time)
    After, // after:YYYY-MM-DD (date): sent on or after that day (local time)
    OlderThan, // older_than:30d (amount + unit)
    NewerThan, // newer_than:30d (amount + unit)
    Larger, // larger:5M (bytes)
    Smaller, // smaller:5M (bytes)
};

// The unit of older_than:/newer_than: amounts.
enum class AgeUnit { Days, Weeks, Months, Years };

// One node of a parsed search query. Plain data; QueryParser builds it, QueryCompiler turns it
// into SQL. Nothing here has been checked against the store (folders, accounts).
struct QueryNode
{
    enum class Kind {
        And, // all children match (two or more children)
        Or, // any child matches (two or more children)
        Not, // the one child does not match
        Text, // a word, "a phrase" or prefix*
        Filter, // has:/is:/in:/account:/before:/after:/older_than:/newer_than:/larger:/smaller:
    };
    Kind kind = Kind::Text;

    // Text: the word or phrase as the user typed it, without quotes or the trailing '*'.
    TextField field = TextField::Any;
    QString text;
    bool phrase = false; // it was in double quotes
    bool prefix = false; // it ended with '*'

    // Filter: which one, and its value (only the member its kind uses is set). For InFolder
    // and Account the value is in `text`.
    FilterKind filter = FilterKind::HasAttachment;
    QDate date; // Before, After
    int amount = 0; // OlderThan, NewerThan
    AgeUnit unit = AgeUnit::Days;
    qint64 bytes = 0; // Larger, Smaller

    std::vector<QueryNode> children; // And, Or (two or more), Not (exactly one)
};

} // namespace Search
