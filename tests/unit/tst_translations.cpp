// The shipped translations: complete, current with the sources, faithful to the placeholders,
// and loaded by Satchel::LanguageSetup; plus a scan for user-visible text that bypasses tr().

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "languagesetup.h"

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
};

QList<TsEntry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            entries << entry;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = TsEntry {
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"translation") {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus)
                entry.forms << xml.readElementText();
        } else if (name == u"numerusform") {
            entry.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

// What a translation must keep from its source.
QStringList problemsOf(const TsEntry &entry)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d|n)"));
    static const QRegularExpression accelerator(QStringLiteral("&(?![&\\s]|[a-z]+;|#)"));
    static const QRegularExpression tag(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
    const auto all = [](const QRegularExpression &re, const QString &text) {
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.sort();
        found.removeDuplicates();
        return found;
    };
    const QString where =
        entry.context + QStringLiteral(": \"") + entry.source.left(60) + QStringLiteral("\": ");
    if (!entry.type.isEmpty())
        return {where + entry.type};
    QStringList problems;
    for (const QString &form : entry.forms) {
        if (form.trimmed().isEmpty()) {
            problems << where + QStringLiteral("empty translation");
            continue;
        }
        if (all(placeholder, form) != all(placeholder, entry.source))
            problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(form);
        if (entry.source.contains(accelerator) != form.contains(accelerator))
            problems << where
                    + QStringLiteral("keyboard accelerator (&) differs in \"%1\"").arg(form);
        if (all(tag, form) != all(tag, entry.source))
            problems << where + QStringLiteral("HTML tags differ in \"%1\"").arg(form);
        if (entry.source.startsWith(QLatin1Char(' ')) != form.startsWith(QLatin1Char(' ')))
            problems << where + QStringLiteral("leading space differs in \"%1\"").arg(form);
    }
    return problems;
}

QString sourceDir()
{
    return QStringLiteral(SATCHEL_SOURCE_DIR);
}

QString tsFile(const QString &language)
{
    return sourceDir() + QStringLiteral("/translations/satchel_%1.ts").arg(language);
}

QStringList shippedLanguages()
{
    return QString::fromLatin1(SATCHEL_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Source lines that put a literal where users read it without going through tr(). A heuristic
// over the Qt calls that show text; the product name is the one literal allowed.
QStringList untranslatedLiterals(const QString &code)
{
    static const QRegularExpression call(QStringLiteral(
        "(?:\\b(?:setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setWhatsThis"
        "|setTitle|setSubTitle|setLabelText|setSuffix|setPrefix|addItem|addItems|showMessage"
        "|setButtonText|setHeaderLabels|addAction|addMenu|addTab|setTabText"
        "|setApplicationDescription)\\s*\\(\\s*\\{?\\s*"
        "|\\bnew\\s+Q(?:Label|PushButton|CheckBox|RadioButton|GroupBox|Action)\\s*\\(\\s*"
        "|QMessageBox::(?:information|warning|critical|question)\\s*\\([^;]*?,\\s*)"
        "(?:QStringLiteral\\(|QLatin1String\\(|QString::from(?:Latin1|Utf8)\\(|u)?\"([^\"]*)\""));
    QStringList found;
    for (auto it = call.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString text = match.captured(1);
        if (text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")))
            && text != QLatin1String("Satchel"))
            found << match.captured(0).simplified();
    }
    return found;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentWithTheSources_data();
    void currentWithTheSources();
    void scannerFindsLiterals();
    void userVisibleTextGoesThroughTr();
    void everyLanguageLoads_data();
    void everyLanguageLoads();
    void englishPluralForms();
    void languageWithoutTranslationKeepsEnglishPlurals();
    void polishHasThreePluralForms();
    void qtOwnTranslationLoaded();
    void localeFollowsTheLanguage();
};

// lupdate merges today's sources into a copy of the shipped file: a string added since shows up
// unfinished, a string removed shows up vanished, and every translation is checked.
void TranslationsTest::currentWithTheSources_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages() + QStringList {QStringLiteral("en")})
        QTest::newRow(qPrintable(language)) << language;
}

void TranslationsTest::currentWithTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString merged = dir.filePath(QFileInfo(tsFile(language)).fileName());
    QVERIFY2(QFile::copy(tsFile(language), merged), qPrintable(tsFile(language)));

    QStringList arguments {QStringLiteral("-silent"), QStringLiteral("-locations"),
                           QStringLiteral("none"), QStringLiteral("-source-language"),
                           QStringLiteral("en")};
    if (language == QLatin1String("en"))
        arguments << QStringLiteral("-pluralonly"); // English carries only the plural forms
    for (const char *folder : {"app", "ui", "core"})
        arguments << sourceDir() + QLatin1Char('/') + QLatin1String(folder);
    arguments << QStringLiteral("-ts") << merged;
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_BINARY), arguments);
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    // lupdate warns about tr() it cannot attribute (a missing Q_OBJECT, a non-literal text).
    const QString warnings = QString::fromLocal8Bit(lupdate.readAllStandardError()).trimmed();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));

    QString error;
    const QList<TsEntry> entries = readTs(merged, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    QStringList problems;
    for (const TsEntry &entry : entries)
        problems << problemsOf(entry);
    if (!problems.isEmpty()) {
        const QString report = QStringLiteral("%1 problem(s) in %2 (update with `cmake --build "
                                              "<build> --target update_translations`):\n")
                                   .arg(problems.size())
                                   .arg(tsFile(language))
            + problems.mid(0, 25).join(QLatin1Char('\n'));
        QFAIL(qPrintable(report));
    }
}

