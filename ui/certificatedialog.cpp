#include "certificatedialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Certificate fields come from the network: always plain text, never rich text.
QLabel *plainLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString dateText(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("CertificateDialog", "unknown");
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

CertificateDialog::CertificateDialog(Accounts::CertificateInfo info, QWidget *parent)
    : QDialog(parent)
    , m_info(std::move(info))
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(m_info.changed ? tr("Certificate changed") : tr("Certificate problem"));

    const QString server = QStringLiteral("%1:%2").arg(m_info.host).arg(m_info.port);
    auto *headline =
        plainLabel(QStringLiteral("certificateHeadline"),
                   tr("Satchel could not verify the identity of %1.").arg(server), this);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    QString changedText;
    if (m_info.changed) {
        changedText = m_info.previousPin.acceptedAt.isValid()
            ? tr("The certificate of this server has changed since you accepted it on %1. This "
                 "can mean someone is intercepting the connection.")
                  .arg(QLocale().toString(m_info.previousPin.acceptedAt.toLocalTime().date(),
                                          QLocale::LongFormat))
            : tr("The certificate of this server has changed since you accepted it. This can "
                 "mean someone is intercepting the connection.");
    }
    auto *changed = plainLabel(QStringLiteral("certificateChangedWarning"), changedText, this);
    changed->setStyleSheet(QStringLiteral("color: #c00000; font-weight: bold;"));
    changed->setVisible(m_info.changed);

    QStringList errorLines;
    for (const QString &error : std::as_const(m_info.errors))
        errorLines.append(QStringLiteral("\u2022 ") + error);
    if (errorLines.isEmpty())
        errorLines.append(tr("The certificate could not be verified."));
    auto *errors = plainLabel(QStringLiteral("certificateErrors"), errorLines.join(u'\n'), this);

    auto *details = new QFormLayout;
    details->addRow(tr("Subject:"),
                    plainLabel(QStringLiteral("certificateSubject"), m_info.subject, this));
    details->addRow(tr("Issuer:"),
                    plainLabel(QStringLiteral("certificateIssuer"), m_info.issuer, this));
    details->addRow(
        tr("Valid from:"),
        plainLabel(QStringLiteral("certificateValidFrom"), dateText(m_info.notBefore), this));
    details->addRow(
        tr("Valid until:"),
        plainLabel(QStringLiteral("certificateValidUntil"), dateText(m_info.notAfter), this));
    auto *fingerprint =
        plainLabel(QStringLiteral("certificateFingerprint"), m_info.fingerprint, this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->addRow(tr("SHA-256 fingerprint:"), fingerprint);

    auto *advice = plainLabel(
        QStringLiteral("certificateAdvice"),
        tr("Accept the certificate only if you expect it, for example because your provider "
           "publishes this fingerprint. Satchel will then trust this certificate, and no other, "
           "for %1.")
            .arg(server),
        this);

    auto *buttons = new QDialogButtonBox(this);
    m_accept =
        buttons->addButton(tr("&Accept permanently for this server"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptCertificateButton"));
    m_accept->setAutoDefault(false);
    m_accept->setEnabled(m_info.isValid());
    m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
    m_reject->setObjectName(QStringLiteral("rejectCertificateButton"));
    m_reject->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(changed);
    layout->addWidget(errors);
    layout->addLayout(details);
    layout->addWidget(advice);
    layout->addWidget(buttons);
    m_reject->setFocus();
    resize(560, sizeHint().height());
}

Store::CertificatePin CertificateDialog::pin() const
{
    return m_info.pinFor(QDateTime::currentDateTimeUtc());
}
