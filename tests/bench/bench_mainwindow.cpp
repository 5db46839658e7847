// Benchmark: the main window over a profile with 100,000 messages in one folder (Issue: "time
// from start to first rows painted, time to switch folders and to scroll to the end, peak RSS;
// goals: first rows <= 300 ms, RSS <= 200 MB").
//
// The profile is built once and kept under <build>/bench-data/mainwindow-100k (another count:
// mainwindow-<N>); it is reused while it holds the right number of messages. It has one account
// (whose Inbox stays empty), the local folder "Big" with N generated messages and "Small" with
// 200. Messages come from a fixed seed: ~300 senders, subjects and bodies from a vocabulary,
// dates over thirteen years, bodies of 300 bytes to 4 KiB; every hundredth message carries the
// word searched for below (1 % of the messages).
//
// Then, in this process, on the offscreen platform, five times each (median and max printed):
//  - start: from just before MainWindow is constructed (show(), openFolderNamed("Big")) to the
//    end of the first paint of the list's viewport after which the top visible row is a real row
//    (MessageListModel::LoadedRole), not a placeholder; the ids (loaded()), the folder tree and
//    the archive's opened() are timed on the way;
//  - switching to "Small" and back to "Big": until loaded() and the first real rows painted;
//  - scrollToBottom(): until the last row is visible, loaded and painted (and back to the top);
//  - sorting by Subject (and back by Date): until loaded() and the first real rows painted;
//  - a search typed into the search field: until loaded() and the first real rows painted.
// A paint counts once QApplication::notify() has delivered it, i.e. when painting is done.
// Peak RSS (VmHWM) is reset after building the profile, so it covers the window alone. Then the
// archive's requests are timed on their own (ArchiveService round trips, and the SQL of
// folders() with and without counts), to tell where the time goes. Never asserts on time.
//
//   bench_mainwindow      (SATCHEL_BENCH_GUI_MESSAGES=N, default 100000)
#include <algorithm>
#include <functional>
#include <malloc.h>
#include <memory>
#include <optional>

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>

#include "foldertreemodel.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "mime/messageparser.h"
#include "store/archiveservice.h"
#include "store/messagestore.h"

namespace {

QTextStream out(stdout);

constexpr int DefaultMessages = 100000;
constexpr int SmallMessages = 200;
constexpr int BatchSize = 1000;
constexpr int Runs = 5;
constexpr int TimeoutMs = 120000;
constexpr double GoalFirstRowsMs = 300;
constexpr double GoalRssMB = 200; // decimal megabytes (the stricter reading)

// In 1 % of the bodies and nowhere else (the vocabulary below does not have it).
const QString searchWord = QStringLiteral("marzipan");

// ---------------------------------------------------------------------------------------------
// Measuring

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double peakRssMiB()
{
    return double(statusKiB("VmHWM:")) / 1024.0;
}

double rssMiB()
{
    return double(statusKiB("VmRSS:")) / 1024.0;
}

// Gives memory freed after building the profile back to the system and starts the peak RSS
// (VmHWM) again from the current RSS (Linux: "5" to /proc/self/clear_refs).
bool resetPeakRss()
{
    malloc_trim(0);
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// The machine's load: other work running at the same time makes every number here worse.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    const QByteArray load = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return QStringLiteral("load average %1 on %2 CPUs")
        .arg(QString::fromLatin1(load.split(' ').mid(0, 3).join(' ')))
        .arg(QThread::idealThreadCount());
}

QString fixed(double value, int decimals = 1)
{
    return value < 0 ? QStringLiteral("timeout") : QString::number(value, 'f', decimals);
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return -1;
    std::sort(samples.begin(), samples.end());
    if (samples.first() < 0)
        return -1; // a timeout
    return samples.at(samples.size() / 2);
}

double maximum(const QList<double> &samples)
{
    if (samples.isEmpty() || *std::min_element(samples.cbegin(), samples.cend()) < 0)
        return -1;
    return *std::max_element(samples.cbegin(), samples.cend());
}

QString describe(const QList<double> &samples)
{
    QStringList each;
    for (const double sample : samples)
        each.append(fixed(sample));
    return QStringLiteral("median %1 ms, max %2 ms  (runs: %3)")
        .arg(fixed(median(samples)), fixed(maximum(samples)), each.join(QLatin1Char(' ')));
}

// Runs the event loop until `done` holds or the time is up; a heartbeat timer wakes the loop, so
// the deadline is seen even when nothing else happens. Times are taken in the handlers, not here.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = TimeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer heartbeat;
    heartbeat.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Lets queued work (page requests, the check on start) finish between measurements.
void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    spinUntil([&timer, ms] { return timer.elapsed() >= ms; });
}

