#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "mime/htmlsanitizer.h"
#include "mime/htmltokenizer.h"

using namespace Mime;
using namespace Qt::Literals::StringLiterals;

namespace {

// Generous: far above the real time (milliseconds), low enough to catch quadratic behaviour.
constexpr qint64 LinearTimeLimitMs = 20000;

QString repeated(QStringView text, qsizetype count)
{
    QString out;
    out.reserve(text.size() * count);
    for (qsizetype i = 0; i < count; ++i)
        out += text;
    return out;
}

// Checks what the reading pane relies on: every tag in the output is one the sanitizer may emit,
// with allowed attributes only, and the tags balance.
bool isSafeOutput(const QString &html, QString *why)
{
    static const QStringList containers = u"a abbr acronym b bdo big blockquote caption center "
                                          u"cite code colgroup dd del dfn div dl dt em font h1 h2 "
                                          u"h3 h4 h5 h6 i ins kbd li mark nobr ol p pre q s samp "
                                          u"small span strike strong sub sup table tbody td tfoot "
                                          u"th thead tr tt u ul var style"_s.split(u' ');
    static const QStringList voids = u"br hr img col link"_s.split(u' ');
    QStringList open;
    HtmlTokenizer tokenizer(html);
    for (HtmlToken t = tokenizer.next(); t.type != HtmlToken::Type::EndOfInput;
         t = tokenizer.next()) {
        if (t.type == HtmlToken::Type::StartTag) {
            if (!containers.contains(t.name) && !voids.contains(t.name)) {
                *why = u"tag "_s + t.name;
                return false;
            }
            for (const HtmlAttribute &a : t.attributes) {
                const bool url = a.name == u"href" || a.name == u"src" || a.name == u"background";
                if (a.name.startsWith(u"on")
                    || (url && !a.value.startsWith(u"https:") && !a.value.startsWith(u"http:")
                        && !a.value.startsWith(u"mailto:") && !a.value.startsWith(u"cid:")
                        && !a.value.startsWith(u"data:image/png;base64,"))) {
                    *why = u"attribute "_s + a.name + u'=' + a.value;
                    return false;
                }
            }
            if (containers.contains(t.name))
                open.append(t.name);
        } else if (t.type == HtmlToken::Type::EndTag) {
            if (open.isEmpty() || open.takeLast() != t.name) {
                *why = u"unbalanced </"_s + t.name + u'>';
                return false;
            }
        }
    }
    if (!open.isEmpty())
        *why = u"unclosed "_s + open.join(u' ');
    return open.isEmpty();
}

} // namespace

