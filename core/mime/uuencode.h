#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Mime {

// A file embedded in plain text the pre-MIME way: a uuencoded "begin <mode> <name>" ... "end"
// block, or a "begin-base64 <mode> <name>" ... "====" block.
struct UuBlock
{
    qsizetype start = 0; // offset of the begin line in the text
    qsizetype end = 0; // offset just after the end line and its line break
    QString fileName; // as the begin line names it: untrusted, never use it as a path
    QByteArray data; // decoded bytes
};

// The embedded files of `text`, in order. Strict: a begin line must start a line, every data line
// must decode (a uuencoded line's length character must agree with the line's length, allowing
// the backtick variant and trailing padding stripped in transit), and the block must be closed;
// anything else is left as text. At most 100 blocks and `maxDecodedBytes` decoded bytes in all
// are returned; later blocks are left as text. Linear in the length of `text`.
[[nodiscard]] QList<UuBlock> findUuencodedBlocks(QStringView text, qsizetype maxDecodedBytes);

// A MIME type for an embedded file named `fileName`, from a few well-known extensions;
// "application/octet-stream" for anything else.
[[nodiscard]] QString uuMimeType(QStringView fileName);

} // namespace Mime
