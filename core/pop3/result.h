#pragma once

#include <utility>

#include "pop3/pop3error.h"

namespace Pop3 {

// A value or the Error that prevented it. Errors travel as values, never as exceptions.
// T must be default-constructible (a plain member rather than std::optional, which trips g++ 12's
// -Wmaybe-uninitialized with Qt containers).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
        , m_ok(true)
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const T &value() const { return m_value; }
    [[nodiscard]] T &value() { return m_value; }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    T m_value {};
    bool m_ok = false;
    Error m_error;
};

// The result of a command that returns nothing but success.
struct Done
{
};

} // namespace Pop3
