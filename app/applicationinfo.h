#pragma once

class QCoreApplication;

namespace Satchel {

// Sets the organisation, application name and version shared by the GUI and the CLI, so that
// settings, profile paths and --version agree.
void setApplicationInfo(const char *applicationName);

// True when the arguments ask only for --help or --version, which must work without a display.
[[nodiscard]] bool asksForInfoOnly(int argc, char **argv);

} // namespace Satchel
