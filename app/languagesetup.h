#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Satchel {

// The language both executables speak. select() installs Satchel's translation (compiled into
// the binary under :/i18n) and Qt's own (qtbase_*.qm from Qt's translations folder, so standard
// dialogs and --help match), and makes the language's locale the default one, so that dates,
// numbers and sizes follow it. Without a Satchel translation for the language the English one
// is used: it only supplies the plural forms ("1 message", "2 messages").
class LanguageSetup final
{
public:
    LanguageSetup() = default;
    ~LanguageSetup();
    LanguageSetup(const LanguageSetup &) = delete;
    LanguageSetup &operator=(const LanguageSetup &) = delete;

    // code: "de", "pt_BR", ...; empty = the system's language (its list of preferred languages).
    void select(const QString &code = {});

    [[nodiscard]] QLocale locale() const { return m_locale; }
    // The translation file in use, such as ":/i18n/satchel_de.qm".
    [[nodiscard]] QString satchelFile() const { return m_satchel.filePath(); }
    [[nodiscard]] bool hasQtTranslation() const { return !m_qt.isEmpty(); }

    // The languages Satchel ships a translation for, as codes ("de", "en", "pt_BR", ...).
    [[nodiscard]] static QStringList availableLanguages();

private:
    void remove();

    QLocale m_locale;
    QTranslator m_qt;
    QTranslator m_satchel;
};

} // namespace Satchel
