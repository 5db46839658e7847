#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

// The GUI's preferences, kept in the profile (satchel.ini) so that each profile has its own.
class AppSettings final
{
public:
    enum class Layout { Classic, Wide }; // list above the reading pane, or beside it
    enum class RemoteContent { Ask, Always };

    explicit AppSettings(const QString &profileDir);

    [[nodiscard]] int checkIntervalMinutes() const; // 0 = only on start and on request
    void setCheckIntervalMinutes(int minutes);
    [[nodiscard]] int markReadDelaySeconds() const; // -1 = never automatically
    void setMarkReadDelaySeconds(int seconds);
    [[nodiscard]] RemoteContent remoteContent() const;
    void setRemoteContent(RemoteContent policy);
    [[nodiscard]] QStringList alwaysLoadRemoteFrom() const;
    void addAlwaysLoadRemoteFrom(const QString &address);
    [[nodiscard]] Layout layout() const;
    void setLayout(Layout layout);
    [[nodiscard]] QString language() const; // empty = the system's
    void setLanguage(const QString &language);
    [[nodiscard]] bool preferPlainText() const;
    void setPreferPlainText(bool on);

    // Window geometry, splitter sizes, list columns: opaque blobs from Qt.
    [[nodiscard]] QByteArray value(const QString &key) const;
    void setValue(const QString &key, const QByteArray &value);

private:
    mutable QSettings m_settings;
};
