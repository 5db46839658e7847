#include "sync/keychain.h"

#include <QCoreApplication>
#include <QTimer>

#include "qt6keychain/keychain.h"

namespace Sync::Keychain {

namespace {

const QString passwordService = QStringLiteral("satchel");
const QString refreshTokenService = QStringLiteral("satchel-oauth2");

QString unreachable()
{
    return QCoreApplication::translate("Sync::Keychain",
                                       "no keychain is reachable (no D-Bus session)");
}

template<typename Job>
void run(Job *job, QObject *context, std::function<void(const Result &)> done)
{
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        Result result;
        result.ok = job->error() == QKeychain::NoError;
        if (!result.ok)
            result.error = job->errorString();
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
            if (result.ok)
                result.password = job->textData();
        }
        done(result);
    });
    job->start(); // deletes itself when finished (autoDelete)
}

void failLater(QObject *context, std::function<void(const Result &)> done)
{
    QTimer::singleShot(0, context, [done = std::move(done)] { done({false, {}, unreachable()}); });
}

} // namespace

bool reachable()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

namespace {

void readSecret(const QString &service, const QString &key, QObject *context,
                std::function<void(const Result &)> done)
{
    if (!reachable())
        return failLater(context, std::move(done));
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void writeSecret(const QString &service, const QString &key, const QString &secret,
                 QObject *context, std::function<void(const Result &)> done)
{
    if (!reachable())
        return failLater(context, std::move(done));
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void deleteSecret(const QString &service, const QString &key, QObject *context,
                  std::function<void(const Result &)> done)
{
    if (!reachable())
        return failLater(context, std::move(done));
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    run(job, context, std::move(done));
}

} // namespace

void readPassword(const QString &accountName, QObject *context,
                  std::function<void(const Result &)> done)
{
    readSecret(passwordService, accountName, context, std::move(done));
}

void writePassword(const QString &accountName, const QString &password, QObject *context,
                   std::function<void(const Result &)> done)
{
    writeSecret(passwordService, accountName, password, context, std::move(done));
}

void deletePassword(const QString &accountName, QObject *context,
                    std::function<void(const Result &)> done)
{
    deleteSecret(passwordService, accountName, context, std::move(done));
}

void readRefreshToken(const QString &accountName, QObject *context,
                      std::function<void(const Result &)> done)
{
    readSecret(refreshTokenService, accountName, context, std::move(done));
}

void writeRefreshToken(const QString &accountName, const QString &refreshToken, QObject *context,
                       std::function<void(const Result &)> done)
{
    writeSecret(refreshTokenService, accountName, refreshToken, context, std::move(done));
}

void deleteRefreshToken(const QString &accountName, QObject *context,
                        std::function<void(const Result &)> done)
{
    deleteSecret(refreshTokenService, accountName, context, std::move(done));
}

} // namespace Sync::Keychain
