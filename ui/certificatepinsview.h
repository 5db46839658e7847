#pragma once

#include <QList>
#include <QWidget>

#include "store/storetypes.h"

class QPushButton;
class QTreeWidget;

// The certificates the user accepted for an account, for the account settings: server
// (host:port), subject, fingerprint, valid until and accepted on, one row each, and "Remove"
// for the selected one (the next connection to that server verifies as usual again). Edits
// only its own list: the caller reads pins() and stores them. GUI thread.
class CertificatePinsView final : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatePinsView(QWidget *parent = nullptr);

    void setPins(const QList<Store::CertificatePin> &pins);
    [[nodiscard]] QList<Store::CertificatePin> pins() const { return m_pins; }

Q_SIGNALS:
    void changed(); // a pin was removed

private:
    void fill();
    void removeSelected();
    void updateButtons();

    QList<Store::CertificatePin> m_pins;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};