// The offscreen platform warns once per window shown that it cannot propagate size hints.
QtMessageHandler defaultHandler = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    defaultHandler(type, context, message);
}

// Calls a function after each paint of one widget has been delivered (painting done).
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    void watchPaints(QWidget *widget, std::function<void()> afterPaint)
    {
        m_watched = widget;
        m_afterPaint = std::move(afterPaint);
    }
    void stopWatching()
    {
        m_watched = nullptr;
        m_afterPaint = {};
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        const bool paint =
            m_watched != nullptr && receiver == m_watched && event->type() == QEvent::Paint;
        const bool result = QApplication::notify(receiver, event);
        if (paint && m_afterPaint)
            m_afterPaint();
        return result;
    }

private:
    QWidget *m_watched = nullptr;
    std::function<void()> m_afterPaint;
};

// ---------------------------------------------------------------------------------------------
// The profile

const char *const vocabulary[] = {
    "meeting",     "schedule", "report",    "budget",    "draft",       "review",    "project",
    "release",     "update",   "invoice",   "holiday",   "weekend",     "dinner",    "photos",
    "family",      "garden",   "concert",   "tickets",   "flight",      "hotel",     "booking",
    "question",    "answer",   "problem",   "solution",  "server",      "backup",    "printer",
    "network",     "password", "account",   "payment",   "receipt",     "order",     "delivery",
    "parcel",      "address",  "birthday",  "party",     "present",     "school",    "teacher",
    "homework",    "football", "training",  "match",     "results",     "minutes",   "agenda",
    "proposal",    "contract", "signature", "document",  "spreadsheet", "slides",    "conference",
    "talk",        "abstract", "paper",     "deadline",  "extension",   "library",   "book",
    "chapter",     "recipe",   "kitchen",   "bicycle",   "repair",      "insurance", "doctor",
    "appointment", "dentist",  "pharmacy",  "weather",   "forecast",    "rain",      "snow",
    "summer",      "winter",   "spring",    "autumn",    "morning",     "evening",   "tomorrow",
    "yesterday",   "monday",   "friday",    "quarterly", "annual",      "planning",  "design",
    "feedback",    "comments", "notes",     "thanks",    "please",      "urgent",    "reminder",
    "the",         "and",      "with",      "for",       "from",        "about",     "this",
    "that",        "will",     "have",      "been",      "would",       "could",     "should",
    "there",       "their",    "which",     "after",     "before",      "again",     "still",
};
constexpr int vocabularySize = int(sizeof(vocabulary) / sizeof(vocabulary[0]));

const char *const firstNames[] = {"Anna",  "Ben",    "Chloé", "David", "Emma",   "Felix", "Grace",
                                  "Henry", "Isabel", "Jonas", "Karin", "Lukas",  "Maria", "Noah",
                                  "Olga",  "Pedro",  "Quinn", "Rosa",  "Stefan", "Tara"};
const char *const lastNames[] = {"Smith",  "Müller", "García",   "Rossi",   "Novak",
                                 "Larsen", "Dubois", "Kowalski", "Jansen",  "Silva",
                                 "Brown",  "Weber",  "Martin",   "Nilsson", "Horvat"};
const char *const domains[] = {"example.com", "example.org", "mail.example.net", "corp.example",
                               "uni.example.edu"};

QByteArray word(QRandomGenerator &random)
{
    return vocabulary[random.bounded(vocabularySize)];
}

QByteArray sentence(QRandomGenerator &random, int words)
{
    QByteArray text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += ' ';
        text += word(random);
    }
    return text;
}

struct Generated
{
    QByteArray raw;
    QDateTime date;
    bool read = false;
};

