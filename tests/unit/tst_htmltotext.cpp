#include <QTest>

#include "mime/htmltotext.h"

using namespace Mime;
using namespace Qt::Literals::StringLiterals;

class TestHtmlToText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
