#pragma once

#include <QLineEdit>
#include <QTimer>

// The search box above the message list: reports the query after typing pauses (~250 ms), and
// Esc clears it so the list returns to the folder.
class SearchField final : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 250;

    explicit SearchField(QWidget *parent = nullptr);

Q_SIGNALS:
    void searchRequested(const QString &query); // empty: back to the folder

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_debounce;
};
