#include "faultproxy.h"

#include <algorithm>
#include <deque>

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

// One proxied connection: the client's socket, the socket to the target, and one pipe per
// direction. Lives in the proxy thread and deletes itself once both sockets are closed.
class FaultProxy::Connection final : public QObject
{
public:
    Connection(FaultProxy *proxy, QTcpSocket *client, QObject *parent);

private:
    // A piece of the stream waiting to be written, due at a time (latency) and possibly paced.
    struct Chunk
    {
        qint64 due = 0;
        QByteArray bytes;
        bool paced = false;
        bool close = false; // nothing follows: close (both sides if cut)
        bool cut = false;
    };
    struct Pipe
    {
        Direction direction = Direction::ServerToClient;
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        qint64 read = 0; // bytes read from `from`
        qint64 faultAt = -1; // where the plan's fault fires in this pipe; -1: not known yet
        QByteArray tail; // the last bytes read, while looking for the anchor
        bool stalled = false;
        bool ended = false; // a close is queued; later bytes are dropped
        qint64 pacedLeft = 0; // bytes still to pace; -1: to the end
        qint64 lastDue = 0;
        std::deque<Chunk> queue;
        QTimer *timer = nullptr;
    };

    void onReadable(Pipe &pipe);
    void findFault(Pipe &pipe, const QByteArray &bytes, qint64 start);
    void onSourceClosed(Pipe &pipe);
    void enqueue(Pipe &pipe, QByteArray bytes, bool paced);
    void enqueueClose(Pipe &pipe, bool cut);
    void flush(Pipe &pipe);
    void write(Pipe &pipe, const QByteArray &bytes);
    void closeBoth();
    void deleteWhenClosed();

    FaultProxy *m_proxy;
    Settings m_settings;
    QElapsedTimer m_clock;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    bool m_upstreamConnected = false;
    Pipe m_down; // server to client
    Pipe m_up; // client to server
};

FaultProxy::Connection::Connection(FaultProxy *proxy, QTcpSocket *client, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_settings(proxy->settings())
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
{
    m_clock.start();
    client->setParent(this);
    m_down.direction = Direction::ServerToClient;
    m_down.from = m_upstream;
    m_down.to = m_client;
    m_up.direction = Direction::ClientToServer;
    m_up.from = m_client;
    m_up.to = m_upstream;
    for (Pipe *pipe : {&m_down, &m_up}) {
        pipe->timer = new QTimer(this);
        pipe->timer->setSingleShot(true);
        pipe->timer->setTimerType(Qt::PreciseTimer);
        connect(pipe->timer, &QTimer::timeout, this, [this, pipe] { flush(*pipe); });
        connect(pipe->from, &QTcpSocket::readyRead, this, [this, pipe] { onReadable(*pipe); });
        connect(pipe->from, &QTcpSocket::disconnected, this,
                [this, pipe] { onSourceClosed(*pipe); });
        connect(pipe->to, &QTcpSocket::disconnected, this, &Connection::deleteWhenClosed);
    }
    // The client's bytes wait in its socket until the target is connected.
    connect(m_upstream, &QTcpSocket::connected, this, [this] { onReadable(m_up); });
    connect(m_upstream, &QTcpSocket::connected, this, [this] { m_upstreamConnected = true; });
    connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
        if (!m_upstreamConnected)
            closeBoth(); // the target refused: so does the proxy
    });
    m_upstream->connectToHost(proxy->m_targetHost, proxy->m_targetPort);
}