class TestHtmlSanitizer final : public QObject
{
    Q_OBJECT

private:
    static void addRows(std::initializer_list<std::tuple<const char *, QString, QString>> rows)
    {
        for (const auto &[name, input, expected] : rows)
            QTest::newRow(name) << input << expected;
    }

private Q_SLOTS:
    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // Containers removed with their content.
        addRows({
            {"script", u"<p>a</p><script>alert(1)</script><p>b</p>"_s, u"<p>a</p><p>b</p>"_s},
            {"script upper case", u"<SCRIPT type=text/javascript>alert(1)</SCRIPT>x"_s, u"x"_s},
            {"script raw text", u"<script>s='</scr'+'ipt><b>'</script>x"_s, u"x"_s},
            {"iframe", u"<iframe src=\"https://e.example/\"><p>f</p></iframe>x"_s, u"x"_s},
            {"frameset", u"<frameset><frame src=\"https://e.example/\"></frameset>x"_s, u"x"_s},
            {"frame", u"<frame src=\"https://e.example/\">x"_s, u"x"_s},
            {"noframes", u"<noframes><p>f</p></noframes>x"_s, u"x"_s},
            {"object", u"<object data=x.swf><param name=a value=b><p>f</p></object>x"_s, u"x"_s},
            {"embed", u"<embed src=x.swf>x"_s, u"x"_s},
            {"applet", u"<applet code=A><p>f</p></applet>x"_s, u"x"_s},
            {"noscript", u"<noscript><p>enable scripts</p></noscript>x"_s, u"x"_s},
            {"template", u"<template><p>t</p></template>x"_s, u"x"_s},
            {"svg", u"<svg><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg>x"_s,
             u"x"_s},
            {"nested svg", u"<svg><svg></svg><text>t</text></svg>x"_s, u"x"_s},
            {"svg self-closing", u"<svg/><p>x</p>"_s, u"<p>x</p>"_s},
            {"math", u"<math><mi>m</mi></math>x"_s, u"x"_s},
            {"title", u"<title>Secret</title>x"_s, u"x"_s},
            {"button", u"a<button formaction=\"https://e.example/\">Go</button>b"_s, u"ab"_s},
            {"select option", u"a<select><option>one</option></select>b"_s, u"ab"_s},
            {"option", u"a<option>one</option>b"_s, u"ab"_s},
            {"textarea", u"a<textarea><p>t</p></textarea>b"_s, u"ab"_s},
        });
        // Elements removed without content.
        addRows({
            {"form", u"<form action=\"https://e.example/\"><p>P</p><input name=p></form>"_s,
             u"<p>P</p>"_s},
            {"input", u"a<input value=v onfocus=alert(1) autofocus>b"_s, u"ab"_s},
            {"base", u"<base href=\"https://e.example/\"><a href=\"https://o.example/\">x</a>"_s,
             u"<a href=\"https://o.example/\">x</a>"_s},
            {"meta refresh", u"<meta http-equiv=refresh content=\"0;url=https://e.example/\">x"_s,
             u"x"_s},
            {"link icon", u"<link rel=icon href=\"https://e.example/f.ico\">x"_s, u"x"_s},
            {"head", u"<html><head><title>T</title><meta charset=utf-8></head><p>x</p></html>"_s,
             u"<p>x</p>"_s},
            {"unknown element", u"<o:p>x</o:p><blink>y</blink><marquee>z</marquee>"_s, u"xyz"_s},
            {"comment", u"a<!-- <script>alert(1)</script> -->b"_s, u"ab"_s},
            {"conditional comment", u"a<!--[if mso]><p>m</p><![endif]-->b"_s, u"ab"_s},
            {"comment --!>", u"a<!-- x --!>b"_s, u"ab"_s},
            {"doctype", u"<!DOCTYPE html>x"_s, u"x"_s},
            {"processing instruction", u"<?xml version=\"1.0\"?>x"_s, u"x"_s},
            {"cdata", u"a<![CDATA[<script>alert(1)</script>]]>b"_s, u"ab"_s},
        });
        // Attributes.
        addRows({
            {"onclick", u"<p onclick=\"alert(1)\">x</p>"_s, u"<p>x</p>"_s},
            {"onmouseover upper case", u"<a href=https://o.example/ ONMOUSEOVER=alert(1)>x</a>"_s,
             u"<a href=\"https://o.example/\">x</a>"_s},
            {"onload body", u"<body onload=alert(1) bgcolor=#eee>x</body>"_s,
             u"<div style=\"background-color:#eee;\">x</div>"_s},
            {"body colours",
             u"<body bgcolor=\"red;background:url(//t.example/)\" text=White style=margin:0>x"_s,
             u"<div style=\"color:White;margin:0\">x</div>"_s},
            {"onerror img", u"<img src=\"cid:a\" onerror=alert(1)>"_s, u"<img src=\"cid:a\">"_s},
            {"unknown attributes", u"<p id=a name=b data-x=c target=_blank>x</p>"_s, u"<p>x</p>"_s},
            {"allowed attributes",
             u"<td colspan=2 valign=top bgcolor=red nowrap><font color=red face=Arial size=2 "
             u"title=t dir=rtl lang=de class=c>x</font></td>"_s,
             u"<td colspan=\"2\" valign=\"top\" bgcolor=\"red\" nowrap=\"\"><font color=\"red\" "
             u"face=\"Arial\" size=\"2\" title=\"t\" dir=\"rtl\" lang=\"de\" class=\"c\">x</font>"
             u"</td>"_s},
            {"attribute quote escaped", u"<a href='https://o.example/\"onclick=\"a'>x</a>"_s,
             u"<a href=\"https://o.example/&quot;onclick=&quot;a\">x</a>"_s},
            {"duplicate attribute", u"<p title=a title=b>x</p>"_s, u"<p title=\"a\">x</p>"_s},
        });
        // Link URLs.
        const QString a = u"<a href=\"%1\">x</a>"_s;
        addRows({
            {"javascript", a.arg(u"javascript:alert(1)"), u"<a>x</a>"_s},
            {"javascript mixed case", a.arg(u"JaVaScRiPt:alert(1)"), u"<a>x</a>"_s},
            {"javascript leading spaces", a.arg(u"  javascript:alert(1)"), u"<a>x</a>"_s},
            {"javascript tab entity", a.arg(u"jav&#x09;ascript:alert(1)"), u"<a>x</a>"_s},
            {"javascript newline entity", a.arg(u"jav&#10;ascript:alert(1)"), u"<a>x</a>"_s},
            {"javascript Tab entity", a.arg(u"jav&Tab;ascript:alert(1)"), u"<a>x</a>"_s},
            {"javascript control", a.arg(u"&#1;javascript:alert(1)"), u"<a>x</a>"_s},
            {"javascript colon entity", a.arg(u"javascript&colon;alert(1)"), u"<a>x</a>"_s},
            {"javascript all entities",
             a.arg(u"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
             u"<a>x</a>"_s},
            {"vbscript", a.arg(u"vbscript:msgbox(1)"), u"<a>x</a>"_s},
            {"data", a.arg(u"data:text/html;base64,PHNjcmlwdD4="), u"<a>x</a>"_s},
            {"file", a.arg(u"file:///etc/passwd"), u"<a>x</a>"_s},
            {"cid link", a.arg(u"cid:part"), u"<a>x</a>"_s},
            {"relative", a.arg(u"page.html"), u"<a>x</a>"_s},
            {"http", a.arg(u"http://o.example/?a=1&amp;b=2"),
             u"<a href=\"http://o.example/?a=1&amp;b=2\">x</a>"_s},
            {"https cleaned", a.arg(u" ht&#9;tps://o.example/ "),
             u"<a href=\"https://o.example/\">x</a>"_s},
            {"mailto", a.arg(u"MAILTO:a@o.example"), u"<a href=\"MAILTO:a@o.example\">x</a>"_s},
        });
        // Image sources (remote ones are in remoteContent).
        addRows({
            {"img javascript", u"<img src=\"javascript:alert(1)\">x"_s, u"x"_s},
            {"img relative", u"<img src=x onerror=alert(1)>x"_s, u"x"_s},
            {"img data png", u"<img src=\"data:image/png;base64,iVBORw0KGgo=\">"_s,
             u"<img src=\"data:image/png;base64,iVBORw0KGgo=\">"_s},
            {"img data svg", u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">x"_s, u"x"_s},
            {"img data html", u"<img src=\"data:text/html;base64,PHN2Zz4=\">x"_s, u"x"_s},
            {"img data not base64", u"<img src=\"data:image/png,<svg onload=alert(1)>\">x"_s,
             u"x"_s},
            {"img data too large",
             u"<img src=\"data:image/png;base64,"_s + QString(MaxInlineImageUrl, u'A') + u"\">x"_s,
             u"x"_s},
        });
        // CSS.
        const QString p = u"<p style=\"%1\">x</p>"_s;
        addRows({
            {"css kept", p.arg(u"color: red; font-weight: bold"),
             u"<p style=\"color: red; font-weight: bold\">x</p>"_s},
            {"css expression", p.arg(u"color:red;width:expression(alert(1))"),
             u"<p style=\"color:red;\">x</p>"_s},
            {"css expression comment", p.arg(u"color:red;width:expr/**/ession(alert(1))"),
             u"<p style=\"color:red;\">x</p>"_s},
            {"css javascript url", p.arg(u"background:url(javascript:alert(1))"), u"<p>x</p>"_s},
            {"css behavior", p.arg(u"behavior:url(x.htc);color:red"),
             u"<p style=\"color:red\">x</p>"_s},
            {"css binding", p.arg(u"-moz-binding:url(x.xml#x)"), u"<p>x</p>"_s},
            {"css escape", p.arg(u"background:\\75rl(x.png);color:red"),
             u"<p style=\"color:red\">x</p>"_s},
            {"css import", p.arg(u"@import url(x.css);color:red"),
             u"<p style=\"color:red\">x</p>"_s},
            {"css relative url", p.arg(u"background:#fff url(bg.png) no-repeat"),
             u"<p style=\"background:#fff none no-repeat\">x</p>"_s},
            {"css bad url", p.arg(u"background:url(a b);color:red"),
             u"<p style=\"color:red\">x</p>"_s},
            {"css string", p.arg(u"font-family:'Times New Roman', serif"),
             u"<p style=\"font-family:'Times New Roman', serif\">x</p>"_s},
            {"css entity", p.arg(u"background:url(&#106;avascript:alert(1))"), u"<p>x</p>"_s},
            {"style element",
             u"<style>p { color: red; width: expression(alert(1)) }</style><p>x</p>"_s,
             u"<style>p { color: red;}</style><p>x</p>"_s},
            {"style element cdo", u"<style><!-- p{color:red} --></style>"_s,
             u"<style>  p{color:red}  </style>"_s},
            {"style element import", u"<style>@import 'x.css'; p{color:red}</style>"_s,
             u"<style> p{color:red}</style>"_s},
            {"style element empty", u"<style>/* nothing */</style>x"_s, u"x"_s},
            {"style element breakout", u"<style>p{font-family:'</style><script>a()</script>'"_s,
             u"<style>p{font-family:'</style>'"_s},
            {"style in svg", u"<svg><style>p{color:red}</style></svg>x"_s, u"x"_s},
        });
        // Well-formedness.
        addRows({
            {"unclosed", u"<div><p><b>x"_s, u"<div><p><b>x</b></p></div>"_s},
            {"misnested", u"<b><i>x</b>y</i>"_s, u"<b><i>x</i></b>y"_s},
            {"stray end tags", u"</div></p>x</b>"_s, u"x"_s},
            {"scr<script>ipt", u"<scr<script>ipt>alert(1)</script>"_s, u"ipt&gt;alert(1)"_s},
            {"<<script>", u"<<script>alert(1)</script>"_s, u"&lt;"_s},
            {"textarea trick",
             u"<textarea><p title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>"_s,
             u"\"&gt;"_s},
            {"noscript trick", u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"_s,
             u"\"&gt;"_s},
            {"unquoted attributes", u"<a href=https://o.example/a?b=1 title=hi>x</a>"_s,
             u"<a href=\"https://o.example/a?b=1\" title=\"hi\">x</a>"_s},
            {"> in quoted attribute", u"<p title=\"a>b\">x</p>"_s, u"<p title=\"a&gt;b\">x</p>"_s},
            {"tag cut off at end", u"x<p title=\"oops"_s, u"x"_s},
            {"text escaped", u"a < b && c > d"_s, u"a &lt; b &amp;&amp; c &gt; d"_s},
            {"self-closing div", u"<div/>x"_s, u"<div>x</div>"_s},
            {"nested p", u"<p>a<p>b"_s, u"<p>a</p><p>b</p>"_s},
            {"p closed by div", u"<p>a<div>b</div>"_s, u"<p>a</p><div>b</div>"_s},
            {"list items", u"<ul><li>a<li>b<ul><li>c</ul></ul>"_s,
             u"<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>"_s},
            {"table cells", u"<table><tr><td>a<td>b<tr><td>c</table>"_s,
             u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"_s},
            {"end tag inside cell", u"<div><table><tr><td></div>x</td></tr></table>y</div>"_s,
             u"<div><table><tr><td>x</td></tr></table>y</div>"_s},
            {"nested a", u"<a href=https://a.example/>a<a href=https://b.example/>b</a>"_s,
             u"<a href=\"https://a.example/\">a</a><a href=\"https://b.example/\">b</a>"_s},
            {"headings", u"<h1>a<h2>b</h2>"_s, u"<h1>a</h1><h2>b</h2>"_s},
            {"</br>", u"a</br>b"_s, u"a<br>b"_s},
            {"body once", u"<body bgcolor=#fff><body bgcolor=red>x</body>y"_s,
             u"<div style=\"background-color:#fff;\">x</div>y"_s},
            {"renamed", u"<section><header>x</header></section><xmp><b></xmp>"_s,
             u"<div><div>x</div></div><pre>&lt;b&gt;</pre>"_s},
            {"end tag attributes", u"<b>x</b title=\">\">y"_s, u"<b>x</b>y"_s},
            {"NUL", u"<p>a\0b</p>"_s, u"<p>a\uFFFDb</p>"_s},
            {"controls", u"<p title=\"a&#1;b\">a\u0002b&#127;c\td</p>"_s,
             u"<p title=\"ab\">abc\td</p>"_s},
        });
        // Character references.
        addRows({
            {"named", u"&lt;&gt;&amp;&quot;&apos;&nbsp;&copy;&eacute;&euro;&mdash;&Omega;"_s,
             u"&lt;&gt;&amp;\"'\u00A0\u00A9\u00E9\u20AC\u2014\u03A9"_s},
            {"numeric", u"&#65;&#x42;&#X43;&#x1F600;"_s, u"ABC\U0001F600"_s},
            {"invalid numeric", u"&#0;&#xD800;&#x110000;&#99999999999;"_s,
             u"\uFFFD\uFFFD\uFFFD\uFFFD"_s},
            {"windows-1252", u"&#150;&#128;&#x9f;"_s, u"\u2013\u20AC\u0178"_s},
            {"legacy without semicolon", u"&copy 2024 &ampx &notit;"_s,
             u"\u00A9 2024 &amp;x \u00ACit;"_s},
            {"unknown named", u"&foo; &#; &#x; &"_s, u"&amp;foo; &amp;#; &amp;#x; &amp;"_s},
            {"legacy in attribute", u"<a href=\"https://o.example/?a=1&copy=2&amp;c\">x</a>"_s,
             u"<a href=\"https://o.example/?a=1&amp;copy=2&amp;c\">x</a>"_s},
            {"title decoded", u"<p title=\"&lt;b&gt;\">x</p>"_s, u"<p title=\"&lt;b&gt;\">x</p>"_s},
        });
    }

    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const SanitizedHtml result = sanitizeHtml(input);
        QCOMPARE(result.html, expected);
        QCOMPARE(result.blockedRemoteCount, 0);
        QVERIFY(!result.truncated);
    }