// Message `index` of the profile; the same every run for the same generator state.
Generated generateMessage(int index, QRandomGenerator &random)
{
    static constexpr qint64 first = 1388534400; // 2014-01-01
    static constexpr qint64 last = 1793491200; // 2026-11-01
    Generated message;
    message.date = QDateTime::fromSecsSinceEpoch(first + qint64(random.bounded(last - first)),
                                                 QTimeZone::utc());
    message.read = random.bounded(100) < 70;

    // ~300 senders, some far more frequent than others.
    const int sender = int(random.bounded(300)) % (1 + int(random.bounded(300)));
    const QString firstName = QString::fromUtf8(firstNames[sender % 20]);
    const QString lastName = QString::fromUtf8(lastNames[(sender / 20) % 15]);
    const QByteArray domain = domains[sender % 5];
    const QByteArray mailbox =
        QStringLiteral("%1.%2").arg(firstName, lastName).toLower().toUtf8() + '@' + domain;
    const QByteArray displayName = QStringLiteral("%1 %2").arg(firstName, lastName).toUtf8();
    const bool ascii = displayName == QString::fromUtf8(displayName).toLatin1();
    const QByteArray from = ascii ? "\"" + displayName + "\" <" + mailbox + '>'
                                  : "=?UTF-8?B?" + displayName.toBase64() + "?= <" + mailbox + '>';

    QByteArray subject = sentence(random, 2 + int(random.bounded(7)));
    subject[0] = char(QChar::toUpper(uint(subject.at(0))));
    const int prefix = int(random.bounded(10));
    if (prefix < 3)
        subject = "Re: " + subject;
    else if (prefix == 3)
        subject = "Fwd: " + subject;
    if (random.bounded(50) == 0)
        subject = "=?UTF-8?B?" + (QStringLiteral("Grüße: ").toUtf8() + subject).toBase64() + "?=";

    QByteArray body;
    const int bodySize = 300 + int(random.bounded(3800));
    body.reserve(bodySize + 100);
    const bool marked = index % 100 == 42;
    while (body.size() < bodySize) {
        QByteArray line = sentence(random, 6 + int(random.bounded(6)));
        if (marked && body.isEmpty())
            line += ' ' + searchWord.toLatin1();
        body += line + "\r\n";
        if (random.bounded(5) == 0)
            body += "\r\n";
    }

    const QByteArray n = QByteArray::number(index);
    message.raw = "Return-Path: <" + mailbox + ">\r\nFrom: " + from
        + "\r\nTo: Me <me@example.test>\r\nSubject: " + subject + "\r\nDate: "
        + QLocale::c()
              .toString(message.date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"))
              .toLatin1()
        + "\r\nMessage-ID: <bench." + n + '@' + domain
        + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + body;
    return message;
}

struct Profile
{
    qint64 bigId = 0;
    qint64 smallId = 0;
};

// The folders "Big" and "Small" when they hold exactly big and small messages.
std::optional<Profile> existingProfile(const QString &dir, int big, int small)
{
    if (!QFile::exists(dir + QStringLiteral("/satchel.sqlite")))
        return std::nullopt;
    Store::MessageStore store;
    if (!store.open(dir) || store.accounts().size() != 1)
        return std::nullopt;
    Profile profile;
    for (const Store::Folder &folder : store.folders()) {
        if (folder.role != Store::FolderRole::User)
            continue;
        if (folder.name == QLatin1String("Big") && folder.total == big)
            profile.bigId = folder.id;
        else if (folder.name == QLatin1String("Small") && folder.total == small)
            profile.smallId = folder.id;
    }
    if (profile.bigId == 0 || profile.smallId == 0)
        return std::nullopt;
    return profile;
}

bool fill(Store::MessageStore &store, qint64 folderId, int count, int firstIndex,
          QRandomGenerator &random)
{
    for (int i = 0; i < count; ++i) {
        if (i % BatchSize == 0 && !store.beginBatch())
            return false;
        const Generated message = generateMessage(firstIndex + i, random);
        Store::MessageFlags flags;
        flags.read = message.read;
        const QDateTime received = message.date.addSecs(60 + random.bounded(3600));
        if (!store.importMessage(folderId, message.raw, Mime::parseMessage(message.raw, received),
                                 received, flags))
            return false;
        if ((i % BatchSize == BatchSize - 1 || i == count - 1) && !store.commitBatch())
            return false;
        if (i % 10000 == 9999)
            out << "  " << (i + 1) << " messages\n" << Qt::flush;
    }
    return true;
}

std::optional<Profile> buildProfile(const QString &dir, int big)
{
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir)) {
        out << "cannot create " << dir << '\n';
        return std::nullopt;
    }
    Store::MessageStore store;
    if (!store.open(dir)) {
        out << "cannot open the store: " << store.errorString() << '\n';
        return std::nullopt;
    }
    Store::Account account;
    account.name = QStringLiteral("bench");
    account.email = QStringLiteral("me@example.test");
    account.host = QStringLiteral("127.0.0.1");
    account.port = 1; // never reached: there is no password, so the check on start stops early
    account.user = QStringLiteral("me");
    if (!store.addAccount(account)) {
        out << "addAccount failed: " << store.errorString() << '\n';
        return std::nullopt;
    }
    const std::optional<qint64> bigId = store.localFolder(QStringLiteral("Big"), true);
    const std::optional<qint64> smallId = store.localFolder(QStringLiteral("Small"), true);
    if (!bigId || !smallId) {
        out << "cannot create the folders: " << store.errorString() << '\n';
        return std::nullopt;
    }
    QRandomGenerator random(20261123); // the same profile in every run
    if (!fill(store, *bigId, big, 0, random)
        || !fill(store, *smallId, SmallMessages, big, random)) {
        out << "import failed: " << store.errorString() << '\n';
        return std::nullopt;
    }
    return Profile {*bigId, *smallId};
}

