#pragma once

#include <QDialog>

#include "accounts/certificateinfo.h"

class QLabel;
class QPushButton;

// Shown when a server's certificate failed verification: which server, why (every error), the
// certificate's subject, issuer, validity and SHA-256 fingerprint (selectable, to compare with
// what the provider publishes), and, when an accepted certificate was replaced, a warning in
// red. "Accept permanently for this server" accepts the dialog and pin() is what to store;
// Reject is the default button, and Escape rejects. GUI thread.
class CertificateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateDialog(Accounts::CertificateInfo info, QWidget *parent = nullptr);

    [[nodiscard]] const Accounts::CertificateInfo &info() const { return m_info; }
    // The pin for this certificate and server, accepted now.
    [[nodiscard]] Store::CertificatePin pin() const;

private:
    Accounts::CertificateInfo m_info;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
};