    // Inputs the fuzzer (tests/fuzz/fuzz_htmlsanitizer.cpp) found, minimized, in
    // tests/data/fuzz-regressions/htmlsanitizer-*: the output must keep the promises it broke.
    void fuzzRegressions()
    {
        const QDir dir(QStringLiteral(TEST_DATA_DIR "/fuzz-regressions"));
        const QStringList files = dir.entryList({QStringLiteral("htmlsanitizer-*")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString input = QString::fromLatin1(file.readAll());
            for (const bool remote : {false, true}) {
                HtmlPolicy policy;
                policy.loadRemoteContent = remote;
                const QString html = sanitizeHtml(input, policy).html;
                // A <style> element whose CSS carried C0 controls kept them; removing them after
                // the CSS filter joined "expression\x16(" into a forbidden word.
                for (const QChar c : html)
                    QVERIFY2(c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r',
                             qPrintable(name));
                for (const QString &banned : {u"expression("_s, u"javascript:"_s, u"vbscript:"_s})
                    QVERIFY2(!html.contains(banned, Qt::CaseInsensitive),
                             qPrintable(name + QStringLiteral(": ") + html));
            }
        }
    }

    void remoteContent_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("blockedHtml");
        QTest::addColumn<QString>("allowedHtml");
        QTest::addColumn<QStringList>("blockedUrls");

        const QString img = u"https://t.example/p.gif"_s;
        QTest::newRow("img") << u"<img src=\"https://t.example/p.gif\" alt=Hi width=1>"_s
                             << u"<img alt=\"Hi\" width=\"1\">"_s
                             << u"<img src=\"https://t.example/p.gif\" alt=\"Hi\" width=\"1\">"_s
                             << QStringList {img};
        QTest::newRow("img obfuscated")
            << u"<img src=\" h&#116;tps://t.example/p.gif\">"_s << u"<img>"_s
            << u"<img src=\"https://t.example/p.gif\">"_s << QStringList {img};
        QTest::newRow("img protocol-relative")
            << u"<img src=\"//t.example/p.gif\">"_s << u"<img>"_s
            << u"<img src=\"https://t.example/p.gif\">"_s << QStringList {img};
        QTest::newRow("same url twice")
            << u"<img src=\"https://t.example/p.gif\"><p style=\"background:url(//t.example/p.gif)"
               u"\">x</p><img src=\"https://t.example/p.gif\">"_s
            << u"<img><p style=\"background:none\">x</p><img>"_s
            << u"<img src=\"https://t.example/p.gif\"><p style=\"background:url(//t.example/p.gif)"
               u"\">x</p><img src=\"https://t.example/p.gif\">"_s
            << QStringList {img};
        QTest::newRow("two urls")
            << u"<img src=\"http://t.example/a\"><img src=\"http://t.example/b\">"_s
            << u"<img><img>"_s
            << u"<img src=\"http://t.example/a\"><img src=\"http://t.example/b\">"_s
            << QStringList {u"http://t.example/a"_s, u"http://t.example/b"_s};
        QTest::newRow("link stylesheet")
            << u"<link rel=\"Alternate StyleSheet\" href=\"https://t.example/s.css\">x"_s << u"x"_s
            << u"<link rel=\"stylesheet\" href=\"https://t.example/s.css\">x"_s
            << QStringList {u"https://t.example/s.css"_s};
        QTest::newRow("css url")
            << u"<p style=\"background:url('https://t.example/b.png')\">x</p>"_s
            << u"<p style=\"background:none\">x</p>"_s
            << u"<p style=\"background:url('https://t.example/b.png')\">x</p>"_s
            << QStringList {u"https://t.example/b.png"_s};
        QTest::newRow("css image-set string")
            << u"<p style=\"background-image:image-set('https://t.example/b.png' 1x);color:red\">x</p>"_s
            << u"<p style=\"color:red\">x</p>"_s
            << u"<p style=\"background-image:image-set('https://t.example/b.png' 1x);color:red\">x</p>"_s
            << QStringList {u"https://t.example/b.png"_s};
        QTest::newRow("style element url")
            << u"<style>body{background:url(http://t.example/b.png)}</style>"_s
            << u"<style>body{background:none}</style>"_s
            << u"<style>body{background:url(http://t.example/b.png)}</style>"_s
            << QStringList {u"http://t.example/b.png"_s};
        QTest::newRow("font-face")
            << u"<style>@font-face{font-family:F;src:url(https://t.example/f.woff)}</style>"_s
            << u"<style>@font-face{font-family:F;src:none}</style>"_s
            << u"<style>@font-face{font-family:F;src:url(https://t.example/f.woff)}</style>"_s
            << QStringList {u"https://t.example/f.woff"_s};
        QTest::newRow("import") << u"<style>@import url(\"https://t.example/s.css\");</style>"_s
                                << QString()
                                << u"<style>@import url(\"https://t.example/s.css\");</style>"_s
                                << QStringList {u"https://t.example/s.css"_s};
        QTest::newRow("background attribute")
            << u"<table background=\"https://t.example/b.png\"><tr><td>x</td></tr></table>"_s
            << u"<table><tr><td>x</td></tr></table>"_s
            << u"<table background=\"https://t.example/b.png\"><tr><td>x</td></tr></table>"_s
            << QStringList {u"https://t.example/b.png"_s};
        QTest::newRow("body background")
            << u"<body background=\"https://t.example/b.png\">x</body>"_s << u"<div>x</div>"_s
            << u"<div style=\"background-image:url(https://t.example/b.png);\">x</div>"_s
            << QStringList {u"https://t.example/b.png"_s};
        QTest::newRow("media")
            << u"<video src=\"https://t.example/v\" poster=\"https://t.example/p\">F</video>"_s
            << u"F"_s << u"F"_s << QStringList {u"https://t.example/v"_s, u"https://t.example/p"_s};
    }

