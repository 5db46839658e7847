#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// A non-modal bar across the top of the window for problems the user should know about (a
// check that failed), with "Details" for the redacted protocol log. It never blocks anything.
class ErrorBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, const QString &details);
    [[nodiscard]] QString message() const;

private:
    void showDetails();

    QLabel *m_text = nullptr;
    QPushButton *m_details = nullptr;
    QString m_detailText;
};
