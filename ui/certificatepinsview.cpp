#include "certificatepinsview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "accounts/certificateinfo.h"

namespace {

QString dateText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

CertificatePinsView::CertificatePinsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("certificatePinsView"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("pinsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Server"), tr("Subject"), tr("SHA-256 fingerprint"),
                             tr("Valid until"), tr("Accepted on")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removePinButton"));
    m_remove->setToolTip(tr("Forget the selected certificate: the next connection to that server "
                            "verifies it as usual, and asks again if that fails."));

    auto *note =
        new QLabel(tr("Certificates you accepted although they could not be verified:"), this);
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(note);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_remove, &QPushButton::clicked, this, &CertificatePinsView::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CertificatePinsView::updateButtons);
    updateButtons();
}

void CertificatePinsView::setPins(const QList<Store::CertificatePin> &pins)
{
    m_pins = pins;
    fill();
}

void CertificatePinsView::fill()
{
    m_list->clear();
    for (int i = 0; i < m_pins.size(); ++i) {
        const Store::CertificatePin &pin = m_pins.at(i);
        const QString fingerprint = Accounts::formatFingerprint(pin.sha256);
        auto *item =
            new QTreeWidgetItem(m_list,
                                {QStringLiteral("%1:%2").arg(pin.host).arg(pin.port), pin.subject,
                                 fingerprint, dateText(pin.notAfter), dateText(pin.acceptedAt)});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(2, fingerprint);
        item->setToolTip(1,
                         pin.issuer.isEmpty() ? pin.subject : tr("Issued by %1").arg(pin.issuer));
    }
    updateButtons();
}

void CertificatePinsView::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const int index = selected.first()->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_pins.size())
        return;
    m_pins.removeAt(index);
    fill();
    Q_EMIT changed();
}

void CertificatePinsView::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}
