#include "satchel/version.h"

namespace Satchel {

QString version()
{
    return QStringLiteral(SATCHEL_VERSION_STRING);
}

} // namespace Satchel
