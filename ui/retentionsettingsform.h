#pragma once

#include <QWidget>

#include "sync/retentionpolicy.h"

class QCheckBox;
class QFormLayout;
class QSpinBox;

// What happens to an account's mail on the server, shared by the account wizard and the account
// settings dialog: leave on the server (for N days), delete there when deleted here, and the
// size above which only headers are downloaded. Options that do not apply are disabled.
class RetentionSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionSettingsForm(QWidget *parent = nullptr);

    void setPolicy(const Sync::RetentionPolicy &policy);
    [[nodiscard]] Sync::RetentionPolicy policy() const;
    // For the wizard to add rows (the check interval) and register its fields.
    [[nodiscard]] QFormLayout *formLayout() const { return m_layout; }
    [[nodiscard]] QCheckBox *leaveCheck() const { return m_leave; }
    [[nodiscard]] QCheckBox *forDaysCheck() const { return m_forDays; }
    [[nodiscard]] QSpinBox *daysSpin() const { return m_days; }
    [[nodiscard]] QCheckBox *deleteLocalCheck() const { return m_deleteLocal; }
    [[nodiscard]] QCheckBox *sizeLimitCheck() const { return m_sizeLimit; }
    [[nodiscard]] QSpinBox *sizeKiBSpin() const { return m_sizeKiB; }

private:
    void updateEnabled();

    QFormLayout *m_layout = nullptr;
    QCheckBox *m_leave = nullptr;
    QCheckBox *m_forDays = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_deleteLocal = nullptr;
    QCheckBox *m_sizeLimit = nullptr;
    QSpinBox *m_sizeKiB = nullptr;
};
