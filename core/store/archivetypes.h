#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "mime/parsedmessage.h"
#include "store/listquery.h"
#include "store/storetypes.h"

namespace Store {

// One message as the reading pane needs it, read and parsed off the GUI thread.
struct LoadedMessage
{
    MessageSummary summary;
    QByteArray raw;
    Mime::ParsedMessage parsed;
    QString folderPath;
    std::optional<QDateTime> leavesServerAt; // kept on the server until then
};

} // namespace Store

Q_DECLARE_METATYPE(Store::LoadedMessage)
Q_DECLARE_METATYPE(Store::Folder)
Q_DECLARE_METATYPE(Store::Account)
Q_DECLARE_METATYPE(Store::MessageSummary)
