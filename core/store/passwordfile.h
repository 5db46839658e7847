#pragma once

#include <optional>

#include <QHash>
#include <QString>

namespace Store {

// Passwords the user explicitly chose to keep in the profile because no keychain was reachable:
// one small JSON file beside the database (<profile>/passwords.json, mode 0600, replaced
// atomically), never the SQLite file, so the archive, its backups and its exports carry no
// password. Unencrypted by nature; the UI and the CLI say so before anything is written here.
// An empty path keeps the passwords in memory only (":memory:" archives in tests).
class PasswordFile final
{
public:
    PasswordFile() = default;
    explicit PasswordFile(QString path);

    [[nodiscard]] static QString fileName() { return QStringLiteral("passwords.json"); }

    // Reads the file (a missing file is an empty one); false with errorString() when it cannot
    // be read or is not what this class writes.
    [[nodiscard]] bool load();
    [[nodiscard]] QString password(const QString &accountName) const;
    // Sets (or, with an empty password, removes) an account's password and saves at once.
    [[nodiscard]] bool setPassword(const QString &accountName, const QString &password);
    [[nodiscard]] bool rename(const QString &oldName, const QString &newName);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    [[nodiscard]] bool save();

    QString m_path;
    QHash<QString, QString> m_passwords;
    QString m_error;
};

} // namespace Store
