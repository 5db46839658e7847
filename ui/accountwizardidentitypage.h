#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QLineEdit;

// Step 1: the account's name (the address when left empty), e-mail address and password
// (fields "name", "email*", "password": empty when the account will sign in with OAuth2). A name
// another account already has is refused here, before anything is looked up: it names the Inbox and
// the keychain entry.
class AccountWizardIdentityPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardIdentityPage(QWidget *parent = nullptr);

    // The names of the existing accounts.
    void setTakenNames(const QStringList &names);
    [[nodiscard]] bool isComplete() const override;

private:
    [[nodiscard]] QString chosenName() const;
    void updateNameNote();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_nameTaken = nullptr;
    QStringList m_taken;
};
