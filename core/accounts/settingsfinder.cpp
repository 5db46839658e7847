#include "accounts/settingsfinder.h"

#include <algorithm>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "accounts/autoconfig.h"
#include "accounts/capabilityprobe.h"
#include "accounts/srvresolver.h"
#include "logging.h"

namespace Accounts {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Accounts::SettingsFinder)
};

QString securityText(Pop3::Security security)
{
    switch (security) {
    case Pop3::Security::ImplicitTls:
        return Strings::tr("SSL/TLS");
    case Pop3::Security::StartTls:
        return Strings::tr("STARTTLS");
    case Pop3::Security::None:
        break;
    }
    return Strings::tr("no encryption");
}

} // namespace

SettingsFinder::SettingsFinder(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_resolver(new DnsSrvResolver(this))
{
    qRegisterMetaType<Accounts::ProbeResult>();
    m_srvTimer.setSingleShot(true);
    connect(&m_srvTimer, &QTimer::timeout, this, &SettingsFinder::onSrvTimeout);
    m_thread.setObjectName(QStringLiteral("satchel-probe"));
}

SettingsFinder::~SettingsFinder()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void SettingsFinder::setAutoconfigUrls(const QList<QUrl> &urls)
{
    m_autoconfigUrls = urls;
}

void SettingsFinder::setResolver(SrvResolver *resolver)
{
    if (m_resolver == resolver)
        return;
    delete m_resolver;
    m_resolver = resolver;
    if (m_resolver)
        m_resolver->setParent(this);
}

void SettingsFinder::setProbeTargets(const QList<ServerCandidate> &targets)
{
    m_probeTargets = targets;
    m_probeTargetsSet = true;
}

void SettingsFinder::setTlsTrust(const Pop3::TlsTrust &trust)
{
    m_trust = trust;
}

void SettingsFinder::setStepTimeout(int milliseconds)
{
    m_stepTimeoutMs = milliseconds;
}

QList<QUrl> SettingsFinder::defaultAutoconfigUrls(const QString &email)
{
    const QString domain = emailDomain(email);
    if (domain.isEmpty())
        return {};
    QUrl first(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
    first.setQuery(QStringLiteral("emailaddress=%1")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(email.trimmed()))));
    return {
        first,
        QUrl(QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain)),
        QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/%1").arg(domain))};
}

QList<ServerCandidate> SettingsFinder::defaultGuesses(const QString &domain)
{
    QList<ServerCandidate> guesses;
    for (const QString &prefix : {QStringLiteral("pop."), QStringLiteral("mail.")}) {
        for (const Pop3::Security security :
             {Pop3::Security::ImplicitTls, Pop3::Security::StartTls}) {
            ServerCandidate guess;
            guess.host = prefix + domain;
            guess.security = security;
            guess.port = Pop3::defaultPort(security);
            //: Where the wizard found server settings: by trying the usual server names (a noun).
            guess.source = Strings::tr("probe");
            guesses.append(guess);
        }
    }
    return guesses;
}

// GUI thread
void SettingsFinder::find(const QString &email)
{
    cancel();
    ++m_generation;
    m_email = email.trimmed();
    m_domain = emailDomain(m_email);
    if (m_domain.isEmpty()) {
        Q_EMIT progress(Strings::tr("%1 is not an e-mail address.").arg(m_email));
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                Q_EMIT notFound();
        });
        return;
    }
    m_stage = Stage::Autoconfig;
    m_urls = m_autoconfigUrls.isEmpty() ? defaultAutoconfigUrls(m_email) : m_autoconfigUrls;
    m_index = 0;
    nextAutoconfig();
}

// GUI thread
void SettingsFinder::cancel()
{
    ++m_generation;
    m_stage = Stage::Idle;
    m_srvTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    stopProbe();
}

void SettingsFinder::stopProbe()
{
    if (!m_probe)
        return;
    m_probe->disconnect(this);
    QMetaObject::invokeMethod(m_probe, &CapabilityProbe::cancel, Qt::QueuedConnection);
    m_probe->deleteLater(); // in the worker thread, after the cancel
    m_probe = nullptr;
}

void SettingsFinder::nextAutoconfig()
{
    if (m_index >= m_urls.size()) {
        m_stage = Stage::Srv;
        m_index = 0;
        nextSrv();
        return;
    }
    const QUrl url = m_urls.at(m_index++);
    Q_EMIT progress(Strings::tr("Looking for a configuration at %1…").arg(url.host()));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_stepTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if ((received > MaxAutoconfigBytes || total > MaxAutoconfigBytes) && m_reply)
            m_reply->abort(); // finished() follows
    });
    connect(m_reply, &QNetworkReply::finished, this, &SettingsFinder::onReplyFinished);
}

