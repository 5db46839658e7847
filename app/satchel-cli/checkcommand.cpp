#include "checkcommand.h"

#include "clicontext.h"
#include "store/messagestore.h"

namespace Cli {

int runCheckCommand(Context &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.fail(Usage, tr("usage: check"));
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    const QStringList problems = store->database().quickCheck(100);
    if (problems.isEmpty()) {
        context.out << "ok" << Qt::endl;
        return Success;
    }
    for (const QString &problem : problems)
        context.out << problem << Qt::endl;
    return context.fail(Store,
                        tr("the archive is damaged (%n problem(s) listed); copy the "
                           "profile folder somewhere safe before anything else",
                           nullptr, int(problems.size())));
}

} // namespace Cli
