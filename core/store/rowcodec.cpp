#include <QVariant>

#include "store/rowcodec_p.h"

namespace Store {

QString folderRoleName(FolderRole role)
{
    switch (role) {
    case FolderRole::Inbox:
        return QStringLiteral("inbox");
    case FolderRole::Archive:
        return QStringLiteral("archive");
    case FolderRole::Trash:
        return QStringLiteral("trash");
    case FolderRole::Root:
        return QStringLiteral("root");
    case FolderRole::User:
        return QStringLiteral("user");
    }
    return QStringLiteral("user");
}

namespace RowCodec {

QString authName(Pop3::Sasl::AuthMethod method)
{
    switch (method) {
    case Pop3::Sasl::AuthMethod::Automatic:
        return QStringLiteral("auto");
    case Pop3::Sasl::AuthMethod::NormalPassword:
        return QStringLiteral("normal");
    case Pop3::Sasl::AuthMethod::EncryptedPassword:
        return QStringLiteral("encrypted");
    case Pop3::Sasl::AuthMethod::OAuth2:
        return QStringLiteral("oauth2");
    }
    return QStringLiteral("auto");
}

Pop3::Sasl::AuthMethod authFromName(const QString &name)
{
    if (name == QLatin1String("normal"))
        return Pop3::Sasl::AuthMethod::NormalPassword;
    if (name == QLatin1String("encrypted"))
        return Pop3::Sasl::AuthMethod::EncryptedPassword;
    if (name == QLatin1String("oauth2"))
        return Pop3::Sasl::AuthMethod::OAuth2;
    return Pop3::Sasl::AuthMethod::Automatic;
}

QString retentionName(Sync::RetentionMode mode)
{
    switch (mode) {
    case Sync::RetentionMode::DeleteAfterDownload:
        return QStringLiteral("delete");
    case Sync::RetentionMode::KeepOnServer:
        return QStringLiteral("keep");
    case Sync::RetentionMode::KeepForDays:
        return QStringLiteral("keep-days");
    }
    return QStringLiteral("keep-days");
}

Sync::RetentionMode retentionFromName(const QString &name)
{
    if (name == QLatin1String("delete"))
        return Sync::RetentionMode::DeleteAfterDownload;
    if (name == QLatin1String("keep"))
        return Sync::RetentionMode::KeepOnServer;
    return Sync::RetentionMode::KeepForDays;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString joinAddresses(const QList<Mime::Address> &addresses)
{
    QStringList parts;
    for (const Mime::Address &address : addresses)
        parts.append(address.display());
    return parts.join(QStringLiteral(", "));
}

FolderRole roleFromName(const QString &name)
{
    if (name == QLatin1String("inbox"))
        return FolderRole::Inbox;
    if (name == QLatin1String("archive"))
        return FolderRole::Archive;
    if (name == QLatin1String("trash"))
        return FolderRole::Trash;
    if (name == QLatin1String("root"))
        return FolderRole::Root;
    return FolderRole::User;
}

MessageSummary summaryFrom(const QSqlQuery &q)
{
    MessageSummary s;
    s.id = q.value(0).toLongLong();
    s.folderId = q.value(1).toLongLong();
    s.subject = q.value(2).toString();
    s.from = q.value(3).toString();
    s.to = q.value(4).toString();
    s.cc = q.value(5).toString();
    s.date = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    s.size = q.value(7).toLongLong();
    s.hasAttachments = q.value(8).toBool();
    s.headersOnly = q.value(9).toBool();
    s.preview = q.value(10).toString();
    s.flags = {q.value(11).toBool(), q.value(12).toBool(), q.value(13).toBool(),
               q.value(14).toBool()};
    return s;
}

const char summaryColumns[] = "id, folder_id, subject, from_text, to_text, cc_text, date, size, "
                              "has_attachments, headers_only, preview, flag_read, flag_flagged, "
                              "flag_answered, flag_deleted";

} // namespace RowCodec

} // namespace Store
