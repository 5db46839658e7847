#pragma once

// How MessageStore spells its values in SQL rows: enum names, text columns, message summaries.
// Private to core/store.

#include <QList>
#include <QSqlQuery>
#include <QString>

#include "mime/parsedmessage.h"
#include "pop3/sasl.h"
#include "store/storetypes.h"
#include "sync/retentionpolicy.h"

namespace Store::RowCodec {

[[nodiscard]] QString authName(Pop3::Sasl::AuthMethod method);
[[nodiscard]] Pop3::Sasl::AuthMethod authFromName(const QString &name);
[[nodiscard]] QString retentionName(Sync::RetentionMode mode);
[[nodiscard]] Sync::RetentionMode retentionFromName(const QString &name);
[[nodiscard]] FolderRole roleFromName(const QString &name);
// A null QString binds as SQL NULL; text columns are NOT NULL with '' for "none".
[[nodiscard]] QString text(const QString &value);
[[nodiscard]] QString joinAddresses(const QList<Mime::Address> &addresses);
// The columns summaryFrom() reads, in its order.
extern const char summaryColumns[];
[[nodiscard]] MessageSummary summaryFrom(const QSqlQuery &query);

} // namespace Store::RowCodec
