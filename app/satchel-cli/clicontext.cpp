#include "clicontext.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include "store/messagestore.h"

namespace Cli {

Context::Context(QString profileDir)
    : out(stdout)
    , err(stderr)
    , m_profileDir(std::move(profileDir))
{ }

Context::~Context() = default;

Store::MessageStore *Context::store()
{
    if (m_store)
        return m_store.get();
    auto store = std::make_unique<Store::MessageStore>();
    if (!store->open(m_profileDir)) {
        fail(ExitCode::Store, store->errorString());
        return nullptr;
    }
    m_store = std::move(store);
    return m_store.get();
}

int Context::fail(int code, const QString &message)
{
    err << "satchel-cli: " << message << Qt::endl;
    return code;
}

int exitCodeFor(const Pop3::Error &error)
{
    using Pop3::ErrorKind;
    switch (error.kind) {
    case ErrorKind::None:
        return Success;
    case ErrorKind::TlsHandshakeFailed:
    case ErrorKind::CertificateUntrusted:
    case ErrorKind::StartTlsUnavailable:
    case ErrorKind::StartTlsRefused:
    case ErrorKind::StartTlsInjection:
        return Tls;
    case ErrorKind::PlaintextAuthForbidden:
    case ErrorKind::NoSuitableMechanism:
    case ErrorKind::InvalidCredentialsText:
    case ErrorKind::AuthenticationFailed:
        return Auth;
    case ErrorKind::LocalStoreFailed:
        return Store;
    case ErrorKind::Cancelled:
    case ErrorKind::UnsupportedByServer:
    case ErrorKind::CommandFailed:
        return Failure;
    default:
        return Network;
    }
}

} // namespace Cli
