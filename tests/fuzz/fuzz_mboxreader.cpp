// libFuzzer target: Store::MboxReader over any bytes, written to a temporary file (it reads files
// only). The input size modulo 3 picks the limits: the defaults, or small ones that the input can
// exceed. Checks: every message and the separators together fit in the input, no message exceeds
// maxMessageSize(), position() never passes size() (the input's size), and once next() has
// returned nullopt it keeps doing so. Seeds: tests/data/fuzz-seeds/mbox and ../shared/corpus/edge.
#include <cstddef>
#include <cstdint>
#include <optional>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include "store/mboxreader.h"

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

const QString &mboxPath()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/fuzz_mboxreader-XXXXXX"));
    static const QString path = dir.filePath(QStringLiteral("input.mbox"));
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const qint64 inputSize = qint64(size);
    {
        QFile file(mboxPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        if (file.write(reinterpret_cast<const char *>(data), inputSize) != inputSize)
            __builtin_trap();
    }

    Store::MboxReader reader(mboxPath());
    switch (size % 3) {
    case 1:
        reader.setMaxMessageSize(512);
        reader.setMaxLineLength(80);
        break;
    case 2:
        reader.setMaxMessageSize(64);
        reader.setMaxLineLength(16);
        break;
    default:
        break;
    }
    if (!reader.open())
        __builtin_trap();
    require(reader.size() == inputSize);

    qint64 total = 0; // message bytes and separator lines handed out
    qint64 lastPosition = 0;
    while (true) {
        const std::optional<QByteArray> message = reader.next();
        if (!message)
            break;
        require(message->size() <= reader.maxMessageSize());
        require(message->size() <= inputSize);
        require(reader.lastSeparator().startsWith("From "));
        total += message->size() + reader.lastSeparator().size();
        require(total <= inputSize);
        require(reader.position() >= lastPosition && reader.position() <= inputSize);
        lastPosition = reader.position();
    }
    require(!reader.hasError() || !reader.errorString().isEmpty());
    require(!reader.next().has_value());
    return 0;
}
