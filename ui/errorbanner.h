#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

// A non-modal bar across the top of the window for problems the user should know about (a
// check that failed), with "Details" for the redacted protocol log. It never blocks anything.
class ErrorBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, const QString &details);
    // The message with a button for action after it (until the next message).
    void showWithAction(const QString &message, QAction *action);
    [[nodiscard]] QString message() const;

private:
    void showDetails();

    QLabel *m_text = nullptr;
    QPushButton *m_details = nullptr;
    QToolButton *m_action = nullptr;
    QString m_detailText;
};
