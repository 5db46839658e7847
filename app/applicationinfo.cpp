#include "applicationinfo.h"

#include <cstring>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include "satchel/version.h"

namespace Satchel {

void setApplicationInfo(const char *applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Satchel"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    QCoreApplication::setApplicationVersion(version());
}

QString defaultProfileDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SATCHEL_PROFILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Satchel");
}

QCommandLineOption profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
                              QCoreApplication::translate(
                                  "main", "The profile folder (default: $SATCHEL_PROFILE, or %1).")
                                  .arg(defaultProfileDir()),
                              QStringLiteral("DIR"));
}

QString profileDir(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                   : defaultProfileDir();
}

bool asksForInfoOnly(int argc, char **argv)
{
    static constexpr const char *infoOptions[] = {"--help", "-h", "--help-all", "--version", "-v"};
    for (int i = 1; i < argc; ++i) {
        for (const char *option : infoOptions) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace Satchel
