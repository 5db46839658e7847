#pragma once

#include <QString>

class QCommandLineOption;
class QCommandLineParser;
class QCoreApplication;

namespace Satchel {

// Sets the organisation, application name and version shared by the GUI and the CLI, so that
// settings, profile paths and --version agree.
void setApplicationInfo(const char *applicationName);

// The profile both satchel and satchel-cli open by default: $SATCHEL_PROFILE, else "Satchel" in
// the platform's application-data folder (~/.local/share/Satchel on Linux).
[[nodiscard]] QString defaultProfileDir();

// --profile DIR, as both executables take it, and the profile it selects.
[[nodiscard]] QCommandLineOption profileOption();
[[nodiscard]] QString profileDir(const QCommandLineParser &parser);

// True when the arguments ask only for --help or --version, which must work without a display.
[[nodiscard]] bool asksForInfoOnly(int argc, char **argv);

} // namespace Satchel