// ---------------------------------------------------------------------------------------------
// The window

struct Step
{
    double loadedMs = -1; // loaded() in the state wanted
    double paintedMs = -1; // end of the first paint showing real rows in that state
};

QTreeView *listView(MainWindow &window)
{
    return window.findChild<QTreeView *>(QStringLiteral("messageList"));
}

bool loadedAt(const QModelIndex &index)
{
    return index.isValid() && index.data(MessageListModel::LoadedRole).toBool();
}

// The topmost visible row is a real row.
bool topRowLoaded(QTreeView *view)
{
    return view->model()->rowCount() > 0 && loadedAt(view->indexAt(QPoint(1, 1)));
}

// The last row is visible and real, and so is the topmost visible row.
bool bottomRowsLoaded(QTreeView *view)
{
    const int rows = view->model()->rowCount();
    if (rows == 0)
        return false;
    const QModelIndex last = view->model()->index(rows - 1, 0);
    return view->visualRect(last).intersects(view->viewport()->rect()) && loadedAt(last)
        && topRowLoaded(view);
}

bool showsFolder(MessageListModel &model, qint64 folderId)
{
    return !model.isSearch() && model.query().scope == Store::ListQuery::Scope::Folder
        && model.query().folderId == folderId;
}

// Runs `action`, then the event loop until a paint of the list has shown rows that `ready`
// accepts in the state `state` holds for; with waitForLoaded, only after loaded() in that state.
Step measureStep(BenchApplication &app, MainWindow &window, const std::function<void()> &action,
                 const std::function<bool()> &state, const std::function<bool()> &ready,
                 bool waitForLoaded)
{
    Step step;
    QElapsedTimer timer;
    QObject context;
    QObject::connect(&window.messageList(), &MessageListModel::loaded, &context,
                     [&step, &timer, &state] {
                         if (step.loadedMs < 0 && state())
                             step.loadedMs = double(timer.nsecsElapsed()) / 1e6;
                     });
    app.watchPaints(listView(window)->viewport(), [&] {
        if (step.paintedMs < 0 && (!waitForLoaded || step.loadedMs >= 0) && state() && ready())
            step.paintedMs = double(timer.nsecsElapsed()) / 1e6;
    });
    timer.start();
    action();
    spinUntil([&step] { return step.paintedMs >= 0; });
    app.stopWatching();
    return step;
}

struct Start
{
    double openedMs = -1; // ArchiveService::opened()
    double foldersMs = -1; // FolderTreeModel::loaded()
    double firstPaintMs = -1; // the list's first paint (empty or placeholders)
    Step big;
};

