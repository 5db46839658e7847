#include "store/maildirreader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "store/emlfiles.h"

using namespace Qt::Literals::StringLiterals;

namespace Store {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

MaildirReader::MaildirReader(const QString &path)
    : m_path(path)
{ }

bool MaildirReader::open()
{
    m_entries.clear();
    m_next = 0;
    m_error.clear();
    const QFileInfo info(m_path);
    if (!info.isDir()) {
        m_error = QCoreApplication::translate("Store::Maildir",
                                              "The folder \u201c%1\u201d does not exist.")
                      .arg(native(m_path));
        return false;
    }
    const QDir root(m_path);
    if (!QFileInfo(root.filePath(u"cur"_s)).isDir()
        || !QFileInfo(root.filePath(u"new"_s)).isDir()) {
        m_error =
            QCoreApplication::translate("Store::Maildir",
                                        "\u201c%1\u201d is not a Maildir folder: it has no \u201c"
                                        "cur\u201d and "
                                        "\u201cnew\u201d subfolders.")
                .arg(native(m_path));
        return false;
    }
    for (const QString &subdirectory : {u"cur"_s, u"new"_s}) {
        const QDir dir(root.filePath(subdirectory));
        const QStringList names = dir.entryList(QDir::Files | QDir::NoSymLinks, QDir::Unsorted);
        for (const QString &name : names) {
            if (!name.startsWith(u'.'))
                m_entries.append(Entry {name, subdirectory});
        }
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.fileName != b.fileName)
            return a.fileName < b.fileName;
        return a.subdirectory < b.subdirectory;
    });
    return true;
}

std::optional<MaildirMessage> MaildirReader::next()
{
    if (hasError() || m_next >= m_entries.size())
        return std::nullopt;
    const Entry &entry = m_entries.at(m_next);
    const QString path = m_path + u'/' + entry.subdirectory + u'/' + entry.fileName;
    QString error;
    std::optional<QByteArray> raw = readEmlFile(path, m_maxMessageSize, &error);
    if (!raw) {
        m_error = error;
        return std::nullopt;
    }
    ++m_next;
    return MaildirMessage {std::move(*raw), entry.fileName, entry.subdirectory,
                           parseFlags(entry.fileName)};
}

MaildirFlags MaildirReader::parseFlags(const QString &fileName)
{
    MaildirFlags flags;
    qsizetype info = -1;
    for (const QString &marker : {u":2,"_s, u";2,"_s, u"!2,"_s})
        info = std::max(info, fileName.lastIndexOf(marker));
    if (info < 0)
        return flags;
    for (const QChar c : QStringView(fileName).sliced(info + 3)) {
        switch (c.unicode()) {
        case u'S':
            flags.seen = true;
            break;
        case u'R':
            flags.replied = true;
            break;
        case u'F':
            flags.flagged = true;
            break;
        case u'T':
            flags.trashed = true;
            break;
        case u'D':
            flags.draft = true;
            break;
        case u'P':
            flags.passed = true;
            break;
        default:
            break;
        }
    }
    return flags;
}

} // namespace Store
