#pragma once

#include <QList>
#include <QString>

namespace Store {

class MessageStore;

// Moving mail between the archive and files, for the GUI's Import and Export (run on the
// archive's worker thread). Each returns an empty string on success, else what went wrong;
// what was imported before a failure is kept.

// An mbox file, or one .eml file (by its extension), into "Local Folders/<folderName>".
[[nodiscard]] QString importFile(MessageStore &store, const QString &path,
                                 const QString &folderName);
// A Maildir folder (cur/ and new/, with its flags) into "Local Folders/<folderName>".
[[nodiscard]] QString importMaildir(MessageStore &store, const QString &directory,
                                    const QString &folderName);
// These messages, in this order, as 1.eml, 2.eml … in a folder (made when missing); existing
// files are never overwritten.
[[nodiscard]] QString exportToEmlFiles(MessageStore &store, const QList<qint64> &ids,
                                       const QString &directory);
// These messages, in this order, into a new mbox file (mboxrd); an existing file is refused.
[[nodiscard]] QString exportToMbox(MessageStore &store, const QList<qint64> &ids,
                                   const QString &path);

} // namespace Store
