#include "accounts/srvresolver.h"

#include <QDnsLookup>

namespace Accounts {

void DnsSrvResolver::lookup(const QString &name, std::function<void(const QList<SrvTarget> &)> done)
{
    auto *dns = new QDnsLookup(QDnsLookup::SRV, name, this);
    connect(dns, &QDnsLookup::finished, this, [dns, done = std::move(done)] {
        QList<SrvTarget> targets;
        if (dns->error() == QDnsLookup::NoError) {
            const QList<QDnsServiceRecord> records = dns->serviceRecords();
            for (const QDnsServiceRecord &record : records)
                targets.append(
                    {record.target(), record.port(), record.priority(), record.weight()});
        }
        dns->deleteLater();
        done(targets);
    });
    dns->lookup();
}

} // namespace Accounts
