#include "archiverecoveryprompt.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include "errorbanner.h"
#include "store/archiverecovery.h"

namespace {

bool g_restartRequested = false;

} // namespace

ArchiveRecoveryPrompt::ArchiveRecoveryPrompt(QString profileDir, ErrorBanner &banner,
                                             QWidget *window)
    : QObject(window)
    , m_profileDir(std::move(profileDir))
    , m_banner(banner)
    , m_window(window)
    , m_recover(new QAction(tr("Recover…"), this))
{
    m_recover->setObjectName(QStringLiteral("recoverArchiveAction"));
    m_recover->setToolTip(tr("Copy every readable message into a new archive"));
    connect(m_recover, &QAction::triggered, this, &ArchiveRecoveryPrompt::confirm);
}

void ArchiveRecoveryPrompt::offerRecovery(const QString &message)
{
    m_banner.showWithAction(message, m_recover);
}

bool ArchiveRecoveryPrompt::restartRequested()
{
    return g_restartRequested;
}

void ArchiveRecoveryPrompt::confirm()
{
    QMessageBox box(QMessageBox::Question, tr("Recover the mail archive"),
                    tr("Satchel will restart, copy every message it can still read into a new "
                       "archive, and keep the damaged file beside it in the profile folder "
                       "(satchel.sqlite.damaged-<date>). Messages that cannot be read are lost "
                       "from the archive; those still on a server are downloaded again.\n\n"
                       "Copy the profile folder somewhere safe first if you can."),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("recoverArchiveQuestion"));
    QPushButton *restart = box.addButton(tr("Restart and Recover"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restart)
        return;
    if (!Store::ArchiveRecovery::request(m_profileDir)) {
        QMessageBox::warning(m_window, tr("Recover the mail archive"),
                             tr("Cannot write to the profile folder %1.").arg(m_profileDir));
        return;
    }
    g_restartRequested = true;
    m_window->close();
    QCoreApplication::quit();
}
