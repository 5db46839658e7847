#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QString>

class QDnsLookup;

namespace Accounts {

// One DNS SRV record (RFC 2782), as RFC 6186 uses them for _pop3s._tcp and _pop3._tcp.
struct SrvTarget
{
    QString host; // "." means the service is not offered
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// Looks up SRV records; injected into SettingsFinder so tests need no DNS. done runs once, later,
// on the resolver's thread, with the records (an empty list when there are none or on failure).
class SrvResolver : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SrvResolver() override = default;

    virtual void lookup(const QString &name,
                        std::function<void(const QList<SrvTarget> &)> done) = 0;
};

// The real resolver: QDnsLookup with the system's name servers.
class DnsSrvResolver final : public SrvResolver
{
    Q_OBJECT

public:
    using SrvResolver::SrvResolver;

    void lookup(const QString &name, std::function<void(const QList<SrvTarget> &)> done) override;
};

} // namespace Accounts
