#include "appsettings.h"

#include <QDir>

AppSettings::AppSettings(const QString &profileDir)
    : m_settings(QDir(profileDir).filePath(QStringLiteral("satchel.ini")), QSettings::IniFormat)
{ }

int AppSettings::checkIntervalMinutes() const
{
    return std::max(0, m_settings.value(QStringLiteral("check/intervalMinutes"), 10).toInt());
}

void AppSettings::setCheckIntervalMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("check/intervalMinutes"), minutes);
}

int AppSettings::markReadDelaySeconds() const
{
    return m_settings.value(QStringLiteral("reading/markReadDelaySeconds"), 2).toInt();
}

void AppSettings::setMarkReadDelaySeconds(int seconds)
{
    m_settings.setValue(QStringLiteral("reading/markReadDelaySeconds"), seconds);
}

AppSettings::RemoteContent AppSettings::remoteContent() const
{
    return m_settings.value(QStringLiteral("reading/remoteContent")).toString()
            == QLatin1String("always")
        ? RemoteContent::Always
        : RemoteContent::Ask;
}

void AppSettings::setRemoteContent(RemoteContent policy)
{
    m_settings.setValue(QStringLiteral("reading/remoteContent"),
                        policy == RemoteContent::Always ? QStringLiteral("always")
                                                        : QStringLiteral("ask"));
}

QStringList AppSettings::alwaysLoadRemoteFrom() const
{
    return m_settings.value(QStringLiteral("reading/alwaysLoadRemoteFrom")).toStringList();
}

void AppSettings::addAlwaysLoadRemoteFrom(const QString &address)
{
    QStringList senders = alwaysLoadRemoteFrom();
    if (!address.isEmpty() && !senders.contains(address, Qt::CaseInsensitive)) {
        senders.append(address.toLower());
        m_settings.setValue(QStringLiteral("reading/alwaysLoadRemoteFrom"), senders);
    }
}

AppSettings::Layout AppSettings::layout() const
{
    return m_settings.value(QStringLiteral("window/layout")).toString() == QLatin1String("wide")
        ? Layout::Wide
        : Layout::Classic;
}

void AppSettings::setLayout(Layout layout)
{
    m_settings.setValue(QStringLiteral("window/layout"),
                        layout == Layout::Wide ? QStringLiteral("wide")
                                               : QStringLiteral("classic"));
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("general/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("general/language"), language);
}

bool AppSettings::preferPlainText() const
{
    return m_settings.value(QStringLiteral("reading/preferPlainText"), false).toBool();
}

void AppSettings::setPreferPlainText(bool on)
{
    m_settings.setValue(QStringLiteral("reading/preferPlainText"), on);
}

QByteArray AppSettings::value(const QString &key) const
{
    return m_settings.value(QStringLiteral("state/") + key).toByteArray();
}

void AppSettings::setValue(const QString &key, const QByteArray &value)
{
    m_settings.setValue(QStringLiteral("state/") + key, value);
}
