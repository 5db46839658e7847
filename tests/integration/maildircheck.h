#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

// What the CLI tests compare between a Dovecot Maildir and a profile: the Message-IDs their
// generated messages carry.

inline QByteArray messageIdOf(const QByteArray &raw)
{
    const qsizetype start = raw.indexOf("Message-ID: <");
    return start < 0 ? QByteArray() : raw.mid(start + 13, raw.indexOf('>', start) - start - 13);
}

// The Message-IDs in a Maildir (new/ and cur/). Dovecot moves files from new/ to cur/ while we
// look, so new/ is read first (a file moved after that is found in cur/), and a file that vanishes
// before it is opened means: look again.
inline QList<QByteArray> messageIdsInMaildir(const QString &maildir)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        QList<QByteArray> ids;
        bool vanished = false;
        for (const char *sub : {"new", "cur"}) {
            const QDir dir(maildir + QLatin1Char('/') + QLatin1String(sub));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile file(dir.filePath(name));
                if (!file.open(QIODevice::ReadOnly)) {
                    vanished = true;
                    break;
                }
                ids.append(messageIdOf(file.read(4096)));
            }
        }
        if (!vanished)
            return ids;
    }
    return {};
}
