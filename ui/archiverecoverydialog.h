#pragma once

#include <memory>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QThread;

// Shown at start when a recovery was requested, before the archive is opened: runs
// Store::ArchiveRecovery (recover, then install) on a worker thread while the dialog stays
// responsive, then says what was kept, what was lost and where the damaged file is.
class ArchiveRecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ArchiveRecoveryDialog(QString profileDir, QWidget *parent = nullptr);
    ~ArchiveRecoveryDialog() override; // waits for the worker

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] QString resultText() const;

public Q_SLOTS:
    void reject() override; // not while the recovery runs

private:
    struct Outcome;
    void finish(const Outcome &outcome);

    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<QThread> m_worker;
    bool m_succeeded = false;
};
