#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "pop3/capabilities.h"
#include "pop3/transport.h"

namespace Pop3 {

// One message as the server lists it.
struct ServerMessage
{
    quint32 number = 0;
    qint64 size = 0;
    QByteArray uidl; // empty when the server has no UIDL
};

// What to do in one session, decided from the listing (by the sync planner in the application).
struct FetchPlan
{
    QList<quint32> retrieve; // message numbers, in this order
    QList<quint32> headersOnly; // subset of retrieve fetched with TOP n 0 instead of RETR
    QList<quint32> deleteIfStored; // deleted only after the store confirmed them durable
    QList<quint32> deleteNow; // stored in an earlier session; deleted in this one
};

// How far a requested commit has got (FetchHooks::committed).
enum class CommitState { Pending, Durable, Failed };

// Hooks called in the worker thread: plan once; store for each retrieved message; commit after a
// batch of stored messages (group commit) and before QUIT; deletionsConfirmed once after +OK to
// QUIT. A message is deleted only after a commit that covered it is durable. Without a commit
// hook, each store() that returns true counts as durable at once.
//
// A store that commits on a thread of its own sets requestCommit and committed instead of
// commit: the session then goes on retrieving while a batch is being written, and sends the
// batch's DELEs once committed() says it is on disk (it waits for the last one before QUIT).
struct FetchHooks
{
    std::function<FetchPlan(const QList<ServerMessage> &listing)> plan;
    std::function<bool(const ServerMessage &message, const QByteArray &raw)> store;
    std::function<bool()> commit; // make every message stored so far durable
    // Asks for every message stored so far to be made durable; returns a ticket for committed().
    std::function<quint64()> requestCommit;
    // Whether the commit of a ticket is on disk; with wait, blocks until it is or has failed.
    std::function<CommitState(quint64 ticket, bool wait)> committed;
    std::function<void(const QList<ServerMessage> &deleted)> deletionsConfirmed;
};

// Group commit: a batch is committed after this many messages or bytes, or this long after its
// first message, whichever comes first.
inline constexpr int CommitBatchMessages = 200;
inline constexpr qint64 CommitBatchBytes = 16 * 1024 * 1024;
inline constexpr int CommitBatchIntervalMs = 1000;

struct FetchProgress
{
    int messagesDone = 0;
    int messagesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

struct FetchSummary
{
    int messagesOnServer = 0;
    int retrieved = 0;
    int deleted = 0;
    qint64 bytesRetrieved = 0;
    TlsInfo tls;
    Capabilities capabilities;
    QString protocolLog;
};

} // namespace Pop3

Q_DECLARE_METATYPE(Pop3::FetchProgress)
Q_DECLARE_METATYPE(Pop3::FetchSummary)
Q_DECLARE_METATYPE(Pop3::Error)
