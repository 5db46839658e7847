#pragma once

#include <atomic>
#include <memory>

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>

class QThread;
class QTcpServer;

// A loopback TCP proxy for fault injection and latency: listens on 127.0.0.1 (a free port) and
// forwards every connection to targetHost:targetPort byte for byte, in both directions. TLS
// passes through untouched (so a corrupted TLS byte is a TLS error at the client).
//
// In the direction a Plan names, once a connection has read `offset` bytes from that side:
//   Cut     - forward the bytes before the offset, then close both sides;
//   Stall   - forward the bytes before the offset, then nothing more that way (sockets stay open
//             until a side closes; what is held back is dropped, so memory stays bounded);
//   Slow    - from the offset on, forward slowBytesPerTick bytes every slowTickMs (for
//             slowLength bytes, or to the end when 0; what waits is kept in memory, so keep the
//             streams of slowed or delayed sessions test-sized);
//   Corrupt - XOR the byte at the offset with corruptMask.
// Besides, every chunk can be delayed by a fixed latency each way (order is kept), to make
// loopback behave like a distant server.
//
// Offsets count per connection, from its first byte or from an anchor. The fault applies to every
// connection accepted while it is set; faultFired() says whether one reached its offset. The proxy
// runs in its own thread, so it keeps forwarding while the code under test blocks (an in-process
// client or a waitFor* call). Configure it from one thread; the counters may be read from any
// thread.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Direction {
        ServerToClient,
        ClientToServer,
    };
    enum class Fault {
        None,
        Cut,
        Stall,
        Slow,
        Corrupt,
    };
    struct Plan
    {
        Fault fault = Fault::None;
        Direction direction = Direction::ServerToClient;
        qint64 offset = 0;
        // When set, offset counts from the end of the first occurrence of these bytes in that
        // direction (at most 64 bytes), so that a variable-length line before it (a greeting
        // with a timestamp) does not move the fault.
        QByteArray anchor;
        char corruptMask = 0x01;
        int slowBytesPerTick = 16;
        int slowTickMs = 1;
        qint64 slowLength = 0; // 0: to the end of the connection
    };

    FaultProxy(QString targetHost, quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Starts the proxy thread and listens; false if no port could be bound.
    [[nodiscard]] bool start();
    // Closes every connection and ends the thread. Safe to call when not running.
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }

    // For connections accepted from now on.
    void setPlan(const Plan &plan);
    void clearPlan() { setPlan({}); }
    void setLatencyMs(int milliseconds);
    // Keeps the first maxBytes read in each direction (of all connections), for a test to find
    // where things happen in a session; off by default. Starting again clears what was kept.
    void startRecording(qsizetype maxBytes = 16 * 1024 * 1024);
    [[nodiscard]] QByteArray recorded(Direction direction) const;

    // Counters since start() or resetCounters().
    [[nodiscard]] qint64 bytesForwarded(Direction direction) const;
    [[nodiscard]] int connectionsAccepted() const { return m_connections.load(); }
    [[nodiscard]] bool faultFired() const { return m_faultFired.load(); }
    void resetCounters();

private:
    class Connection; // one proxied connection, in the proxy thread (faultproxy.cpp)
    struct Settings
    {
        Plan plan;
        int latencyMs = 0;
    };
    [[nodiscard]] Settings settings() const;
    void record(Direction direction, const QByteArray &bytes);
    void countForwarded(Direction direction, qint64 bytes);
    void markFaultFired() { m_faultFired.store(true); }
    void onNewConnection(); // proxy thread

    QString m_targetHost;
    quint16 m_targetPort;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; // lives in m_thread; parent of the server and connections
    QTcpServer *m_server = nullptr;

    mutable QMutex m_mutex;
    Settings m_settings;
    bool m_recording = false;
    qsizetype m_recordLimit = 0;
    QByteArray m_recorded[2];

    std::atomic<qint64> m_forwarded[2] = {0, 0};
    std::atomic<int> m_connections = 0;
    std::atomic<bool> m_faultFired = false;
};