// A new window on the profile, until the first real rows of "Big" are painted.
std::unique_ptr<MainWindow> startWindow(BenchApplication &app, const QString &profileDir,
                                        qint64 bigId, Start *start)
{
    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<MainWindow>(profileDir);
    const auto now = [&timer] {
        return double(timer.nsecsElapsed()) / 1e6;
    };
    QObject context;
    QObject::connect(&window->archive(), &Store::ArchiveService::opened, &context, [&] {
        if (start->openedMs < 0)
            start->openedMs = now();
    });
    QObject::connect(&window->folderTree(), &FolderTreeModel::loaded, &context, [&] {
        if (start->foldersMs < 0)
            start->foldersMs = now();
    });
    MessageListModel &model = window->messageList();
    QObject::connect(&model, &MessageListModel::loaded, &context, [&] {
        if (start->big.loadedMs < 0 && showsFolder(model, bigId))
            start->big.loadedMs = now();
    });
    QTreeView *view = listView(*window);
    app.watchPaints(view->viewport(), [&] {
        if (start->firstPaintMs < 0)
            start->firstPaintMs = now();
        if (start->big.paintedMs < 0 && start->big.loadedMs >= 0 && showsFolder(model, bigId)
            && topRowLoaded(view))
            start->big.paintedMs = now();
    });
    window->show();
    window->openFolderNamed(QStringLiteral("Big"));
    spinUntil([start] { return start->big.paintedMs >= 0; });
    app.stopWatching();
    return window;
}

// ---------------------------------------------------------------------------------------------
// The archive alone

