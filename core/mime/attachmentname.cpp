#include "mime/attachmentname.h"

#include <algorithm>

#include <QChar>
#include <QStringView>
#include <QTextBoundaryFinder>

using namespace Qt::Literals::StringLiterals;

namespace Mime {

namespace {

// Longest extension (without the dot) kept when a long name is shortened; anything longer is
// treated as part of the name.
constexpr qsizetype MaxExtensionBytes = 32;

// Characters that must never reach a file name: invisible, formatting or control characters
// that can hide or reorder parts of the name.
bool isDropped(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) // C0, DEL, C1
        return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) // bidi controls
        return true;
    switch (c) {
    case 0x034f: // combining grapheme joiner
    case 0x115f: // Hangul fillers, render as nothing
    case 0x1160:
    case 0x3164:
    case 0xffa0:
    case 0x17b4: // Khmer inherent vowels, invisible
    case 0x17b5:
    case 0x2215: // slash look-alikes (Windows "best fit" maps some of them to / and \)
    case 0x29f8:
    case 0x29f9:
    case 0xff0f:
    case 0xff3c:
        return true;
    default:
        break;
    }
    if (QChar::isNonCharacter(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width space/joiners, LRM/RLM, BOM, soft hyphen, tags...
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool isInvalidOnWindows(QChar c)
{
    return QStringView(u"<>:\"/\\|?*").contains(c);
}

bool isTrimmed(QChar c)
{
    return c == u'.' || c.isSpace();
}

QString trimmedDotsAndSpaces(QStringView text)
{
    while (!text.isEmpty() && isTrimmed(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isTrimmed(text.back()))
        text.chop(1);
    return text.toString();
}

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                   && text.at(i + 1).isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

// The longest prefix of `text` of at most maxBytes UTF-8 bytes, cut between graphemes so that no
// accent or emoji is split; between code points if a single grapheme is already too long.
QString truncatedToUtf8Size(const QString &text, qsizetype maxBytes)
{
    if (utf8Size(text) <= maxBytes)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype kept = 0;
    qsizetype bytes = 0;
    for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary()) {
        const qsizetype more = utf8Size(QStringView(text).sliced(kept, next - kept));
        if (bytes + more > maxBytes)
            break;
        bytes += more;
        kept = next;
    }
    if (kept == 0) {
        while (kept < text.size()) {
            const qsizetype step = text.at(kept).isHighSurrogate() ? 2 : 1;
            const qsizetype more =
                utf8Size(QStringView(text).sliced(kept, qMin(step, text.size() - kept)));
            if (bytes + more > maxBytes)
                break;
            bytes += more;
            kept += step;
        }
    }
    return text.left(kept);
}

// Where the extension starts (the index of its dot), or name.size() when there is none: no dot
// after the first character, nothing after the last dot, or an "extension" with spaces or longer
// than MaxExtensionBytes. ".tar.gz" and the like count as one extension.
qsizetype extensionStart(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1)
        return name.size();
    const QStringView extension = name.sliced(dot + 1);
    if (utf8Size(extension) > MaxExtensionBytes
        || std::any_of(extension.begin(), extension.end(), [](QChar c) { return c.isSpace(); }))
        return name.size();
    const QStringView stem = name.first(dot);
    if (stem.size() > 4 && stem.endsWith(u".tar", Qt::CaseInsensitive))
        return dot - 4;
    return dot;
}

// True when `word` is one of the space-separated words in `list`, ignoring case.
bool isInWordList(QStringView list, QStringView word)
{
    if (word.isEmpty())
        return false;
    for (QStringView entry : list.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (entry.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isWindowsDeviceName(QStringView name)
{
    static constexpr QStringView devices =
        u"CON PRN AUX NUL CONIN$ CONOUT$ CLOCK$ COM0 COM1 COM2 COM3 COM4 COM5 COM6 COM7 COM8 COM9 "
        u"COM\u00b9 COM\u00b2 COM\u00b3 LPT0 LPT1 LPT2 LPT3 LPT4 LPT5 LPT6 LPT7 LPT8 LPT9 "
        u"LPT\u00b9 LPT\u00b2 LPT\u00b3";
    const qsizetype dot = name.indexOf(u'.');
    QStringView base = dot < 0 ? name : name.first(dot);
    while (!base.isEmpty() && base.back().isSpace())
        base.chop(1);
    return isInWordList(devices, base);
}

// `name` with `insert` placed before its extension, the part before the extension shortened so
// that the whole fits MaxAttachmentFileNameBytes. Empty when nothing of that part is left.
QString limitedName(const QString &name, QStringView insert = {})
{
    const qsizetype start = extensionStart(name);
    const QStringView extension = QStringView(name).sliced(start);
    const qsizetype budget = MaxAttachmentFileNameBytes - utf8Size(extension) - utf8Size(insert);
    QString stem = truncatedToUtf8Size(name.first(start), qMax<qsizetype>(budget, 0));
    if (stem.size() < start) {
        while (!stem.isEmpty() && isTrimmed(stem.back())) // a cut may end in spaces or dots
            stem.chop(1);
    }
    if (stem.isEmpty())
        return {};
    return stem.append(insert).append(extension);
}

// The cleaned name, or an empty string when nothing usable is left.
QString cleanName(const QString &input)
{
    QString visible;
    visible.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        char32_t c = input.at(i).unicode();
        if (input.at(i).isHighSurrogate() && i + 1 < input.size()
            && input.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(input.at(i), input.at(i + 1));
            ++i;
        }
        if (!isDropped(c))
            visible += QChar::fromUcs4(c);
    }

    // Keep the last directory part that holds more than dots and spaces.
    QStringView part;
    for (qsizetype end = visible.size(); end >= 0 && part.isEmpty();) {
        qsizetype begin = end;
        while (begin > 0 && visible.at(begin - 1) != u'/' && visible.at(begin - 1) != u'\\')
            --begin;
        const QStringView candidate = QStringView(visible).sliced(begin, end - begin);
        if (!trimmedDotsAndSpaces(candidate).isEmpty())
            part = candidate;
        end = begin - 1;
    }

    QString name;
    name.reserve(part.size());
    for (QChar c : part) {
        if (!isInvalidOnWindows(c))
            name += c;
    }
    name = trimmedDotsAndSpaces(name);
    if (name.isEmpty())
        return {};

    name = limitedName(name);
    if (isWindowsDeviceName(name))
        name = limitedName(u'_' + name);
    return name;
}

QString normalizedMimeType(const QString &mimeType)
{
    return mimeType.section(u';', 0, 0).trimmed().toLower();
}

QString extensionForMimeType(const QString &mimeType)
{
    // "type=extension" pairs, only types that are safe to open; executable types never get an
    // extension here. application/octet-stream and everything else: no extension.
    static constexpr QStringView table =
        u"application/gzip=gz application/json=json application/msword=doc application/pdf=pdf "
        u"application/pgp-encrypted=pgp application/pgp-keys=asc application/pgp-signature=asc "
        u"application/pkcs7-mime=p7m application/pkcs7-signature=p7s application/rtf=rtf "
        u"application/vnd.ms-excel=xls application/vnd.ms-powerpoint=ppt "
        u"application/vnd.oasis.opendocument.presentation=odp "
        u"application/vnd.oasis.opendocument.spreadsheet=ods "
        u"application/vnd.oasis.opendocument.text=odt "
        u"application/vnd.openxmlformats-officedocument.presentationml.presentation=pptx "
        u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet=xlsx "
        u"application/vnd.openxmlformats-officedocument.wordprocessingml.document=docx "
        u"application/xml=xml application/zip=zip audio/mpeg=mp3 audio/ogg=ogg audio/wav=wav "
        u"image/bmp=bmp image/gif=gif image/heic=heic image/jpeg=jpg image/jpg=jpg image/png=png "
        u"image/svg+xml=svg image/tiff=tif image/webp=webp message/rfc822=eml text/calendar=ics "
        u"text/csv=csv text/html=html text/markdown=md text/plain=txt text/vcard=vcf "
        u"text/x-vcard=vcf text/xml=xml video/mp4=mp4 video/mpeg=mpg video/quicktime=mov "
        u"video/webm=webm";
    const QString type = normalizedMimeType(mimeType);
    for (QStringView entry : table.tokenize(u' ', Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(u'=');
        if (entry.first(equals) == type)
            return entry.sliced(equals + 1).toString();
    }
    return {};
}

bool isExecutableExtension(QStringView extension)
{
    static constexpr QStringView extensions =
        // Windows programs, libraries, installers, shortcuts and script hosts
        u"exe com scr pif dll ocx sys drv cpl msc msi msp mst msix msixbundle appx appxbundle "
        u"appref-ms application gadget xbap bat cmd vb vbs vbe js jse ws wsf wsh wsc sct ps1 "
        u"ps1xml ps2 ps2xml psc1 psc2 psd1 psm1 hta chm hlp inf ins isp lnk url website scf shb "
        u"shs reg xll library-ms searchconnector-ms settingcontent-ms "
        // Java and Android
        u"jar jnlp apk "
        // Unix and macOS scripts, launchers and bundles
        u"sh bash zsh csh ksh command tool terminal app action workflow scpt applescript desktop "
        u"run py pyw pyc pyz pl rb php "
        // packages and disk images
        u"appimage flatpak flatpakref snap deb rpm pkg mpkg dmg iso img vhd vhdx "
        // Office documents with macros
        u"docm dotm xlsm xltm xlam xlsb pptm potm ppam ppsm sldm";
    return isInWordList(extensions, extension);
}

bool isExecutableMimeType(const QString &mimeType)
{
    static constexpr QStringView types =
        u"application/x-msdownload application/x-msdos-program application/x-ms-dos-executable "
        u"application/x-dosexec application/vnd.microsoft.portable-executable "
        u"application/x-executable application/x-elf application/x-sharedlib "
        u"application/x-pie-executable application/x-mach-binary application/x-msi "
        u"application/x-ms-installer application/x-bat "
        u"application/x-ms-shortcut application/x-ms-application application/hta "
        u"application/vnd.ms-htmlhelp application/x-sh application/x-shellscript application/x-csh "
        u"text/x-sh text/x-shellscript application/javascript application/x-javascript "
        u"text/javascript application/ecmascript text/vbscript application/x-vbscript "
        u"application/x-powershell text/x-powershell application/java-archive "
        u"application/x-java-archive application/x-java-jnlp-file "
        u"application/vnd.android.package-archive text/x-python text/x-python3 "
        u"application/x-python application/x-python-code text/x-perl application/x-perl "
        u"text/x-ruby application/x-ruby application/x-php application/x-desktop "
        u"application/x-appimage application/x-apple-diskimage application/x-iso9660-image "
        u"application/vnd.debian.binary-package application/x-debian-package application/x-rpm "
        u"application/x-redhat-package-manager";
    const QString type = normalizedMimeType(mimeType);
    if (type.contains(u"macroenabled"))
        return true; // application/vnd.ms-word.document.macroEnabled.12 and friends
    return isInWordList(types, type);
}

QStringView lastExtension(QStringView name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot < 0 ? QStringView() : name.sliced(dot + 1);
}

} // namespace

QString safeAttachmentFileName(const QString &nameFromMessage, const QString &mimeType,
                               const QString &fallback)
{
    QString name = cleanName(nameFromMessage);
    if (!name.isEmpty())
        return name;
    QString base = cleanName(fallback);
    if (base.isEmpty())
        base = u"attachment"_s;
    const QString extension = extensionForMimeType(mimeType);
    return extension.isEmpty() ? base : cleanName(base + u'.' + extension);
}

QString numberedAttachmentFileName(const QString &safeFileName, int number)
{
    if (number < 2)
        return safeFileName;
    const QString insert = u" (%1)"_s.arg(number);
    const QString numbered = limitedName(safeFileName, insert);
    return numbered.isEmpty() ? insert.trimmed() : numbered;
}

bool isPotentiallyExecutable(const QString &fileName, const QString &mimeType)
{
    if (isExecutableMimeType(mimeType))
        return true;
    const QString saved = cleanName(fileName);
    if (isExecutableExtension(lastExtension(saved)))
        return true;
    // The name as written too, in case a caller uses it without cleaning.
    return isExecutableExtension(lastExtension(QStringView(fileName).trimmed()));
}

} // namespace Mime
