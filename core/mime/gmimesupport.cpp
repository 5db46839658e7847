#include <mutex>

#include "mime/gmimesupport_p.h"

namespace Mime::Detail {

void ensureGMimeInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace Mime::Detail
