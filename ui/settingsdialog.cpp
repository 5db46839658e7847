#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include "appsettings.h"
#include "languagesetup.h"

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("checkInterval"));
    m_interval->setRange(0, 24 * 60);
    //: Spin box suffix after a number of minutes; keep the leading space.
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when I ask"));
    m_interval->setValue(settings.checkIntervalMinutes());

    m_markRead = new QSpinBox(this);
    m_markRead->setObjectName(QStringLiteral("markReadDelay"));
    m_markRead->setRange(-1, 600);
    //: Spin box suffix after a number of seconds; keep the leading space.
    m_markRead->setSuffix(tr(" s"));
    m_markRead->setSpecialValueText(tr("Never automatically"));
    m_markRead->setValue(settings.markReadDelaySeconds());

    m_remote = new QComboBox(this);
    m_remote->setObjectName(QStringLiteral("remoteContent"));
    m_remote->addItem(tr("Block, and ask for each message"));
    m_remote->addItem(tr("Always load"));
    m_remote->setCurrentIndex(settings.remoteContent() == AppSettings::RemoteContent::Always);

    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("layout"));
    m_layout->addItem(tr("Classic (list above the message)"));
    m_layout->addItem(tr("Wide (list beside the message)"));
    m_layout->setCurrentIndex(settings.layout() == AppSettings::Layout::Wide);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Satchel::LanguageSetup::availableLanguages()) {
        // Each language in its own words; "português (Brasil)" where the territory matters.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code.contains(QLatin1Char('_')))
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    auto *form = new QFormLayout;
    form->addRow(tr("Check for new mail every:"), m_interval);
    form->addRow(tr("Mark a message read after:"), m_markRead);
    form->addRow(tr("Remote images and styles:"), m_remote);
    form->addRow(tr("Layout:"), m_layout);
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("A new language is used the next time Satchel starts."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setCheckIntervalMinutes(m_interval->value());
    m_settings.setMarkReadDelaySeconds(m_markRead->value());
    m_settings.setRemoteContent(m_remote->currentIndex() == 1 ? AppSettings::RemoteContent::Always
                                                              : AppSettings::RemoteContent::Ask);
    m_settings.setLayout(m_layout->currentIndex() == 1 ? AppSettings::Layout::Wide
                                                       : AppSettings::Layout::Classic);
    m_settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}
