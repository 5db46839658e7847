#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

// Step 6: a summary of the account. Without a reachable keychain it offers to remember the
// password in the profile (stored unencrypted), with a clear warning; field "storeInProfile".
class AccountWizardDonePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountWizardDonePage(QWidget *parent = nullptr);

    void initializePage() override;

private:
    QLabel *m_summary = nullptr;
    QLabel *m_keychainNote = nullptr;
    QCheckBox *m_storeInProfile = nullptr;
};
