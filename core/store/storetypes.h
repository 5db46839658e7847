#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "pop3/sessionconfig.h"
#include "sync/retentionpolicy.h"

namespace Store {

// A server certificate the user accepted after seeing why it failed verification: that exact
// certificate (by SHA-256 of its DER form) is trusted for this host and port, and no other.
struct CertificatePin
{
    QString host;
    quint16 port = 0;
    QByteArray sha256; // raw digest, 32 bytes
    QString subject; // what the dialog showed, for the list in the account settings
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime acceptedAt;
};

// An account as stored in the profile (the password is not: it lives in the keychain).
struct Account
{
    qint64 id = 0;
    QString name;
    QString email;
    QString host;
    quint16 port = 995;
    Pop3::Security security = Pop3::Security::ImplicitTls;
    QString user;
    Pop3::Sasl::AuthMethod authMethod = Pop3::Sasl::AuthMethod::Automatic;
    std::optional<Pop3::Sasl::Mechanism> mechanism; // an exact mechanism, when chosen
    bool allowInsecureAuth = false;
    QString caFile; // extra CA certificate (PEM) for this server
    // Certificates the user accepted for this account; the one for the current host and port is
    // trusted (Store::findPin()), pins for an earlier host or port stay listed until removed.
    QList<CertificatePin> pins;
    Sync::RetentionPolicy retention;
    QString storedPassword; // only with the explicit "store in profile" opt-in
};

enum class FolderRole {
    Inbox, // an account's inbox
    Archive, // Local Folders/Archive
    Trash, // Local Folders/Trash
    User, // a folder the user made, under Local Folders
    Root, // "Local Folders" itself
};

struct Folder
{
    qint64 id = 0;
    QString path; // "alice/Inbox", "Local Folders/Archive": what --folder accepts
    QString name;
    FolderRole role = FolderRole::User;
    qint64 accountId = 0; // inboxes only
    int total = 0;
    int unread = 0;
};

enum class MessageFlag { Read, Flagged, Answered };

struct MessageFlags
{
    bool read = false;
    bool flagged = false;
    bool answered = false;
    bool deleted = false;
};

// One row of the message list: what the list shows, not the raw bytes.
struct MessageSummary
{
    qint64 id = 0;
    qint64 folderId = 0;
    QString subject;
    QString from;
    QString to;
    QString cc;
    QDateTime date;
    qint64 size = 0;
    bool hasAttachments = false;
    bool headersOnly = false;
    QString preview;
    MessageFlags flags;
};

} // namespace Store
