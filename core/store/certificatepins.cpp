#include "store/certificatepins.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "logging.h"
#include "store/rowcodec_p.h"

namespace Store {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Store::CertificatePins)
};

// Times are stored as seconds since the epoch (UTC); an unknown time is NULL.
QVariant seconds(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

const CertificatePin *findPin(const QList<CertificatePin> &pins, const QString &host, quint16 port)
{
    for (const CertificatePin &pin : pins) {
        if (pin.port == port && pin.host.compare(host, Qt::CaseInsensitive) == 0)
            return &pin;
    }
    return nullptr;
}

CertificatePins::CertificatePins(QSqlDatabase database)
    : m_database(std::move(database))
{ }

std::optional<QHash<qint64, QList<CertificatePin>>> CertificatePins::all()
{
    QSqlQuery q(m_database);
    if (!q.exec(QStringLiteral("SELECT account_id, host, port, sha256, subject, issuer, not_before,"
                               " not_after, accepted_at FROM certificate_pins"
                               " ORDER BY account_id, host, port"))) {
        fail(Strings::tr("Cannot read the accepted certificates: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    QHash<qint64, QList<CertificatePin>> result;
    while (q.next()) {
        CertificatePin pin;
        pin.host = q.value(1).toString();
        pin.port = quint16(q.value(2).toUInt());
        pin.sha256 = q.value(3).toByteArray();
        pin.subject = q.value(4).toString();
        pin.issuer = q.value(5).toString();
        pin.notBefore = timeFrom(q.value(6));
        pin.notAfter = timeFrom(q.value(7));
        pin.acceptedAt = timeFrom(q.value(8));
        result[q.value(0).toLongLong()].append(pin);
    }
    return result;
}

bool CertificatePins::replace(qint64 accountId, const QList<CertificatePin> &pins)
{
    QSqlQuery remove(m_database);
    remove.prepare(QStringLiteral("DELETE FROM certificate_pins WHERE account_id = ?"));
    remove.addBindValue(accountId);
    if (!remove.exec())
        return fail(Strings::tr("Cannot change the accepted certificates: %1")
                        .arg(remove.lastError().text()));
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral(
        "INSERT INTO certificate_pins (account_id, host, port, sha256, subject, issuer,"
        " not_before, not_after, accepted_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (const CertificatePin &pin : pins) {
        if (pin.host.isEmpty() || pin.sha256.isEmpty())
            return fail(
                Strings::tr("A certificate without a server or fingerprint cannot be accepted."));
        insert.addBindValue(accountId);
        insert.addBindValue(pin.host);
        insert.addBindValue(pin.port);
        insert.addBindValue(pin.sha256);
        insert.addBindValue(RowCodec::text(pin.subject));
        insert.addBindValue(RowCodec::text(pin.issuer));
        insert.addBindValue(seconds(pin.notBefore));
        insert.addBindValue(seconds(pin.notAfter));
        insert.addBindValue(seconds(pin.acceptedAt));
        if (!insert.exec())
            return fail(Strings::tr("Cannot save the accepted certificate for %1:%2: %3")
                            .arg(pin.host)
                            .arg(pin.port)
                            .arg(insert.lastError().text()));
    }
    return true;
}

bool CertificatePins::fail(const QString &what)
{
    m_error = what;
    qCWarning(lcStore) << what;
    return false;
}

} // namespace Store