void SettingsFinder::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QString host = reply->url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        qCDebug(lcAccount) << "autoconfig" << reply->url().toDisplayString()
                           << reply->errorString();
        nextAutoconfig();
        return;
    }
    const QByteArray body = reply->read(MaxAutoconfigBytes + 1);
    const AutoconfigResult result = parseAutoconfig(body, m_email, host);
    for (const ServerCandidate &candidate : result.servers) {
        if (candidate.security == Pop3::Security::None)
            continue; // never chosen automatically
        succeed(candidate);
        return;
    }
    if (!result.error.isEmpty())
        Q_EMIT progress(Strings::tr("%1: %2").arg(host, result.error));
    nextAutoconfig();
}

void SettingsFinder::nextSrv()
{
    if (m_index >= 2 || !m_resolver) {
        m_stage = Stage::Probe;
        m_targets = m_probeTargetsSet ? m_probeTargets : defaultGuesses(m_domain);
        m_index = 0;
        nextProbe();
        return;
    }
    const QString service =
        m_index == 0 ? QStringLiteral("_pop3s._tcp.") : QStringLiteral("_pop3._tcp.");
    const QString name = service + m_domain;
    Q_EMIT progress(Strings::tr("Looking up the DNS record %1…").arg(name));
    m_srvTimer.start(m_stepTimeoutMs);
    m_resolver->lookup(
        name, [this, generation = m_generation, index = m_index](const QList<SrvTarget> &targets) {
            if (generation != m_generation || m_stage != Stage::Srv || index != m_index)
                return; // cancelled, timed out or superseded
            onSrvAnswer(targets);
        });
}

void SettingsFinder::onSrvAnswer(const QList<SrvTarget> &targets)
{
    m_srvTimer.stop();
    const Pop3::Security security =
        m_index == 0 ? Pop3::Security::ImplicitTls : Pop3::Security::StartTls;
    QList<SrvTarget> usable;
    for (const SrvTarget &target : targets) {
        QString host = target.host;
        if (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        if (host.isEmpty() || target.port == 0)
            continue; // "." : the service is decidedly not offered
        usable.append({host, target.port, target.priority, target.weight});
    }
    std::stable_sort(usable.begin(), usable.end(), [](const SrvTarget &a, const SrvTarget &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
    ++m_index;
    if (usable.isEmpty()) {
        nextSrv();
        return;
    }
    ServerCandidate candidate;
    candidate.host = usable.first().host;
    candidate.port = usable.first().port;
    candidate.security = security;
    candidate.source = Strings::tr("DNS (SRV)");
    succeed(candidate);
}

void SettingsFinder::onSrvTimeout()
{
    if (m_stage != Stage::Srv)
        return;
    Q_EMIT progress(Strings::tr("The DNS lookup took too long."));
    ++m_index;
    nextSrv();
}

void SettingsFinder::nextProbe()
{
    while (m_index < m_targets.size() && m_targets.at(m_index).security == Pop3::Security::None)
        ++m_index; // plaintext is never probed for an automatic choice
    if (m_index >= m_targets.size()) {
        m_stage = Stage::Idle;
        Q_EMIT progress(Strings::tr("No settings were found. Please enter them yourself."));
        Q_EMIT notFound();
        return;
    }
    const ServerCandidate target = m_targets.at(m_index++);
    Q_EMIT progress(Strings::tr("Trying %1 on port %2 (%3)…")
                        .arg(target.host)
                        .arg(target.port)
                        .arg(securityText(target.security)));
    if (!m_thread.isRunning())
        m_thread.start();
    m_probe = new CapabilityProbe(target, m_trust, m_stepTimeoutMs);
    m_probe->moveToThread(&m_thread);
    connect(m_probe, &CapabilityProbe::finished, this, &SettingsFinder::onProbeFinished);
    QMetaObject::invokeMethod(m_probe, &CapabilityProbe::start, Qt::QueuedConnection);
}

void SettingsFinder::onProbeFinished(const ProbeResult &result)
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (m_stage != Stage::Probe)
        return;
    if (result.ok) {
        succeed(result.candidate);
        return;
    }
    Q_EMIT progress(Strings::tr("%1 on port %2: %3")
                        .arg(result.candidate.host)
                        .arg(result.candidate.port)
                        .arg(result.error.message()));
    nextProbe();
}

void SettingsFinder::succeed(const ServerCandidate &candidate)
{
    m_stage = Stage::Idle;
    Q_EMIT progress(Strings::tr("Found %1 on port %2 (%3).")
                        .arg(candidate.host)
                        .arg(candidate.port)
                        .arg(securityText(candidate.security)));
    Q_EMIT found(candidate);
}

} // namespace Accounts