    void remoteContent()
    {
        QFETCH(QString, input);
        QFETCH(QString, blockedHtml);
        QFETCH(QString, allowedHtml);
        QFETCH(QStringList, blockedUrls);

        const SanitizedHtml blocked = sanitizeHtml(input);
        QCOMPARE(blocked.html, blockedHtml);
        QCOMPARE(blocked.blockedRemoteUrls, blockedUrls);
        QCOMPARE(blocked.blockedRemoteCount, blockedUrls.size());

        const SanitizedHtml allowed = sanitizeHtml(input, HtmlPolicy {true});
        QCOMPARE(allowed.html, allowedHtml);
        QCOMPARE(allowed.blockedRemoteCount, 0);
        QVERIFY(allowed.blockedRemoteUrls.isEmpty());
    }

    void remoteUrlListIsBounded()
    {
        QString input;
        for (int i = 0; i < 150; ++i)
            input += u"<img src=\"https://t.example/%1\">"_s.arg(i);
        const SanitizedHtml result = sanitizeHtml(input);
        QCOMPARE(result.blockedRemoteCount, 150);
        QCOMPARE(result.blockedRemoteUrls.size(), MaxBlockedRemoteUrls);
        QCOMPARE(result.blockedRemoteUrls.first(), u"https://t.example/0"_s);
    }

