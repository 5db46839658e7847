#pragma once

#include <QDialog>

class AppSettings;
class QComboBox;
class QSpinBox;

// Preferences: how often to check, when a message counts as read, remote content, layout and
// language. Changes are written to AppSettings when accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    AppSettings &m_settings;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_markRead = nullptr;
    QComboBox *m_remote = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_language = nullptr;
};