void TranslationsTest::scannerFindsLiterals()
{
    const QString code = QStringLiteral(
        "label->setText(QStringLiteral(\"Hello there\"));\n"
        "setWindowTitle(tr(\"Fine\"));\n"
        "auto *b = new QPushButton(\"Press me\", this);\n"
        "QMessageBox::warning(this, tr(\"Title\"),\n    QStringLiteral(\"Raw text\"));\n"
        "box->addItems({QStringLiteral(\"One item\"), tr(\"Two\")});\n"
        "setObjectName(QStringLiteral(\"notShown\"));\n"
        "setWindowTitle(QStringLiteral(\"Satchel\"));\n");
    const QStringList found = untranslatedLiterals(code);
    QCOMPARE(found.size(), 4);
    QVERIFY(found[0].contains(QLatin1String("Hello there")));
    QVERIFY(found[1].contains(QLatin1String("Press me")));
    QVERIFY(found[2].contains(QLatin1String("Raw text")));
    QVERIFY(found[3].contains(QLatin1String("One item")));
}

void TranslationsTest::userVisibleTextGoesThroughTr()
{
    QStringList found;
    int files = 0;
    for (const char *folder : {"ui", "app"}) {
        QDirIterator it(sourceDir() + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            for (const QString &hit : untranslatedLiterals(QString::fromUtf8(file.readAll())))
                found << QFileInfo(file).fileName() + QStringLiteral(": ") + hit;
        }
    }
    QVERIFY(files > 20);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TranslationsTest::everyLanguageLoads_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TranslationsTest::everyLanguageLoads()
{
    QFETCH(QString, language);
    QVERIFY2(Satchel::LanguageSetup::availableLanguages().contains(language),
             qPrintable(Satchel::LanguageSetup::availableLanguages().join(QLatin1Char(' '))));
    Satchel::LanguageSetup setup;
    setup.select(language);
    QCOMPARE(setup.satchelFile(), QStringLiteral(":/i18n/satchel_%1.qm").arg(language));
    for (const char *text : {"&Get Messages", "Local Folders", "Add &Account…"}) {
        const QString translated =
            QCoreApplication::translate(text[0] == 'L' ? "FolderTreeModel" : "MainWindow", text);
        QVERIFY2(translated != QLatin1String(text), text);
        QVERIFY(!translated.isEmpty());
    }
    // A core string, whose context comes from a Q_DECLARE_TR_FUNCTIONS struct.
    QVERIFY(QCoreApplication::translate("Pop3::Error", "The mail server did not answer in time.")
            != QLatin1String("The mail server did not answer in time."));
}

void TranslationsTest::englishPluralForms()
{
    Satchel::LanguageSetup setup;
    setup.select(QStringLiteral("en"));
    QCOMPARE(setup.satchelFile(), QStringLiteral(":/i18n/satchel_en.qm"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n new message(s)", nullptr, 1),
             QStringLiteral("1 new message"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n new message(s)", nullptr, 3),
             QStringLiteral("3 new messages"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n new message(s)", nullptr, 0),
             QStringLiteral("0 new messages"));
    // Not plural: the source text itself.
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Get Messages"),
             QStringLiteral("&Get Messages"));
}

void TranslationsTest::languageWithoutTranslationKeepsEnglishPlurals()
{
    Satchel::LanguageSetup setup;
    setup.select(QStringLiteral("sv"));
    QCOMPARE(setup.locale().language(), QLocale::Swedish); // dates and numbers still Swedish
    QCOMPARE(setup.satchelFile(), QStringLiteral(":/i18n/satchel_en.qm"));
    QCOMPARE(QCoreApplication::translate("AttachmentBar", "%n attachment(s)", nullptr, 1),
             QStringLiteral("1 attachment"));
}

void TranslationsTest::polishHasThreePluralForms()
{
    Satchel::LanguageSetup setup;
    setup.select(QStringLiteral("pl"));
    const auto form = [](int n) {
        return QCoreApplication::translate("MainWindow", "%n new message(s)", nullptr, n)
            .remove(QString::number(n));
    };
    QVERIFY(form(1) != form(2));
    QVERIFY(form(2) != form(5));
    QVERIFY(form(1) != form(5));
    QCOMPARE(form(22), form(2)); // 2–4 except 12–14
    QCOMPARE(form(12), form(5));
    QCOMPARE(form(25), form(5));
}

void TranslationsTest::qtOwnTranslationLoaded()
{
    const QString qtFile =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtFile))
        QSKIP("Qt's translations are not installed (qt6-translations-l10n; scripts/bootstrap.sh)");
    Satchel::LanguageSetup setup;
    setup.select(QStringLiteral("de"));
    QVERIFY(setup.hasQtTranslation());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TranslationsTest::localeFollowsTheLanguage()
{
    Satchel::LanguageSetup setup;
    setup.select(QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(QLocale().toString(QDate(2026, 3, 1), QLocale::LongFormat),
             QStringLiteral("Sonntag, 1. März 2026"));
    QCOMPARE(QLocale().formattedDataSize(1536 * 1024), QStringLiteral("1,50 MiB"));
    setup.select(QStringLiteral("ja"));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QCOMPARE(QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat),
             QStringLiteral("2026/03/01"));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
