#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace billhook {

// What went wrong, for the user: `message` is already translated and names what to do. `field` names the
// input that was refused (for inline validation in the UI; empty when the error is not about one field).
struct Error
{
    enum class Code
    {
        Invalid,    // the input is malformed or breaks a rule; nothing was changed
        NotFound,   // the record asked for does not exist
        Duplicate,  // a value that must be unique is taken
        Locked,     // the record can no longer be changed (approved, paid, voided...)
        Transition, // the status change is not allowed
        Database,   // the database could not be read or written
        Network,    // a remote service could not be reached or answered with an error
        Auth,       // authorisation is missing, expired or revoked
    };

    Code code = Code::Invalid;
    QString message;
    QString field;

    static Error invalid(QString message, QString field = {})
    {
        return {Code::Invalid, std::move(message), std::move(field)};
    }
    static Error make(Code code, QString message, QString field = {})
    {
        return {code, std::move(message), std::move(field)};
    }
};

// A value or an Error. Core functions return this instead of throwing, so every caller sees the failure.
template<class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result<void>: success or an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace billhook
