#include "logging.h"

Q_LOGGING_CATEGORY(lcPop3, "satchel.pop3", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMime, "satchel.mime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "satchel.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "satchel.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "satchel.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "satchel.account", QtInfoMsg)
