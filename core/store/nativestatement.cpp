#include "store/nativestatement.h"

#include <sqlite3.h>

#include <QSqlDriver>
#include <QVariant>

namespace Store {

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QSqlDriver *driver = database.driver();
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

NativeStatement::NativeStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!db) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db, text.constData(), int(text.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK || !m_statement) { // no statement: the text was empty or a comment
        m_error = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(db)),
                                                QString::number(rc));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement); // safe on null
}

void NativeStatement::bind(int index, qint64 value)
{
    bound(sqlite3_bind_int64(m_statement, index + 1, value));
}

void NativeStatement::bindNull(int index)
{
    bound(sqlite3_bind_null(m_statement, index + 1));
}

void NativeStatement::bindText(int index, QByteArrayView utf8)
{
    // A null pointer would bind NULL; the columns written this way are NOT NULL text.
    bound(sqlite3_bind_text64(m_statement, index + 1, utf8.data() ? utf8.data() : "",
                              sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8));
}

void NativeStatement::bindBlob(int index, QByteArrayView bytes)
{
    bound(sqlite3_bind_blob64(m_statement, index + 1, bytes.data() ? bytes.data() : "",
                              sqlite3_uint64(bytes.size()), SQLITE_STATIC));
}

void NativeStatement::bound(int rc)
{
    // A value SQLite refused (too big, no such placeholder) leaves NULL in its place: the run
    // must fail rather than store that.
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

int NativeStatement::step()
{
    m_error.clear();
    if (m_bindError != SQLITE_OK)
        return m_bindError;
    return sqlite3_step(m_statement);
}

bool NativeStatement::exec()
{
    const int rc = step();
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW || failed(rc);
    reset();
    return ok;
}

bool NativeStatement::first(bool *found)
{
    const int rc = step();
    *found = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    failed(rc);
    reset();
    return false;
}

qint64 NativeStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

void NativeStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // bound bytes belong to the caller
    m_bindError = SQLITE_OK;
}

bool NativeStatement::failed(int rc)
{
    // SQLite's message and code; a refused binding has no message on the connection.
    const QString message = rc == m_bindError ? QString::fromUtf8(sqlite3_errstr(rc))
                                              : QString::fromUtf8(sqlite3_errmsg(m_db));
    m_error = QStringLiteral("%1 (%2)").arg(message, QString::number(rc));
    return false;
}

} // namespace Store
