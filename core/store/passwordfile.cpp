#include "store/passwordfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Store {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Store::PasswordFile)
};

constexpr qint64 maxFileSize = 1024 * 1024; // a few accounts need well under a kilobyte

} // namespace

PasswordFile::PasswordFile(QString path)
    : m_path(std::move(path))
{ }

bool PasswordFile::load()
{
    m_passwords.clear();
    if (m_path.isEmpty())
        return true;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxFileSize) {
        m_error = Strings::tr("Cannot read the stored passwords in %1: %2")
                      .arg(m_path,
                           file.size() > maxFileSize ? Strings::tr("the file is too large")
                                                     : file.errorString());
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_error = Strings::tr("The stored passwords in %1 are damaged; enter the passwords again.")
                      .arg(m_path);
        return false;
    }
    const QJsonObject accounts = document.object().value(QLatin1String("accounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        if (it.value().isString())
            m_passwords.insert(it.key(), it.value().toString());
    }
    return true;
}

QString PasswordFile::password(const QString &accountName) const
{
    return m_passwords.value(accountName);
}

bool PasswordFile::setPassword(const QString &accountName, const QString &password)
{
    if (password.isEmpty() ? !m_passwords.contains(accountName)
                           : m_passwords.value(accountName) == password)
        return true; // nothing changes: the file is not touched
    if (password.isEmpty())
        m_passwords.remove(accountName);
    else
        m_passwords.insert(accountName, password);
    return save();
}

bool PasswordFile::rename(const QString &oldName, const QString &newName)
{
    if (!m_passwords.contains(oldName))
        return true;
    m_passwords.insert(newName, m_passwords.take(oldName));
    return save();
}

bool PasswordFile::save()
{
    if (m_path.isEmpty())
        return true;
    if (m_passwords.isEmpty()) { // nothing to keep: no file at all
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            m_error = Strings::tr("Cannot remove %1.").arg(m_path);
            return false;
        }
        return true;
    }
    QJsonObject accounts;
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it)
        accounts.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QLatin1String("comment"),
                QLatin1String("Passwords kept unencrypted at the user's request (no keychain)."));
    root.insert(QLatin1String("accounts"), accounts);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        m_error = Strings::tr("Cannot save the stored passwords in %1: %2")
                      .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Store
