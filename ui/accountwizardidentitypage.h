#pragma once

#include <QWizardPage>

class QLineEdit;

// Step 1: the user's name, e-mail address and password (fields "name", "email*", "password*").
class AccountWizardIdentityPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardIdentityPage(QWidget *parent = nullptr);

    [[nodiscard]] bool isComplete() const override;

private:
    QLineEdit *m_email = nullptr;
};
