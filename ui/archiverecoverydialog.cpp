#include "archiverecoverydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include "store/archiverecovery.h"

struct ArchiveRecoveryDialog::Outcome
{
    bool ok = false;
    QString error;
    Store::ArchiveRecovery::Counts counts;
    QString damagedCopy;
};

ArchiveRecoveryDialog::ArchiveRecoveryDialog(QString profileDir, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("archiveRecoveryDialog"));
    setWindowTitle(tr("Recovering the mail archive"));
    m_text = new QLabel(tr("Copying every readable message into a new archive…"), this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    m_buttons->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(520, 200);

    // worker thread: the recovery reads the whole damaged file and writes a new one.
    m_worker.reset(QThread::create([this, profileDir] {
        Store::ArchiveRecovery recovery(profileDir);
        const bool requested = Store::ArchiveRecovery::isRequested(profileDir);
        Outcome outcome;
        outcome.ok = (!requested && recovery.hasRecovered())
            ? recovery.install()
            : recovery.recover([this](int done, int total) {
                  QMetaObject::invokeMethod(
                      this,
                      [this, done, total] {
                          m_progress->setRange(0, total);
                          m_progress->setValue(done);
                      },
                      Qt::QueuedConnection);
              }) && recovery.install();
        if (!outcome.ok)
            Store::ArchiveRecovery::clearRequest(profileDir); // not tried again at every start
        outcome.error = recovery.errorString();
        outcome.counts = recovery.counts();
        outcome.damagedCopy = recovery.damagedCopyPath();
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    }));
    m_worker->setObjectName(QStringLiteral("satchel-recovery"));
    m_worker->start();
}

ArchiveRecoveryDialog::~ArchiveRecoveryDialog()
{
    m_worker->wait();
}

bool ArchiveRecoveryDialog::isRunning() const
{
    return !m_buttons->isEnabled();
}

QString ArchiveRecoveryDialog::resultText() const
{
    return isRunning() ? QString() : m_text->text();
}

void ArchiveRecoveryDialog::reject()
{
    if (!isRunning())
        QDialog::reject();
}

void ArchiveRecoveryDialog::finish(const Outcome &outcome)
{
    m_progress->hide();
    m_buttons->setEnabled(true);
    m_succeeded = outcome.ok;
    if (!outcome.ok) {
        m_text->setText(tr("The archive could not be recovered: %1\n\nThe damaged archive is "
                           "still in use; `satchel-cli recover` tries again from a terminal.")
                            .arg(outcome.error));
        return;
    }
    const Store::ArchiveRecovery::Counts &c = outcome.counts;
    QStringList lines;
    lines << tr("%n message(s) recovered.", nullptr, c.messages);
    if (c.reparsed > 0)
        lines << tr("%n of them were read again from their raw bytes and are in Local "
                    "Folders/Recovered.",
                    nullptr, c.reparsed);
    lines << tr("%n message(s) could not be read and are lost from the archive.", nullptr,
                c.messagesLost);
    if (c.ledgerRowsDropped > 0)
        lines << tr("%n lost message(s) will be downloaded again if the server still has them.",
                    nullptr, c.ledgerRowsDropped);
    if (c.ledgerRowsLost > 0)
        lines << tr("%n message(s) still on a server may be downloaded again (their download "
                    "record could not be read).",
                    nullptr, c.ledgerRowsLost);
    lines << tr("The damaged file is kept as %1.").arg(outcome.damagedCopy);
    m_text->setText(lines.join(QLatin1Char('\n')));
}