    void contentIds()
    {
        const SanitizedHtml result = sanitizeHtml(
            u"<img src=\"cid:logo@x.example\" alt=L><img src=\"cid:a%40b\">"
            u"<p style=\"background:url(cid:bg)\">x</p><img src=\"CID:logo@x.example\">"_s);
        QCOMPARE(result.contentIds, (QStringList {u"logo@x.example"_s, u"a@b"_s, u"bg"_s}));
        QCOMPARE(result.html,
                 u"<img src=\"cid:logo@x.example\" alt=\"L\"><img src=\"cid:a%40b\">"
                 u"<p style=\"background:url(cid:bg)\">x</p><img src=\"CID:logo@x.example\">"_s);
        QCOMPARE(result.blockedRemoteCount, 0);
    }

    void deepNesting()
    {
        const int depth = 10000;
        const QString input = repeated(u"<div>", depth) + u"x<br>"_s + repeated(u"</div>", depth);
        QElapsedTimer timer;
        timer.start();
        const SanitizedHtml result = sanitizeHtml(input);
        QVERIFY(timer.elapsed() < LinearTimeLimitMs);
        QCOMPARE(result.html,
                 repeated(u"<div>", MaxSanitizedHtmlDepth) + u"x<br>"_s
                     + repeated(u"</div>", MaxSanitizedHtmlDepth));
    }

