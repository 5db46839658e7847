#include "store/emlfiles.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Store {

namespace {

constexpr qsizetype MaxBaseNameLength = 200;
constexpr qint64 ChunkSize = 1024 * 1024;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool isPlainBaseName(const QString &baseName)
{
    return !baseName.isEmpty() && baseName.size() <= MaxBaseNameLength && !baseName.startsWith(u'.')
        && !baseName.contains(u'/') && !baseName.contains(u'\\')
        && !baseName.contains(QChar(u'\0'));
}

} // namespace

bool writeEmlFile(const QString &directory, const QString &baseName, const QByteArray &raw,
                  QString *error)
{
    if (!isPlainBaseName(baseName))
        return setError(error,
                        QCoreApplication::translate("Store::Eml",
                                                    "\u201c%1\u201d cannot be used as a file name.")
                            .arg(baseName));
    if (!QFileInfo(directory).isDir())
        return setError(
            error,
            QCoreApplication::translate("Store::Eml", "The folder \u201c%1\u201d does not exist.")
                .arg(native(directory)));
    const QString path = directory + u'/' + baseName + u".eml"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return setError(
            error,
            QCoreApplication::translate("Store::Eml", "Cannot create the file \u201c%1\u201d: %2")
                .arg(native(path), file.errorString()));
    const bool written = file.write(raw) == raw.size() && file.flush();
    const QString reason = file.errorString();
    file.close();
    if (!written) {
        QFile::remove(path);
        return setError(
            error,
            QCoreApplication::translate("Store::Eml", "Cannot write the file \u201c%1\u201d: %2")
                .arg(native(path), reason));
    }
    return true;
}

std::optional<QByteArray> readEmlFile(const QString &path, qint64 maxBytes, QString *error)
{
    const auto failed = [&](const QString &text) -> std::optional<QByteArray> {
        setError(error, text);
        return std::nullopt;
    };
    const auto tooLarge = [&] {
        return failed(QCoreApplication::translate(
                          "Store::Eml", "The file \u201c%1\u201d is larger than %2 bytes.")
                          .arg(native(path))
                          .arg(maxBytes));
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return failed(QCoreApplication::translate("Store::Eml",
                                                  "\u201c%1\u201d is not a file that can be read.")
                          .arg(native(path)));
    if (info.size() > maxBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            QCoreApplication::translate("Store::Eml", "Cannot open the file \u201c%1\u201d: %2")
                .arg(native(path), file.errorString()));
    QByteArray data;
    data.reserve(info.size());
    for (;;) {
        // At most one byte beyond the limit, so that a growing file is noticed.
        const qint64 wanted = std::min(ChunkSize, maxBytes + 1 - data.size());
        const qsizetype oldSize = data.size();
        data.resize(oldSize + wanted);
        const qint64 count = file.read(data.data() + oldSize, wanted);
        if (count < 0)
            return failed(
                QCoreApplication::translate("Store::Eml", "Cannot read the file \u201c%1\u201d: %2")
                    .arg(native(path), file.errorString()));
        data.resize(oldSize + count);
        if (data.size() > maxBytes)
            return tooLarge();
        if (count == 0)
            return data;
    }
}

} // namespace Store
