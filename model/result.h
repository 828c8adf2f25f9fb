#pragma once

#include <QString>

#include <expected>

namespace Casebinder {

// What went wrong, as a value. `message` is one sentence a user can read; `detail` carries the
// technical cause (an SQLite or Poppler message) for "Show details" and logs.
struct Error
{
    enum class Code {
        Generic,
        NotFound,
        InvalidArgument,
        NotACase,    // not SQLite, or an SQLite file of another application
        NewerSchema, // written by a newer Casebinder
        ReadOnly,
        Busy, // locked by another process
        Io,
        Corrupt,
        Constraint,
        Cancelled,
        Unsupported,
        PasswordRequired,
        Duplicate,
    };

    Code code = Code::Generic;
    QString message;
    QString detail = {};

    QString fullText() const
    {
        return detail.isEmpty() ? message : message + u" (" + detail + u')';
    }
};

template<typename T>
using Result = std::expected<T, Error>;

// Result<void> reads better spelled out at call sites.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Code code, QString message, QString detail = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace Casebinder
