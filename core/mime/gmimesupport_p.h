#pragma once

// Private helpers around GMime's C API for core/mime only.

#include <gmime/gmime.h>

namespace Mime::Detail {

// g_mime_init() once per process, from whichever thread parses first.
void ensureGMimeInitialized();

// Owns one GObject reference.
template<typename T>
class GObjectRef
{
public:
    explicit GObjectRef(T *object = nullptr)
        : m_object(object)
    { }
    ~GObjectRef()
    {
        if (m_object)
            g_object_unref(m_object);
    }
    GObjectRef(const GObjectRef &) = delete;
    GObjectRef &operator=(const GObjectRef &) = delete;
    [[nodiscard]] T *get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    T *m_object;
};

} // namespace Mime::Detail