void FaultProxy::Connection::onReadable(Pipe &pipe)
{
    if (pipe.to->state() != QAbstractSocket::ConnectedState)
        return; // the client's bytes before the target answers; read on `connected`
    QByteArray bytes = pipe.from->readAll();
    if (bytes.isEmpty())
        return;
    m_proxy->record(pipe.direction, bytes);
    const qint64 start = pipe.read;
    pipe.read += bytes.size();
    if (pipe.stalled || pipe.ended)
        return;

    const Plan &plan = m_settings.plan;
    if (plan.fault != Fault::None && plan.direction == pipe.direction && pipe.faultAt == -1)
        findFault(pipe, bytes, start);
    if (pipe.faultAt >= start && pipe.faultAt < pipe.read) {
        const qsizetype at = qsizetype(pipe.faultAt - start);
        pipe.faultAt = -2; // fired
        m_proxy->markFaultFired();
        switch (plan.fault) {
        case Fault::Cut:
            enqueue(pipe, bytes.left(at), false);
            enqueueClose(pipe, true);
            return;
        case Fault::Stall:
            enqueue(pipe, bytes.left(at), false);
            pipe.stalled = true;
            return;
        case Fault::Corrupt:
            bytes[at] = char(bytes.at(at) ^ plan.corruptMask);
            break;
        case Fault::Slow:
            enqueue(pipe, bytes.left(at), false);
            bytes.remove(0, at);
            pipe.pacedLeft = plan.slowLength > 0 ? plan.slowLength : -1;
            break;
        case Fault::None:
            break;
        }
    }
    if (pipe.pacedLeft == 0) {
        enqueue(pipe, bytes, false);
        return;
    }
    const qsizetype paced = pipe.pacedLeft < 0 ? bytes.size() : qMin(bytes.size(), pipe.pacedLeft);
    if (pipe.pacedLeft > 0)
        pipe.pacedLeft -= paced;
    enqueue(pipe, bytes.left(paced), true);
    if (paced < bytes.size())
        enqueue(pipe, bytes.mid(paced), false);
}

void FaultProxy::Connection::findFault(Pipe &pipe, const QByteArray &bytes, qint64 start)
{
    const Plan &plan = m_settings.plan;
    if (plan.anchor.isEmpty()) {
        pipe.faultAt = plan.offset;
        return;
    }
    const QByteArray window = pipe.tail + bytes;
    const qsizetype found = window.indexOf(plan.anchor);
    if (found >= 0) {
        pipe.faultAt = start - pipe.tail.size() + found + plan.anchor.size() + plan.offset;
        return;
    }
    const qsizetype keep = qMin(qsizetype(64), plan.anchor.size() - 1);
    pipe.tail = window.right(keep);
}

void FaultProxy::Connection::onSourceClosed(Pipe &pipe)
{
    onReadable(pipe); // whatever arrived with the close
    if (!pipe.ended && !pipe.stalled)
        enqueueClose(pipe, false);
    deleteWhenClosed();
}

void FaultProxy::Connection::enqueue(Pipe &pipe, QByteArray bytes, bool paced)
{
    if (bytes.isEmpty())
        return;
    // A fixed latency per chunk, never earlier than the chunk before it: order is kept.
    pipe.lastDue = std::max(pipe.lastDue, m_clock.elapsed() + m_settings.latencyMs);
    pipe.queue.push_back({pipe.lastDue, std::move(bytes), paced, false, false});
    if (pipe.queue.size() == 1)
        flush(pipe);
}

void FaultProxy::Connection::enqueueClose(Pipe &pipe, bool cut)
{
    pipe.ended = true;
    pipe.lastDue = std::max(pipe.lastDue, m_clock.elapsed() + m_settings.latencyMs);
    pipe.queue.push_back({pipe.lastDue, {}, false, true, cut});
    if (pipe.queue.size() == 1)
        flush(pipe);
}

void FaultProxy::Connection::flush(Pipe &pipe)
{
    const qint64 now = m_clock.elapsed();
    while (!pipe.queue.empty() && pipe.queue.front().due <= now) {
        Chunk &front = pipe.queue.front();
        if (front.close) {
            const bool cut = front.cut;
            pipe.queue.clear();
            if (cut)
                closeBoth();
            else
                pipe.to->disconnectFromHost();
            return;
        }
        if (front.paced) {
            const int step = qMax(1, m_settings.plan.slowBytesPerTick);
            write(pipe, front.bytes.left(step));
            front.bytes.remove(0, qMin(qsizetype(step), front.bytes.size()));
            if (front.bytes.isEmpty())
                pipe.queue.pop_front();
            if (!pipe.queue.empty())
                pipe.timer->start(qMax(0, m_settings.plan.slowTickMs));
            return;
        }
        write(pipe, front.bytes);
        pipe.queue.pop_front();
    }
    if (!pipe.queue.empty() && !pipe.timer->isActive())
        pipe.timer->start(int(pipe.queue.front().due - now));
}

