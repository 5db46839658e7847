#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "satchel.ui", QtInfoMsg)
