#include "languagesetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace Satchel {

namespace {

const QString TranslationsDir = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("satchel_");

} // namespace

LanguageSetup::~LanguageSetup()
{
    remove();
}

void LanguageSetup::remove()
{
    QCoreApplication::removeTranslator(&m_satchel);
    QCoreApplication::removeTranslator(&m_qt);
}

void LanguageSetup::select(const QString &code)
{
    remove();
    m_locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(m_locale);

    // QTranslator::load(QLocale, ...) walks the locale's preferred languages ("de-CH", "de", ...).
    if (m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_satchel.load(m_locale, QStringLiteral("satchel"), QStringLiteral("_"), TranslationsDir)
        || m_satchel.load(Prefix + QStringLiteral("en"), TranslationsDir))
        QCoreApplication::installTranslator(&m_satchel);
}

QStringList LanguageSetup::availableLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(TranslationsDir).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(Prefix.size(), file.size() - Prefix.size() - 3);
    return codes;
}

} // namespace Satchel
