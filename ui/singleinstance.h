#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

// One satchel per profile: the first instance holds a lock file in the profile and listens on a
// local socket; a second one asks the first to come to the front, and then leaves.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);

    // True when this process is the profile's only instance. Otherwise the running one has
    // been asked to raise its window (when it could be reached).
    [[nodiscard]] bool claim();
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    void activationRequested(); // another start on this profile

private:
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer m_server;
    QString m_error;
};