    void truncation()
    {
        const QString body = u"<p>"_s + QString(MaxSanitizedHtmlInput, u'a');
        const SanitizedHtml over = sanitizeHtml(body);
        QVERIFY(over.truncated);
        QCOMPARE(over.html.size(), MaxSanitizedHtmlInput - 3 + 7);
        QVERIFY(over.html.endsWith(u"a</p>"));

        const SanitizedHtml atLimit = sanitizeHtml(body.first(MaxSanitizedHtmlInput));
        QVERIFY(!atLimit.truncated);
        QCOMPARE(atLimit.html, over.html);
    }

    // Inputs that would take quadratic time in a naive tokenizer or tree builder.
    void linearTime_data()
    {
        QTest::addColumn<QString>("input");
        const qsizetype n = 400000;
        QTest::newRow("attributes") << u"<p "_s + repeated(u"a=1 ", n) + u">x"_s;
        QTest::newRow("distinct attributes") << [] {
            QString s = u"<p"_s;
            for (int i = 0; i < 200000; ++i)
                s += u" a"_s + QString::number(i);
            return s + u">x"_s;
        }();
        QTest::newRow("end tags in script") << u"<script>"_s + repeated(u"</", n);
        QTest::newRow("comments") << repeated(u"<!-- a -->", n);
        QTest::newRow("unclosed comment dashes") << u"<!--"_s + repeated(u"-- ", n);
        QTest::newRow("stray end tags") << repeated(u"<div>", 199) + repeated(u"</span>", n);
        QTest::newRow("references") << repeated(u"&amp;&#x41;&copy&unknownname;", n / 4);
        QTest::newRow("lt") << repeated(u"<<", n);
        QTest::newRow("css") << u"<style>"_s + repeated(u"a{b:url(x);c:'d'}", n / 8);
        QTest::newRow("skipped object") << u"<object>"_s + repeated(u"<object>", n);
    }

