#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &accountName, const QString &user, const QString &host,
                               bool keychainReachable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password for %1").arg(accountName));
    auto *question = new QLabel(tr("Password for %1 on %2:").arg(user, host), this);
    question->setTextFormat(Qt::PlainText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    question->setBuddy(m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_password);
    if (keychainReachable) {
        m_remember = new QCheckBox(tr("&Remember it in the system keychain"), this);
        m_remember->setChecked(true);
        layout->addWidget(m_remember);
    } else {
        auto *note = new QLabel(tr("No keychain is available, so Satchel keeps the password only "
                                   "until it quits."),
                                this);
        note->setWordWrap(true);
        m_remember = new QCheckBox(tr("&Remember it in my profile (stored unencrypted)"), this);
        auto *warning = new QLabel(tr("Anyone who can read your files, or a backup of them, can "
                                      "read a password remembered this way."),
                                   this);
        warning->setObjectName(QStringLiteral("unencryptedWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #c00000;"));
        layout->addWidget(note);
        layout->addWidget(m_remember);
        layout->addWidget(warning);
    }
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}
