#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;
class ErrorBanner;

// The damaged-archive banner's "Recover…": after the user confirms, it leaves a request in the
// profile and quits, and `satchel` restarts itself and recovers before it opens the archive
// (ArchiveRecoveryDialog). Recovering at start, while no connection uses the file, means no mail
// can arrive in the damaged file after its readable rows were copied, and the files can be
// swapped safely.
class ArchiveRecoveryPrompt final : public QObject
{
    Q_OBJECT

public:
    ArchiveRecoveryPrompt(QString profileDir, ErrorBanner &banner, QWidget *window);

    // GUI thread: shows the damage in the banner with the Recover… button.
    void offerRecovery(const QString &message);
    // Whether the user chose to restart for a recovery (main() then starts Satchel again).
    [[nodiscard]] static bool restartRequested();

private:
    void confirm();

    QString m_profileDir;
    ErrorBanner &m_banner;
    QWidget *m_window = nullptr;
    QAction *m_recover = nullptr;
};