// Times a request until `done` is set by its answer; ms.
double roundTrip(const std::function<void()> &request, bool &done)
{
    done = false;
    QElapsedTimer timer;
    timer.start();
    request();
    if (!spinUntil([&done] { return done; }))
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

void archiveBreakdown(const QString &profileDir, const Profile &profile)
{
    out << "\nWhere the time goes: the archive's requests alone (a fresh ArchiveService, round "
           "trips through its worker thread, "
        << Runs << " runs each)\n";
    Store::ArchiveService service(profileDir);
    QObject context;
    bool done = false;
    QList<qint64> ids;
    QObject::connect(&service, &Store::ArchiveService::opened, &context, [&done] { done = true; });
    QObject::connect(&service, &Store::ArchiveService::foldersLoaded, &context,
                     [&done] { done = true; });
    QObject::connect(&service, &Store::ArchiveService::idsLoaded, &context,
                     [&done, &ids](quint64, const QList<qint64> &loaded) {
                         ids = loaded;
                         done = true;
                     });
    QObject::connect(&service, &Store::ArchiveService::searchLoaded, &context,
                     [&done] { done = true; });
    QObject::connect(&service, &Store::ArchiveService::summariesLoaded, &context,
                     [&done] { done = true; });
    out << "  open():                                 "
        << fixed(roundTrip([&service] { service.open(); }, done)) << " ms\n";

    const auto series = [&](const QString &label, const std::function<void()> &request) {
        QList<double> samples;
        for (int run = 0; run < Runs; ++run)
            samples.append(roundTrip(request, done));
        out << "  " << label.leftJustified(40) << describe(samples) << '\n';
    };
    series(QStringLiteral("requestFolders() (with counts):"),
           [&service] { service.requestFolders(); });
    Store::ListQuery byDate;
    byDate.folderId = profile.bigId;
    series(QStringLiteral("requestIds(Big, date desc):"), [&] { service.requestIds(byDate); });
    out << "    (" << ids.size() << " ids)\n";
    const QList<qint64> bigIds = ids;
    Store::ListQuery bySubject = byDate;
    bySubject.column = Store::SortColumn::Subject;
    bySubject.order = Qt::AscendingOrder;
    series(QStringLiteral("requestIds(Big, subject asc):"), [&] { service.requestIds(bySubject); });
    series(QStringLiteral("requestSummaries(first 200 rows):"),
           [&] { service.requestSummaries(bigIds.mid(0, MessageListModel::pageSize)); });
    series(QStringLiteral("requestSummaries(last 200 rows):"), [&] {
        service.requestSummaries(
            bigIds.mid(std::max<qsizetype>(0, bigIds.size() - MessageListModel::pageSize)));
    });
    series(QStringLiteral("requestSearch(\"") + searchWord + QStringLiteral("\"):"),
           [&] { service.requestSearch(searchWord); });

    // The SQL of folders() itself, on this thread's own connection.
    Store::MessageStore store;
    if (!store.open(profileDir))
        return;
    for (const bool counts : {true, false}) {
        QList<double> samples;
        for (int run = 0; run < Runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            (void)store.folders(counts);
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
        out << "  "
            << (counts ? QStringLiteral("MessageStore::folders(true) (SQL):")
                       : QStringLiteral("MessageStore::folders(false) (SQL):"))
                   .leftJustified(40)
            << describe(samples) << '\n';
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    defaultHandler = qInstallMessageHandler(messageHandler);
    QApplication::setApplicationDisplayName(QStringLiteral("Satchel"));

    bool ok = false;
    int messages = qEnvironmentVariableIntValue("SATCHEL_BENCH_GUI_MESSAGES", &ok);
    if (!ok || messages <= 0)
        messages = DefaultMessages;
    const QString name = messages == DefaultMessages
        ? QStringLiteral("mainwindow-100k")
        : QStringLiteral("mainwindow-%1").arg(messages);
    // The executable is in <build>/tests/bin.
    const QString profileDir = QDir::cleanPath(QCoreApplication::applicationDirPath()
                                               + QStringLiteral("/../../bench-data/") + name);

    out << "Main window over " << messages << " messages in one folder (+" << SmallMessages
        << " in another), " << QGuiApplication::platformName() << " platform, Qt " << qVersion()
        << '\n'
        << "Profile: " << profileDir << '\n'
        << loadAverage() << " at the start\n";

    std::optional<Profile> profile = existingProfile(profileDir, messages, SmallMessages);
    if (profile) {
        out << "Reusing the profile built before.\n";
    } else {
        out << "Building the profile (not measured)...\n" << Qt::flush;
        QElapsedTimer timer;
        timer.start();
        profile = buildProfile(profileDir, messages);
        if (!profile)
            return 1;
        const double seconds = double(timer.elapsed()) / 1000.0;
        out << "Built in " << fixed(seconds) << " s ("
            << fixed(double(messages + SmallMessages) / seconds, 0) << " msgs/s)\n";
    }
    QFile::remove(profileDir + QStringLiteral("/satchel.ini")); // default layout and columns
    const qint64 databaseBytes = QFileInfo(profileDir + QStringLiteral("/satchel.sqlite")).size();
    out << "Database " << fixed(double(databaseBytes) / 1048576.0) << " MiB\n";

    const bool peakReset = resetPeakRss();
    out << "RSS before the first window " << fixed(rssMiB()) << " MiB"
        << (peakReset ? "" : " (the peak could not be reset: it includes the build)") << "\n\n"
        << Qt::flush;

    // Start.
    QList<double> opened, folders, firstPaint, idsLoaded, firstRows;
    std::unique_ptr<MainWindow> window;
    for (int run = 0; run < Runs; ++run) {
        window.reset();
        Start start;
        window = startWindow(app, profileDir, profile->bigId, &start);
        opened.append(start.openedMs);
        folders.append(start.foldersMs);
        firstPaint.append(start.firstPaintMs);
        idsLoaded.append(start.big.loadedMs);
        firstRows.append(start.big.paintedMs);
        if (run + 1 < Runs)
            settle();
    }
    const double rssAfterStart = rssMiB();
    out << "Start to first rows painted:   " << describe(firstRows) << '\n'
        << "  archive opened:              " << describe(opened) << '\n'
        << "  folder tree loaded:          " << describe(folders) << '\n'
        << "  list first painted (empty):  " << describe(firstPaint) << '\n'
        << "  ids of Big loaded:           " << describe(idsLoaded) << '\n'
        << Qt::flush;
    settle();

    MainWindow &w = *window;
    MessageListModel &model = w.messageList();
    QTreeView *view = listView(w);
    const auto inBig = [&] {
        return showsFolder(model, profile->bigId);
    };
    const auto inSmall = [&] {
        return showsFolder(model, profile->smallId);
    };
    const auto top = [view] {
        return topRowLoaded(view);
    };

    // Switching folders.
    QList<double> toSmallLoaded, toSmall, toBigLoaded, toBig;
    for (int run = 0; run < Runs; ++run) {
        const Step small = measureStep(
            app, w, [&w] { w.openFolderNamed(QStringLiteral("Small")); }, inSmall, top, true);
        settle(100);
        const Step big = measureStep(
            app, w, [&w] { w.openFolderNamed(QStringLiteral("Big")); }, inBig, top, true);
        settle(100);
        toSmallLoaded.append(small.loadedMs);
        toSmall.append(small.paintedMs);
        toBigLoaded.append(big.loadedMs);
        toBig.append(big.paintedMs);
    }
    out << "Switch to Small, rows painted: " << describe(toSmall) << '\n'
        << "  loaded():                    " << describe(toSmallLoaded) << '\n'
        << "Back to Big, rows painted:     " << describe(toBig) << '\n'
        << "  loaded():                    " << describe(toBigLoaded) << '\n'
        << Qt::flush;

    // Scrolling to the end and back.
    QList<double> toEnd, toTop;
    for (int run = 0; run < Runs; ++run) {
        toEnd.append(measureStep(
                         app, w, [view] { view->scrollToBottom(); }, inBig,
                         [view] { return bottomRowsLoaded(view); }, false)
                         .paintedMs);
        settle(100);
        toTop.append(measureStep(
                         app, w, [view] { view->scrollToTop(); }, inBig, top, false)
                         .paintedMs);
        settle(100);
    }
    out << "Scroll to the end, painted:    " << describe(toEnd)
        << "\n  (run 1 reads the last page; later runs find it in the model's cache)\n"
        << "Scroll back to the top:        " << describe(toTop) << '\n'
        << Qt::flush;

    // Sorting by Subject and back by Date.
    QList<double> subjectLoaded, subject, dateLoaded, date;
    const auto sortedBy = [&model, inBig](Store::SortColumn column) {
        return [&model, inBig, column] {
            return inBig() && model.query().column == column;
        };
    };
    for (int run = 0; run < Runs; ++run) {
        const Step bySubject = measureStep(
            app, w,
            [view] { view->sortByColumn(MessageListModel::SubjectColumn, Qt::AscendingOrder); },
            sortedBy(Store::SortColumn::Subject), top, true);
        settle(100);
        const Step byDate = measureStep(
            app, w,
            [view] { view->sortByColumn(MessageListModel::DateColumn, Qt::DescendingOrder); },
            sortedBy(Store::SortColumn::Date), top, true);
        settle(100);
        subjectLoaded.append(bySubject.loadedMs);
        subject.append(bySubject.paintedMs);
        dateLoaded.append(byDate.loadedMs);
        date.append(byDate.paintedMs);
    }
    out << "Sort by Subject, rows painted: " << describe(subject) << '\n'
        << "  loaded():                    " << describe(subjectLoaded) << '\n'
        << "Sort back by Date, painted:    " << describe(date) << '\n'
        << "  loaded():                    " << describe(dateLoaded) << '\n'
        << Qt::flush;

    // Searching.
    QList<double> searchLoaded, search;
    int hits = 0;
    for (int run = 0; run < Runs; ++run) {
        const Step step = measureStep(
            app, w, [&w] { w.searchFor(searchWord); }, [&model] { return model.isSearch(); }, top,
            true);
        hits = model.searchTotal();
        settle(100);
        (void)measureStep(
            app, w, [&w] { w.searchFor(QString()); }, inBig, top, true);
        settle(100);
        searchLoaded.append(step.loadedMs);
        search.append(step.paintedMs);
    }
    out << "Search \"" << searchWord << "\" (" << hits
        << " hits), loaded(): " << describe(searchLoaded) << '\n'
        << "  rows painted:                " << describe(search) << '\n';

    const double peak = peakRssMiB();
    out << "\nPeak RSS " << fixed(peak) << " MiB (RSS after the starts " << fixed(rssAfterStart)
        << " MiB, now " << fixed(rssMiB()) << " MiB; model cache " << model.cachedRowCount()
        << " rows, " << model.summaryRequestCount() << " page requests)\n"
        << loadAverage() << " at the end of the window's runs\n"
        << Qt::flush;
    window.reset();

    archiveBreakdown(profileDir, *profile);

    const double first = median(firstRows);
    const double peakMB = peak * 1048576.0 / 1e6;
    out << "\nGoals at " << messages << " messages:\n"
        << "  first rows <= " << GoalFirstRowsMs << " ms: median " << fixed(first)
        << " ms = " << fixed(first / GoalFirstRowsMs * 100, 0) << " % of the goal, "
        << (first >= 0 && first <= GoalFirstRowsMs ? "met" : "not met") << '\n'
        << "  peak RSS <= " << GoalRssMB << " MB: " << fixed(peakMB) << " MB (" << fixed(peak)
        << " MiB) = " << fixed(peakMB / GoalRssMB * 100, 0) << " % of the goal, "
        << (peakMB <= GoalRssMB ? "met" : "not met") << '\n';
    return 0;
}