    void linearTime()
    {
        QFETCH(QString, input);
        QElapsedTimer timer;
        timer.start();
        const SanitizedHtml result = sanitizeHtml(input);
        QVERIFY2(timer.elapsed() < LinearTimeLimitMs, qPrintable(QString::number(timer.elapsed())));
        QString why;
        QVERIFY2(isSafeOutput(result.html, &why), qPrintable(why));
    }

    // Random mixtures of hostile fragments: the output must only hold allowed, balanced tags,
    // and sanitizing it again must change nothing.
    void randomFragments()
    {
        const QStringList fragments = {
            u"<p>"_s,
            u"</p>"_s,
            u"<div style=\"color:red;background:url(//t.example/x)\">"_s,
            u"</div>"_s,
            u"<table>"_s,
            u"<tr>"_s,
            u"<td>"_s,
            u"</td>"_s,
            u"</table>"_s,
            u"<script>alert(1)</script>"_s,
            u"<svg>"_s,
            u"</svg>"_s,
            u"<img src=x onerror=a()>"_s,
            u"<a href=\"javascript:a()\">"_s,
            u"<a href=https://o.example/>"_s,
            u"</a>"_s,
            u"<b>"_s,
            u"</i>"_s,
            u"<i>"_s,
            u"<!--"_s,
            u"-->"_s,
            u"<"_s,
            u">"_s,
            u"\""_s,
            u"'"_s,
            u"&amp;"_s,
            u"&#"_s,
            u"<style>p{x:y}</style>"_s,
            u"<textarea>"_s,
            u"</textarea>"_s,
            u"<li>"_s,
            u"<ul>"_s,
            u"</ul>"_s,
            u"<h1>"_s,
            u"<br/>"_s,
            u"</br>"_s,
            u"text "_s,
            u"<p title=\""_s,
            u"<img src=\"cid:c\">"_s,
            u"<font color=red>"_s,
            u"<body>"_s,
            u"<caption>"_s,
            u"<dl><dt>"_s,
            u"<dd>"_s,
            u"<tbody>"_s,
            u"<th>"_s,
            u"<object>"_s,
            u"<svg/>"_s,
            u"<xmp>"_s,
            u"</xmp>"_s,
            u"&#x3c;"_s,
            u"<span style='font:x;"_s,
            u"url(\"x\")"_s,
            u"/*"_s,
            u"<p style=\"a:b\\\">"_s,
            u"<style>"_s,
            u"}{"_s,
        };
        QRandomGenerator random(42);
        for (int round = 0; round < 2000; ++round) {
            QString input;
            const int count = random.bounded(1, 40);
            for (int i = 0; i < count; ++i)
                input += fragments.at(random.bounded(int(fragments.size())));
            const HtmlPolicy allow {true};
            const SanitizedHtml once = sanitizeHtml(input, allow);
            QString why;
            QVERIFY2(isSafeOutput(once.html, &why), qPrintable(input + u" -> "_s + why));
            const QString twice = sanitizeHtml(once.html, allow).html;
            QVERIFY2(twice == once.html,
                     qPrintable(input + u"\n -> "_s + once.html + u"\n -> "_s + twice));
        }
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
