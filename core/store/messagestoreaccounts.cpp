#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "store/certificatepins.h"
#include "store/messagestore.h"
#include "store/messagestorestrings_p.h"
#include "store/rowcodec_p.h"
#include "store/transaction.h"

// MessageStore's accounts: adding, reading, changing, renaming and removing them, their
// certificate pins, and the passwords kept in the profile (the rest is in messagestore.cpp).

namespace Store {

using namespace RowCodec;

// ---- accounts ------------------------------------------------------------------------------

namespace {

// An account's settings, in the column order both INSERT and UPDATE name them: email, host,
// port, security, user, auth, mechanism, allow_insecure_auth, ca_file, retention_mode,
// keep_days, delete_when_deleted_locally, size_limit, stored_password (always empty now).
void bindSettings(QSqlQuery &q, const Account &a)
{
    q.addBindValue(text(a.email));
    q.addBindValue(text(a.host));
    q.addBindValue(a.port);
    q.addBindValue(Pop3::securityName(a.security));
    q.addBindValue(text(a.user));
    q.addBindValue(authName(a.authMethod));
    q.addBindValue(text(a.mechanism ? QString::fromLatin1(Pop3::Sasl::mechanismName(*a.mechanism))
                                    : QString()));
    q.addBindValue(a.allowInsecureAuth);
    q.addBindValue(text(a.caFile));
    q.addBindValue(retentionName(a.retention.mode));
    q.addBindValue(a.retention.keepDays);
    q.addBindValue(a.retention.deleteWhenDeletedLocally);
    q.addBindValue(a.retention.sizeLimit);
    q.addBindValue(text(QString())); // the password, if kept at all, is in m_passwords
}

} // namespace

std::optional<qint64> MessageStore::addAccount(const Account &a)
{
    Transaction transaction(m_database.handle());
    if (!transaction.isActive()) {
        fail(MessageStoreStrings::tr("Cannot add the account %1: %2")
                 .arg(a.name, transaction.errorString()));
        return std::nullopt;
    }
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral(
        "INSERT INTO accounts (name, email, host, port, security, user, auth, mechanism,"
        " allow_insecure_auth, ca_file, retention_mode, keep_days,"
        " delete_when_deleted_locally, size_limit, stored_password)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(text(a.name));
    bindSettings(q, a);
    if (!q.exec()) {
        fail(MessageStoreStrings::tr("Cannot add the account %1: %2")
                 .arg(a.name, q.lastError().text()));
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery inbox(m_database.handle());
    inbox.prepare(QStringLiteral(
        "INSERT INTO folders (account_id, name, role) VALUES (?, 'Inbox', 'inbox')"));
    inbox.addBindValue(id);
    if (!inbox.exec()) {
        fail(MessageStoreStrings::tr("Cannot add the account %1: %2")
                 .arg(a.name, inbox.lastError().text()));
        return std::nullopt;
    }
    CertificatePins pins(m_database.handle());
    if (!pins.replace(id, a.pins)) {
        fail(MessageStoreStrings::tr("Cannot add the account %1: %2")
                 .arg(a.name, pins.errorString()));
        return std::nullopt;
    }
    if (!m_passwords.setPassword(a.name, a.storedPassword)) { // before the commit: all or none
        fail(MessageStoreStrings::tr("Cannot add the account %1: %2")
                 .arg(a.name, m_passwords.errorString()));
        return std::nullopt;
    }
    if (!transaction.commit()) {
        fail(MessageStoreStrings::tr("Cannot add the account %1: %2")
                 .arg(a.name, transaction.errorString()));
        return std::nullopt;
    }
    return id;
}

bool MessageStore::setPins(qint64 accountId, const QList<CertificatePin> &pins)
{
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    CertificatePins table(m_database.handle());
    if (!table.replace(accountId, pins))
        return fail(table.errorString());
    if (!transaction.commit())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    return true;
}

QList<Account> MessageStore::accounts()
{
    QList<Account> result;
    QSqlQuery q(m_database.handle());
    if (!q.exec(
            QStringLiteral("SELECT id, name, email, host, port, security, user, auth, mechanism,"
                           " allow_insecure_auth, ca_file, retention_mode, keep_days,"
                           " delete_when_deleted_locally, size_limit, stored_password"
                           " FROM accounts ORDER BY name"))) {
        fail(q.lastError().text());
        return result;
    }
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.email = q.value(2).toString();
        a.host = q.value(3).toString();
        a.port = quint16(q.value(4).toUInt());
        a.security =
            Pop3::securityFromName(q.value(5).toString()).value_or(Pop3::Security::ImplicitTls);
        a.user = q.value(6).toString();
        a.authMethod = authFromName(q.value(7).toString());
        a.mechanism = Pop3::Sasl::mechanismFromName(q.value(8).toString().toLatin1());
        a.allowInsecureAuth = q.value(9).toBool();
        a.caFile = q.value(10).toString();
        a.retention.mode = retentionFromName(q.value(11).toString());
        a.retention.keepDays = q.value(12).toInt();
        a.retention.deleteWhenDeletedLocally = q.value(13).toBool();
        a.retention.sizeLimit = q.value(14).toLongLong();
        a.storedPassword = m_passwords.password(a.name);
        result.append(a);
    }
    CertificatePins table(m_database.handle());
    const std::optional<QHash<qint64, QList<CertificatePin>>> pins = table.all();
    if (!pins) {
        fail(table.errorString());
        return {};
    }
    for (Account &a : result)
        a.pins = pins->value(a.id);
    return result;
}

std::optional<Account> MessageStore::account(const QString &name)
{
    for (const Account &a : accounts()) {
        if (a.name == name)
            return a;
    }
    return std::nullopt;
}

bool MessageStore::updateAccount(const Account &a)
{
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral(
        "UPDATE accounts SET email = ?, host = ?, port = ?, security = ?, user = ?, auth = ?,"
        " mechanism = ?, allow_insecure_auth = ?, ca_file = ?, retention_mode = ?, keep_days = ?,"
        " delete_when_deleted_locally = ?, size_limit = ?, stored_password = ? WHERE id = ?"));
    bindSettings(q, a);
    q.addBindValue(a.id);
    if (!q.exec())
        return fail(MessageStoreStrings::tr("Cannot change the account %1: %2")
                        .arg(a.name, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(MessageStoreStrings::tr("There is no account named %1.").arg(a.name));
    if (!m_passwords.setPassword(a.name, a.storedPassword))
        return fail(m_passwords.errorString());
    return true;
}

bool MessageStore::renameAccount(qint64 accountId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/')))
        return fail(MessageStoreStrings::tr("An account name must not be empty or contain \"/\"."));
    for (const Account &other : accounts()) {
        if (other.id != accountId && other.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return fail(
                MessageStoreStrings::tr("There is already an account named %1.").arg(other.name));
    }
    QString oldName;
    for (const Account &a : accounts()) {
        if (a.id == accountId)
            oldName = a.name;
    }
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("UPDATE accounts SET name = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(accountId);
    if (!q.exec())
        return fail(
            MessageStoreStrings::tr("Cannot rename the account: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(MessageStoreStrings::tr("There is no account %1.").arg(accountId));
    if (!m_passwords.rename(oldName, trimmed))
        return fail(m_passwords.errorString());
    return true;
}

bool MessageStore::removeAccount(const QString &name, bool keepMessages)
{
    const std::optional<Account> a = account(name);
    if (!a)
        return fail(MessageStoreStrings::tr("There is no account named %1.").arg(name));
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    const auto failed = [this, &name] {
        return fail(MessageStoreStrings::tr("Cannot remove the account %1: %2")
                        .arg(name, m_database.handle().lastError().text()));
    };
    if (keepMessages) { // the Inbox's mail moves to a local folder named after the account
        const std::optional<qint64> keep = localFolder(name, true);
        const std::optional<qint64> inbox = inboxOf(a->id);
        if (!keep || !inbox)
            return false;
        QSqlQuery move(m_database.handle());
        move.prepare(QStringLiteral("UPDATE messages SET folder_id = ? WHERE folder_id = ?"));
        move.addBindValue(*keep);
        move.addBindValue(*inbox);
        if (!move.exec())
            return failed();
    }
    // Otherwise the Inbox and its messages go with the account (ON DELETE CASCADE).
    QSqlQuery remove(m_database.handle());
    remove.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    remove.addBindValue(a->id);
    if (!remove.exec() || !transaction.commit())
        return failed();
    if (!m_passwords.setPassword(name, {}))
        return fail(m_passwords.errorString());
    return true;
}

// Profiles from before the password file kept opted-in passwords in the accounts table: they
// move to the file, then the column is emptied (VACUUM is left to SQLite's page reuse).
bool MessageStore::movePasswordsOutOfTheDatabase()
{
    QSqlQuery q(m_database.handle());
    if (!q.exec(QStringLiteral("SELECT name, stored_password FROM accounts"
                               " WHERE stored_password != ''")))
        return fail(q.lastError().text());
    bool any = false;
    while (q.next()) {
        any = true;
        if (!m_passwords.setPassword(q.value(0).toString(), q.value(1).toString()))
            return fail(m_passwords.errorString());
    }
    if (!any)
        return true;
    QSqlQuery clear(m_database.handle());
    if (!clear.exec(QStringLiteral("UPDATE accounts SET stored_password = ''")))
        return fail(clear.lastError().text());
    return true;
}

} // namespace Store
