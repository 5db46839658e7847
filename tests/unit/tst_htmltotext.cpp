#include <QDir>
#include <QFile>
#include <QTest>

#include "mime/htmltokenizer.h"
#include "mime/htmltotext.h"

using namespace Mime;
using namespace Qt::Literals::StringLiterals;

namespace {

// The token stream in a compact form: "text:...", "<name a=v />", "</name>", joined with "|".
QString describe(QStringView html)
{
    QStringList out;
    HtmlTokenizer tokenizer(html);
    for (HtmlToken t = tokenizer.next(); t.type != HtmlToken::Type::EndOfInput;
         t = tokenizer.next()) {
        if (t.type == HtmlToken::Type::Text) {
            out << u"text:"_s + t.text;
        } else if (t.type == HtmlToken::Type::EndTag) {
            out << u"</"_s + t.name + u'>';
        } else {
            QString tag = u'<' + t.name;
            for (const HtmlAttribute &a : t.attributes)
                tag += u' ' + a.name + u'=' + a.value;
            out << tag + (t.selfClosing ? u" />"_s : u">"_s);
        }
    }
    return out.join(u'|');
}

} // namespace

// htmlToText, and the tokenizer it shares with the sanitizer.
class TestHtmlToText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("attributes") << u"<A HREF=x Title='y' data-z=\"&amp;\" checked>"_s
                                    << u"<a href=x title=y data-z=& checked=>"_s;
        QTest::newRow("duplicate attributes") << u"<p a=1 A=2>"_s << u"<p a=1>"_s;
        QTest::newRow("self-closing") << u"<br/><div / >"_s << u"<br />|<div>"_s;
        QTest::newRow("raw text") << u"<script>a<b>c</script >d"_s
                                  << u"<script>|text:a<b>c|</script>|text:d"_s;
        QTest::newRow("raw text end tag name")
            << u"<style></styles></STYLE>"_s << u"<style>|text:</styles>|</style>"_s;
        QTest::newRow("rcdata decoded")
            << u"<title>&amp;<b></title>"_s << u"<title>|text:&<b>|</title>"_s;
        QTest::newRow("plaintext")
            << u"<plaintext></plaintext><b>"_s << u"<plaintext>|text:</plaintext><b>"_s;
        QTest::newRow("end of input in tag") << u"a<b c=\"d"_s << u"text:a"_s;
        QTest::newRow("comments") << u"a<!--x-->b<!---->c<!-->d<!--->e<!--"_s
                                  << u"text:a|text:b|text:c|text:d|text:e"_s;
        QTest::newRow("bogus comments")
            << u"a</ x>b<?php x ?>c<!x>d"_s << u"text:a|text:b|text:c|text:d"_s;
        QTest::newRow("lt as text") << u"a<1 </>b<"_s << u"text:a<1 |text:b<"_s;
        QTest::newRow("newlines") << u"a\r\nb\rc"_s << u"text:a\nb\nc"_s;
        QTest::newRow("legacy reference in attribute")
            << u"<a href=\"?x=1&not=2&notx&not\">"_s << u"<a href=?x=1&not=2&notx\u00AC>"_s;
        QTest::newRow("quote in unquoted value") << u"<a b=c\"d>"_s << u"<a b=c\"d>"_s;
        QTest::newRow("end tag attributes") << u"</p class=\">\">x"_s << u"</p>|text:x"_s;
        QTest::newRow("NUL in name") << u"<a\0b>"_s << u"<a\uFFFDb>"_s;
    }

    void tokenize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(describe(input), expected);
    }

    void convert_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("inline") << u"Hello <b>wor</b>ld <span>!</span>"_s << u"Hello world !"_s;
        QTest::newRow("hidden containers")
            << u"<html><head><title>T</title><style>p{}</style><script>s()</script></head>"
               u"<body><noscript>n</noscript><template>t</template><svg><text>s</text></svg>"
               u"<select><option>o</option></select><textarea>ta</textarea><object>ob</object>"
               u"<iframe>if</iframe>Hi</body></html>"_s
            << u"Hi"_s;
        QTest::newRow("comments") << u"a<!-- b -->c<!DOCTYPE x>d"_s << u"acd"_s;
        QTest::newRow("references")
            << u"&lt;a&gt; &amp; &eacute;&#x41;&#66;&copy"_s << u"<a> & \u00E9AB\u00A9"_s;
        QTest::newRow("paragraphs") << u"<p>a</p><p>b</p>"_s << u"a\n\nb"_s;
        QTest::newRow("divs") << u"<div>a</div><div>b</div>"_s << u"a\nb"_s;
        QTest::newRow("nested blocks")
            << u"<div><div><p>a</p></div></div><div>b</div>"_s << u"a\n\nb"_s;
        QTest::newRow("br") << u"a<br>b<br><br>c"_s << u"a\nb\n\nc"_s;
        QTest::newRow("many br") << u"a<br><br><br><br>b"_s << u"a\n\nb"_s;
        QTest::newRow("list") << u"<ul><li>a</li><li>b</li></ul>after"_s << u"a\nb\n\nafter"_s;
        QTest::newRow("table")
            << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"_s << u"a b\nc"_s;
        QTest::newRow("headings") << u"<h1>T</h1>text<h6>U</h6>"_s << u"T\n\ntext\n\nU"_s;
        QTest::newRow("blockquote") << u"x<blockquote>q</blockquote>y"_s << u"x\n\nq\n\ny"_s;
        QTest::newRow("whitespace") << u"  a \r\n\t b  "_s << u"a b"_s;
        QTest::newRow("whitespace at block edges") << u"<p> a </p> <p> b </p>"_s << u"a\n\nb"_s;
        QTest::newRow("pre") << u"x<pre>\n a  b\n  c</pre>d"_s << u"x\n\n a  b\n  c\n\nd"_s;
        QTest::newRow("link") << u"<a href=\"https://example.com/\">Example</a>"_s << u"Example"_s;
        QTest::newRow("image") << u"<img src=\"https://example.com/\" alt=\"logo\">x"_s << u"x"_s;
        QTest::newRow("nbsp") << u"a&nbsp;&nbsp;b&nbsp;"_s << u"a b"_s;
        QTest::newRow("preheader padding")
            << u"Hi&zwnj;&#847;&zwnj;&#847;&shy; there\uFEFF"_s << u"Hi there"_s;
        QTest::newRow("controls") << u"a\u0001b&#2;c&#127;d"_s << u"abcd"_s;
        QTest::newRow("unclosed") << u"<p>a<div>b"_s << u"a\nb"_s;
        QTest::newRow("script with markup")
            << u"a<script>if (a<b) x('</p>')</script>b"_s << u"ab"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void convert()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(htmlToText(input), expected);
    }

    void outputIsBounded()
    {
        const QString input = u"<p>"_s + QString(MaxHtmlTextLength + 1000, u'a') + u"</p><p>b"_s;
        const QString text = htmlToText(input);
        QCOMPARE(text.size(), MaxHtmlTextLength);
        QVERIFY(!text.contains(u'b'));
    }

    // Inputs the fuzzer (tests/fuzz/fuzz_htmlsanitizer.cpp) found, minimized, in
    // tests/data/fuzz-regressions/htmltotext-*: whitespace controls in preformatted text, and
    // preformatted text that starts with spaces.
    void fuzzRegressions()
    {
        const QDir dir(QStringLiteral(TEST_DATA_DIR "/fuzz-regressions"));
        const QStringList files = dir.entryList({QStringLiteral("htmltotext-*")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = htmlToText(QString::fromLatin1(file.readAll()));
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            QVERIFY2(!text.front().isSpace() && !text.back().isSpace(), qPrintable(name));
            for (const QChar c : text)
                QVERIFY2(c.unicode() >= 0x20 || c == u'\n' || c == u'\t', qPrintable(name));
        }
        QCOMPARE(htmlToText(u"<pre>a\u000bb\r\nc</pre>"_s), u"a b\nc"_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
