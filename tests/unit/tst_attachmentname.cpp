#include <QTest>

#include "mime/attachmentname.h"

using namespace Qt::Literals::StringLiterals;

namespace {

qsizetype utf8Size(const QString &text)
{
    return text.toUtf8().size();
}

QString repeated(const QString &part, int count)
{
    return part.repeated(count);
}

} // namespace

// Attachment names come from untrusted mail: they must never act as a path, hide their real
// extension or name a Windows device, and they must fit every file system.
class TestAttachmentName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("expected");

        const QString nul(QChar(0));
        // directory parts
        QTest::newRow("dotdot slash") << u"../../etc/passwd"_s << QString() << u"passwd"_s;
        QTest::newRow("dotdot backslash") << u"..\\..\\win.ini"_s << QString() << u"win.ini"_s;
        QTest::newRow("absolute unix") << u"/etc/passwd"_s << QString() << u"passwd"_s;
        QTest::newRow("drive") << u"C:\\Windows\\x.dll"_s << QString() << u"x.dll"_s;
        QTest::newRow("unc") << u"\\\\server\\share\\a"_s << QString() << u"a"_s;
        QTest::newRow("trailing slash") << u"folder/"_s << QString() << u"folder"_s;
        QTest::newRow("drive relative") << u"C:x.txt"_s << QString() << u"Cx.txt"_s;
        QTest::newRow("fullwidth slashes")
            << u"..\uFF0F..\uFF0Fetc\uFF3Cpasswd"_s << QString() << u"etcpasswd"_s;
        // nothing usable left
        QTest::newRow("dotdot") << u".."_s << QString() << u"attachment"_s;
        QTest::newRow("dot") << u"."_s << QString() << u"attachment"_s;
        QTest::newRow("empty") << QString() << QString() << u"attachment"_s;
        QTest::newRow("spaces") << u"    "_s << QString() << u"attachment"_s;
        QTest::newRow("dots and spaces") << u" . .. . "_s << QString() << u"attachment"_s;
        QTest::newRow("only separators") << u"/\\/"_s << QString() << u"attachment"_s;
        QTest::newRow("only invisible") << u"\u202E\u200B\u2066"_s << QString() << u"attachment"_s;
        // control and invisible characters
        QTest::newRow("nul") << (u"invoice.pdf"_s + nul + u".exe"_s) << QString()
                             << u"invoice.pdf.exe"_s;
        QTest::newRow("newlines") << u"a\nb\r\n.txt"_s << QString() << u"ab.txt"_s;
        QTest::newRow("tab del c1") << u"a\tb\u007Fc\u0085d.txt"_s << QString() << u"abcd.txt"_s;
        QTest::newRow("rtl override") << u"photo\u202Egpj.exe"_s << QString() << u"photogpj.exe"_s;
        QTest::newRow("bidi isolates")
            << u"report\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D.pdf"_s << QString()
            << u"report.pdf"_s;
        QTest::newRow("zero width")
            << u"in\u200Bvoi\u200Cce\u200D\u2060.pdf\uFEFF"_s << QString() << u"invoice.pdf"_s;
        QTest::newRow("lrm rlm soft hyphen")
            << u"\u200Ename\u200F\u00AD.txt"_s << QString() << u"name.txt"_s;
        QTest::newRow("line separator") << u"a\u2028b\u2029.txt"_s << QString() << u"ab.txt"_s;
        QTest::newRow("hangul filler") << u"a\u3164.txt"_s << QString() << u"a.txt"_s;
        QTest::newRow("lone surrogate")
            << (u"a"_s + QChar(0xD800) + u"b.txt"_s) << QString() << u"ab.txt"_s;
        // characters invalid on Windows
        QTest::newRow("windows invalid")
            << u"a<b>c:d\"e|f?g*h.txt"_s << QString() << u"abcdefgh.txt"_s;
        QTest::newRow("stream") << u"file.exe::$DATA"_s << QString() << u"file.exe$DATA"_s;
        // leading and trailing dots and spaces
        QTest::newRow("leading dot") << u".bashrc"_s << QString() << u"bashrc"_s;
        QTest::newRow("leading spaces") << u"  . report.pdf"_s << QString() << u"report.pdf"_s;
        QTest::newRow("trailing dots") << u"report.pdf..."_s << QString() << u"report.pdf"_s;
        QTest::newRow("trailing spaces") << u"report.pdf .  "_s << QString() << u"report.pdf"_s;
        QTest::newRow("trailing exe dot") << u"run.exe."_s << QString() << u"run.exe"_s;
        // Windows device names
        QTest::newRow("CON") << u"CON"_s << QString() << u"_CON"_s;
        QTest::newRow("con lower") << u"con"_s << QString() << u"_con"_s;
        QTest::newRow("nul.txt") << u"nul.txt"_s << QString() << u"_nul.txt"_s;
        QTest::newRow("Com1.tar.gz") << u"Com1.tar.gz"_s << QString() << u"_Com1.tar.gz"_s;
        QTest::newRow("COM0") << u"COM0.log"_s << QString() << u"_COM0.log"_s;
        QTest::newRow("lpt9") << u"lpt9"_s << QString() << u"_lpt9"_s;
        QTest::newRow("lpt superscript") << u"LPT\u00B9.txt"_s << QString() << u"_LPT\u00B9.txt"_s;
        QTest::newRow("prn space") << u"prn .txt"_s << QString() << u"_prn .txt"_s;
        QTest::newRow("aux colon") << u"AUX:"_s << QString() << u"_AUX"_s;
        QTest::newRow("conin") << u"CONIN$"_s << QString() << u"_CONIN$"_s;
        QTest::newRow("conout") << u"conout$.txt"_s << QString() << u"_conout$.txt"_s;
        QTest::newRow("device in path") << u"C:\\dir\\nul"_s << QString() << u"_nul"_s;
        QTest::newRow("not a device") << u"console.txt"_s << QString() << u"console.txt"_s;
        QTest::newRow("com10") << u"com10.txt"_s << QString() << u"com10.txt"_s;
        QTest::newRow("device later") << u"report.con"_s << QString() << u"report.con"_s;
        // names that are fine as they are
        QTest::newRow("plain") << u"Quarterly report.pdf"_s << QString()
                               << u"Quarterly report.pdf"_s;
        QTest::newRow("japanese") << u"請求書_2024年.pdf"_s << QString() << u"請求書_2024年.pdf"_s;
        QTest::newRow("umlauts") << u"Übergrößenträger.txt"_s << QString()
                                 << u"Übergrößenträger.txt"_s;
        QTest::newRow("combining") << u"Cafe\u0301.txt"_s << QString() << u"Cafe\u0301.txt"_s;
        QTest::newRow("emoji") << u"party \U0001F389.png"_s << QString()
                               << u"party \U0001F389.png"_s;
        QTest::newRow("arabic") << u"تقرير.pdf"_s << QString() << u"تقرير.pdf"_s;
        QTest::newRow("inner dots") << u"v1.2.3 notes.txt"_s << QString() << u"v1.2.3 notes.txt"_s;
        QTest::newRow("name kept despite type") << u"data"_s << u"application/pdf"_s << u"data"_s;
        // fallback with an extension for the MIME type
        QTest::newRow("fallback pdf") << QString() << u"application/pdf"_s << u"attachment.pdf"_s;
        QTest::newRow("fallback txt params")
            << QString() << u"text/plain; charset=utf-8"_s << u"attachment.txt"_s;
        QTest::newRow("fallback upper") << u".."_s << u" IMAGE/JPEG "_s << u"attachment.jpg"_s;
        QTest::newRow("fallback png") << u"/"_s << u"image/png"_s << u"attachment.png"_s;
        QTest::newRow("fallback gif") << u" "_s << u"image/gif"_s << u"attachment.gif"_s;
        QTest::newRow("fallback html") << QString() << u"text/html"_s << u"attachment.html"_s;
        QTest::newRow("fallback eml") << QString() << u"message/rfc822"_s << u"attachment.eml"_s;
        QTest::newRow("fallback ics") << u"../"_s << u"text/calendar"_s << u"attachment.ics"_s;
        QTest::newRow("fallback zip") << QString() << u"application/zip"_s << u"attachment.zip"_s;
        QTest::newRow("fallback octet")
            << QString() << u"application/octet-stream"_s << u"attachment"_s;
        QTest::newRow("fallback unknown") << QString() << u"x-custom/thing"_s << u"attachment"_s;
        QTest::newRow("fallback executable type")
            << QString() << u"application/x-msdownload"_s << u"attachment"_s;
    }

    void safeName()
    {
        QFETCH(QString, input);
        QFETCH(QString, mimeType);
        QFETCH(QString, expected);
        const QString result = Mime::safeAttachmentFileName(input, mimeType);
        QCOMPARE(result, expected);
        checkIsSafe(result);
    }

    void customFallback_data()
    {
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("expected");
        QTest::newRow("message") << u"message"_s << u"message/rfc822"_s << u"message.eml"_s;
        QTest::newRow("no type") << u"part 2"_s << QString() << u"part 2"_s;
        QTest::newRow("hostile fallback") << u"../x"_s << u"application/pdf"_s << u"x.pdf"_s;
        QTest::newRow("device fallback") << u"nul"_s << u"text/plain"_s << u"_nul.txt"_s;
        QTest::newRow("empty fallback") << QString() << u"text/plain"_s << u"attachment.txt"_s;
    }

    void customFallback()
    {
        QFETCH(QString, fallback);
        QFETCH(QString, mimeType);
        QFETCH(QString, expected);
        QCOMPARE(Mime::safeAttachmentFileName(u"\u202E"_s, mimeType, fallback), expected);
    }

    void longName_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<qsizetype>("expectedStemBytes");

        QTest::newRow("ascii") << repeated(u"a"_s, 300) << u".pdf"_s << qsizetype(196);
        QTest::newRow("two-byte") << repeated(u"é"_s, 300) << u".txt"_s << qsizetype(196);
        QTest::newRow("three-byte") << repeated(u"日"_s, 300) << u".docx"_s << qsizetype(195);
        QTest::newRow("four-byte") << repeated(u"\U0001F600"_s, 300) << u".png"_s << qsizetype(196);
        QTest::newRow("combining") << repeated(u"e\u0301"_s, 300) << u".txt"_s << qsizetype(195);
        QTest::newRow("mixed") << repeated(u"aé日\U0001F600"_s, 100) << u".html"_s
                               << qsizetype(193); // 19 × 10 bytes, then "a" and "é" fit
        QTest::newRow("tar.gz") << repeated(u"x"_s, 300) << u".tar.gz"_s << qsizetype(193);
        QTest::newRow("no extension") << repeated(u"ü"_s, 300) << QString() << qsizetype(200);
        QTest::newRow("space before cut")
            << (repeated(u"a"_s, 195) + u"     b"_s + repeated(u"c"_s, 100)) << u".txt"_s
            << qsizetype(195);
    }

    void longName()
    {
        QFETCH(QString, stem);
        QFETCH(QString, extension);
        QFETCH(qsizetype, expectedStemBytes);
        const QString result = Mime::safeAttachmentFileName(stem + extension, QString());
        checkIsSafe(result);
        QVERIFY(result.endsWith(extension));
        const QString resultStem = result.first(result.size() - extension.size());
        QVERIFY(stem.startsWith(resultStem));
        QCOMPARE(utf8Size(resultStem), expectedStemBytes);
        QVERIFY(!resultStem.back().isSpace());
    }

    void longExtensionIsNotKept()
    {
        const QString name = u"a."_s + repeated(u"b"_s, 300);
        const QString result = Mime::safeAttachmentFileName(name, QString());
        QCOMPARE(result, name.first(Mime::MaxAttachmentFileNameBytes));
    }

    void numbered_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first") << u"report.pdf"_s << 1 << u"report.pdf"_s;
        QTest::newRow("second") << u"report.pdf"_s << 2 << u"report (2).pdf"_s;
        QTest::newRow("tar.gz") << u"data.tar.gz"_s << 3 << u"data (3).tar.gz"_s;
        QTest::newRow("no extension") << u"README"_s << 2 << u"README (2)"_s;
        QTest::newRow("inner dots") << u"v1.2 notes.txt"_s << 10 << u"v1.2 notes (10).txt"_s;
        QTest::newRow("long") << (repeated(u"a"_s, 196) + u".pdf"_s) << 12
                              << (repeated(u"a"_s, 191) + u" (12).pdf"_s);
    }

    void numbered()
    {
        QFETCH(QString, name);
        QFETCH(int, number);
        QFETCH(QString, expected);
        const QString result = Mime::numberedAttachmentFileName(name, number);
        QCOMPARE(result, expected);
        checkIsSafe(result);
    }

    void executable_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<bool>("expected");

        // by extension, one row per category
        const QStringList risky = {
            u"setup.exe"_s,  u"a.com"_s, u"a.bat"_s,  u"a.cmd"_s,  u"a.scr"_s,  u"a.pif"_s,
            u"a.msi"_s,      u"a.msp"_s, u"a.vbs"_s,  u"a.vbe"_s,  u"a.js"_s,   u"a.jse"_s,
            u"a.wsf"_s,      u"a.wsh"_s, u"a.ps1"_s,  u"a.psm1"_s, u"a.hta"_s,  u"a.cpl"_s,
            u"a.jar"_s,      u"a.lnk"_s, u"a.reg"_s,  u"a.dll"_s,  u"a.sh"_s,   u"a.bash"_s,
            u"a.command"_s,  u"a.app"_s, u"a.dmg"_s,  u"a.pkg"_s,  u"a.deb"_s,  u"a.rpm"_s,
            u"a.AppImage"_s, u"a.run"_s, u"a.py"_s,   u"a.pl"_s,   u"a.rb"_s,   u"a.desktop"_s,
            u"a.iso"_s,      u"a.img"_s, u"a.docm"_s, u"a.xlsm"_s, u"a.pptm"_s, u"a.url"_s,
            u"a.chm"_s,      u"a.apk"_s, u"a.vhdx"_s,
        };
        for (const QString &name : risky)
            QTest::newRow(qPrintable(name)) << name << QString() << true;
        QTest::newRow("upper case") << u"SETUP.EXE"_s << QString() << true;
        QTest::newRow("double extension") << u"invoice.pdf.exe"_s << u"application/pdf"_s << true;
        QTest::newRow("rtl override") << u"photo\u202Egpj.exe"_s << u"image/jpeg"_s << true;
        QTest::newRow("trailing dot") << u"invoice.exe."_s << QString() << true;
        QTest::newRow("trailing space") << u"invoice.exe  "_s << QString() << true;
        QTest::newRow("zero width") << u"invoice.ex\u200Be"_s << QString() << true;
        QTest::newRow("nul") << (u"invoice.pdf"_s + QChar(0) + u".bat"_s) << QString() << true;
        QTest::newRow("path") << u"..\\..\\evil.vbs"_s << QString() << true;
        // by MIME type
        const QStringList riskyTypes = {
            u"application/x-msdownload"_s,
            u"application/x-executable"_s,
            u"application/x-sh"_s,
            u"application/x-shellscript"_s,
            u"application/java-archive"_s,
            u"application/x-msi"_s,
            u"application/vnd.microsoft.portable-executable"_s,
            u"text/x-python"_s,
            u"application/javascript"_s,
            u"application/x-ms-shortcut"_s,
            u"application/vnd.ms-excel.sheet.macroEnabled.12"_s,
            u"Application/X-MSDownload; name=\"x\""_s,
        };
        for (const QString &type : riskyTypes)
            QTest::newRow(qPrintable(type)) << u"data"_s << type << true;
        // benign
        QTest::newRow("pdf") << u"report.pdf"_s << u"application/pdf"_s << false;
        QTest::newRow("png") << u"photo.png"_s << u"image/png"_s << false;
        QTest::newRow("txt") << u"notes.txt"_s << u"text/plain"_s << false;
        QTest::newRow("docx") << u"letter.docx"_s << QString() << false;
        QTest::newRow("exe inside") << u"setup.exe.pdf"_s << u"application/pdf"_s << false;
        QTest::newRow("exe as name") << u"exe"_s << QString() << false;
        QTest::newRow("similar") << u"execute.txt"_s << u"text/plain"_s << false;
        QTest::newRow("tar.gz") << u"backup.tar.gz"_s << u"application/gzip"_s << false;
        QTest::newRow("octet") << u"data.bin"_s << u"application/octet-stream"_s << false;
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("calendar") << u"invite.ics"_s << u"text/calendar"_s << false;
    }

    void executable()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, mimeType);
        QFETCH(bool, expected);
        QCOMPARE(Mime::isPotentiallyExecutable(fileName, mimeType), expected);
    }

private:
    static void checkIsSafe(const QString &name)
    {
        QVERIFY(!name.isEmpty());
        QVERIFY(name.isValidUtf16());
        QVERIFY2(utf8Size(name) <= Mime::MaxAttachmentFileNameBytes, qPrintable(name));
        QVERIFY(name != u"."_s && name != u".."_s);
        QVERIFY(!name.startsWith(u'.') && !name.endsWith(u'.'));
        QVERIFY(!name.front().isSpace() && !name.back().isSpace());
        for (QChar c : name) {
            QVERIFY2(!QStringView(u"<>:\"/\\|?*").contains(c), qPrintable(name));
            QVERIFY(c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.unicode() > 0x9f));
            QVERIFY(c.category() != QChar::Other_Format);
        }
    }
};

QTEST_GUILESS_MAIN(TestAttachmentName)
#include "tst_attachmentname.moc"
