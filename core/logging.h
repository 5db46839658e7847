#pragma once

#include <QLoggingCategory>

// One logging category per layer. Enable with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="satchel.pop3.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPop3) // satchel.pop3: protocol engine
Q_DECLARE_LOGGING_CATEGORY(lcMime) // satchel.mime: message parsing
Q_DECLARE_LOGGING_CATEGORY(lcStore) // satchel.store: SQLite archive
Q_DECLARE_LOGGING_CATEGORY(lcSync) // satchel.sync: planner and sync jobs
Q_DECLARE_LOGGING_CATEGORY(lcSearch) // satchel.search: full-text index and queries
Q_DECLARE_LOGGING_CATEGORY(lcAccount) // satchel.account: accounts, keychain, autoconfig
