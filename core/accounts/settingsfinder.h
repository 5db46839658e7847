#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include "accounts/servercandidate.h"
#include "pop3/ssltransport.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Accounts {

class CapabilityProbe;
class SrvResolver;
struct ProbeResult;
struct SrvTarget;

// Finds the POP3 server for an e-mail address, in this order:
//   1. Mozilla autoconfiguration over HTTPS: autoconfig.<domain>/mail/config-v1.1.xml, then
//      <domain>/.well-known/autoconfig/mail/config-v1.1.xml, then Thunderbird's ISPDB;
//   2. RFC 6186 SRV records: _pop3s._tcp.<domain> (TLS), then _pop3._tcp.<domain> (STARTTLS);
//   3. guesses probed with CAPA (no login): pop.<domain> and mail.<domain>, each on 995 with TLS,
//      then on 110 with STARTTLS.
// Plaintext is never chosen: such candidates are skipped. Every step has a timeout. The wizard
// starts it and observes progress() and then exactly one of found() or notFound().
// GUI thread; the probes run in a worker thread of their own.
class SettingsFinder final : public QObject
{
    Q_OBJECT

public:
    explicit SettingsFinder(QObject *parent = nullptr);
    ~SettingsFinder() override; // cancels a running search and waits for the probe thread

    // For tests: replace the autoconfiguration URLs (used exactly as given, in order), the SRV
    // resolver (the finder takes ownership), the probe targets (instead of the guesses), the
    // extra trust for probes, and the timeout of each step.
    void setAutoconfigUrls(const QList<QUrl> &urls);
    void setResolver(SrvResolver *resolver);
    void setProbeTargets(const QList<ServerCandidate> &targets);
    void setTlsTrust(const Pop3::TlsTrust &trust);
    void setStepTimeout(int milliseconds);

    void find(const QString &email); // GUI thread
    void cancel(); // GUI thread; no signal follows
    [[nodiscard]] bool isRunning() const { return m_stage != Stage::Idle; }

    [[nodiscard]] static QList<QUrl> defaultAutoconfigUrls(const QString &email);
    [[nodiscard]] static QList<ServerCandidate> defaultGuesses(const QString &domain);

Q_SIGNALS:
    void progress(const QString &text);
    void found(const Accounts::ServerCandidate &candidate);
    void notFound();

private:
    enum class Stage {
        Idle,
        Autoconfig,
        Srv,
        Probe,
    };

    void nextAutoconfig();
    void onReplyFinished();
    void nextSrv();
    void onSrvAnswer(const QList<SrvTarget> &targets);
    void onSrvTimeout();
    void nextProbe();
    void onProbeFinished(const ProbeResult &result);
    void succeed(const ServerCandidate &candidate);
    void stopProbe();

    QNetworkAccessManager *m_network = nullptr;
    SrvResolver *m_resolver = nullptr;
    QList<QUrl> m_autoconfigUrls; // empty: the defaults
    QList<ServerCandidate> m_probeTargets; // empty: the guesses
    bool m_probeTargetsSet = false;
    Pop3::TlsTrust m_trust;
    int m_stepTimeoutMs = 15000;

    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0; // answers from an earlier find() carry an older number
    QString m_email;
    QString m_domain;
    QList<QUrl> m_urls;
    QList<ServerCandidate> m_targets;
    qsizetype m_index = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_srvTimer;
    QThread m_thread;
    CapabilityProbe *m_probe = nullptr; // lives in m_thread
};

} // namespace Accounts
