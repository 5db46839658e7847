#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mime {

struct SaveResult
{
    bool ok = false;
    QString path; // the file written (canonical folder + final name) when ok
    QString error; // a translated, plain-language reason when not ok
};

// One attachment to save: the name and type as the message gives them (untrusted) and the
// decoded content.
struct AttachmentToSave
{
    QString name;
    QString mimeType;
    QByteArray data;
};

// Writes `data` as a new file named safeAttachmentFileName(nameFromMessage, mimeType) directly
// inside `directory`, which must exist. Never overwrites and never follows a symbolic link: when
// the name is taken (by a file, folder or link, even a dangling one) " (2)", " (3)", ... is
// inserted before the extension (numberedAttachmentFileName()).
//
// How: the data goes to a new temporary file in the same folder (QTemporaryFile: created
// exclusively, permissions 0600, hidden ".satchel-*.part" name), then QTemporaryFile::rename()
// gives it the final name. That rename never replaces an existing entry (on Linux
// renameat2(RENAME_NOREPLACE) or link()+unlink(); rename(2) does not follow a link at the
// target) and, unlike QFile::rename(), never falls back to copying through an opened target.
// So the final name only ever appears with its complete content and permissions 0600. The final
// path is checked to be a regular file directly inside the canonical `directory`.
//
// A missing folder, a read-only folder or a full disk give ok=false and `error`; nothing is left
// behind then. Blocking file I/O: call it from a worker thread for large data.
[[nodiscard]] SaveResult saveAttachment(const QString &directory, const QString &nameFromMessage,
                                        const QString &mimeType, const QByteArray &data);

// Saves each attachment as saveAttachment() does, in order, and returns one result for each;
// a failure does not stop the others. Names that collide with each other (or with existing
// files) get the same " (2)", " (3)" treatment.
[[nodiscard]] QList<SaveResult> saveAttachments(const QString &directory,
                                                const QList<AttachmentToSave> &attachments);

} // namespace Mime
