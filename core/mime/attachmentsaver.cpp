#include "mime/attachmentsaver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include "logging.h"
#include "mime/attachmentname.h"

using namespace Qt::Literals::StringLiterals;

namespace Mime {

namespace {

// " (2)" ... " (9999)": beyond that the folder is not one a person is browsing.
constexpr int MaxNumber = 9999;
// How often the data is written again when another program takes the chosen name between our
// check and the rename.
constexpr int MaxRaces = 5;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

SaveResult failure(const QString &error)
{
    return SaveResult {false, QString(), error};
}

// True when anything at all, even a dangling symbolic link, has this name.
bool isTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// The first number from `from` whose numbered name is free, or -1.
int firstFreeNumber(const QString &folder, const QString &safeName, int from)
{
    for (int number = from; number <= MaxNumber; ++number) {
        if (!isTaken(folder + u'/' + numberedAttachmentFileName(safeName, number)))
            return number;
    }
    return -1;
}

// The saved file must be a regular file (not a link) directly inside the folder.
bool isDirectlyInside(const QString &path, const QString &folder)
{
    const QFileInfo info(path);
    return info.isFile() && !info.isSymLink() && info.canonicalPath() == folder
        && QFileInfo(folder).canonicalFilePath() == folder;
}

} // namespace

SaveResult saveAttachment(const QString &directory, const QString &nameFromMessage,
                          const QString &mimeType, const QByteArray &data)
{
    const QFileInfo directoryInfo(directory);
    if (directory.isEmpty())
        return failure(QCoreApplication::translate(
            "Mime::AttachmentSaver", "No folder was chosen to save the attachment in."));
    if (!directoryInfo.exists())
        return failure(QCoreApplication::translate("Mime::AttachmentSaver",
                                                   "The folder \u201c%1\u201d does not exist.")
                           .arg(native(directory)));
    if (!directoryInfo.isDir())
        return failure(
            QCoreApplication::translate("Mime::AttachmentSaver", "\u201c%1\u201d is not a folder.")
                .arg(native(directory)));
    const QString folder = directoryInfo.canonicalFilePath();
    const QString safeName = safeAttachmentFileName(nameFromMessage, mimeType);

    int number = 1;
    for (int race = 0; race < MaxRaces; ++race) {
        number = firstFreeNumber(folder, safeName, number);
        if (number < 0) {
            return failure(QCoreApplication::translate(
                               "Mime::AttachmentSaver",
                               "There are too many files named \u201c%1\u201d in the folder "
                               "\u201c%2\u201d. Choose another folder.")
                               .arg(safeName, native(folder)));
        }
        const QString target = folder + u'/' + numberedAttachmentFileName(safeName, number);

        // Created with O_EXCL and permissions 0600; removed again by its destructor on failure.
        QTemporaryFile temporary(folder + u"/.satchel-XXXXXX.part"_s);
        if (!temporary.open()) {
            return failure(QCoreApplication::translate(
                               "Mime::AttachmentSaver",
                               "Cannot save files in the folder \u201c%1\u201d: %2. Check that "
                               "the folder is writable.")
                               .arg(native(folder), temporary.errorString()));
        }
        if (temporary.write(data) != data.size() || !temporary.flush()) {
            return failure(QCoreApplication::translate(
                               "Mime::AttachmentSaver",
                               "Could not write \u201c%1\u201d: %2. The disk may be full.")
                               .arg(native(target), temporary.errorString()));
        }
        // QTemporaryFile::rename() never replaces an existing entry and never copies.
        if (temporary.rename(target)) {
            temporary.setAutoRemove(false);
            if (!isDirectlyInside(target, folder)) {
                qCWarning(lcMime) << "saved attachment is not where it was written:" << target;
                return failure(QCoreApplication::translate(
                                   "Mime::AttachmentSaver",
                                   "\u201c%1\u201d was changed by another program while it was "
                                   "being saved. Check the folder \u201c%2\u201d.")
                                   .arg(native(target), native(folder)));
            }
            return SaveResult {true, target, QString()};
        }
        if (!isTaken(target)) {
            return failure(QCoreApplication::translate("Mime::AttachmentSaver",
                                                       "Could not save \u201c%1\u201d: %2.")
                               .arg(native(target), temporary.errorString()));
        }
        qCDebug(lcMime) << "attachment name taken while saving, trying the next number";
        ++number;
    }
    return failure(QCoreApplication::translate(
                       "Mime::AttachmentSaver",
                       "Could not save \u201c%1\u201d because other programs keep creating files "
                       "with the same name in the folder \u201c%2\u201d.")
                       .arg(safeName, native(folder)));
}

QList<SaveResult> saveAttachments(const QString &directory,
                                  const QList<AttachmentToSave> &attachments)
{
    QList<SaveResult> results;
    results.reserve(attachments.size());
    for (const AttachmentToSave &attachment : attachments)
        results.append(
            saveAttachment(directory, attachment.name, attachment.mimeType, attachment.data));
    return results;
}

} // namespace Mime
