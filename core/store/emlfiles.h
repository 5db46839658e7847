#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace Store {

// Writes `raw` unchanged as the new file `<directory>/<baseName>.eml` (permissions 0600). Never
// overwrites and never follows a symbolic link: the file is created exclusively (O_EXCL), so an
// existing entry with that name, even a dangling link, is an error. `baseName` must be a plain
// file name: not empty, at most 200 characters, no '/', '\\' or NUL, not starting with '.'.
// On failure `*error` (when given) gets a translated reason and nothing is left behind. The file is
// not fsynced (exports are copies). Blocking file I/O: call it from a worker thread.
[[nodiscard]] bool writeEmlFile(const QString &directory, const QString &baseName,
                                const QByteArray &raw, QString *error = nullptr);

// Reads the whole file at `path` as raw message bytes, or nullopt with `*error` (when given) when
// it is not a readable regular file or holds more than `maxBytes` bytes. Memory stays bounded by
// `maxBytes` even when the file grows while it is read. Blocking file I/O.
[[nodiscard]] std::optional<QByteArray> readEmlFile(const QString &path, qint64 maxBytes,
                                                    QString *error = nullptr);

} // namespace Store