void FaultProxy::Connection::write(Pipe &pipe, const QByteArray &bytes)
{
    if (pipe.to->state() != QAbstractSocket::ConnectedState)
        return;
    pipe.to->write(bytes);
    m_proxy->countForwarded(pipe.direction, bytes.size());
}

void FaultProxy::Connection::closeBoth()
{
    for (Pipe *pipe : {&m_down, &m_up}) {
        pipe->ended = true;
        pipe->queue.clear();
        pipe->timer->stop();
    }
    m_client->disconnectFromHost();
    m_upstream->disconnectFromHost();
    if (m_upstream->state() != QAbstractSocket::UnconnectedState
        && m_upstream->state() != QAbstractSocket::ConnectedState)
        m_upstream->abort(); // still connecting
    deleteWhenClosed();
}

void FaultProxy::Connection::deleteWhenClosed()
{
    const auto closed = [](const Pipe &pipe) {
        return pipe.from->state() == QAbstractSocket::UnconnectedState
            && (pipe.queue.empty() || pipe.stalled || pipe.ended);
    };
    if (closed(m_down) && closed(m_up)) {
        m_down.timer->stop();
        m_up.timer->stop();
        deleteLater();
    }
}

// ---- FaultProxy -----------------------------------------------------------------------------

FaultProxy::FaultProxy(QString targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{ }

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start()
{
    if (m_thread)
        return m_port != 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("FaultProxy"));
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new QTcpServer(m_context);
            connect(m_server, &QTcpServer::newConnection, m_context, [this] { onNewConnection(); });
            if (m_server->listen(QHostAddress::LocalHost, 0))
                m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        stop();
        return false;
    }
    return true;
}

void FaultProxy::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            const QList<QObject *> children = m_context->children();
            qDeleteAll(children);
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    m_context = nullptr;
    m_thread.reset();
    m_port = 0;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        m_connections.fetch_add(1);
        new Connection(this, client, m_context);
    }
}

void FaultProxy::setPlan(const Plan &plan)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.plan = plan;
}

void FaultProxy::setLatencyMs(int milliseconds)
{
    const QMutexLocker lock(&m_mutex);
    m_settings.latencyMs = qMax(0, milliseconds);
}

FaultProxy::Settings FaultProxy::settings() const
{
    const QMutexLocker lock(&m_mutex);
    return m_settings;
}

void FaultProxy::startRecording(qsizetype maxBytes)
{
    const QMutexLocker lock(&m_mutex);
    m_recording = true;
    m_recordLimit = maxBytes;
    m_recorded[0].clear();
    m_recorded[1].clear();
}

QByteArray FaultProxy::recorded(Direction direction) const
{
    const QMutexLocker lock(&m_mutex);
    return m_recorded[int(direction)];
}

void FaultProxy::record(Direction direction, const QByteArray &bytes)
{
    const QMutexLocker lock(&m_mutex);
    QByteArray &kept = m_recorded[int(direction)];
    if (m_recording && kept.size() < m_recordLimit)
        kept += bytes.left(m_recordLimit - kept.size());
}

qint64 FaultProxy::bytesForwarded(Direction direction) const
{
    return m_forwarded[int(direction)].load();
}

void FaultProxy::countForwarded(Direction direction, qint64 bytes)
{
    m_forwarded[int(direction)].fetch_add(bytes);
}

void FaultProxy::resetCounters()
{
    m_forwarded[0].store(0);
    m_forwarded[1].store(0);
    m_connections.store(0);
    m_faultFired.store(false);
}
