#pragma once

#include <QCoreApplication>

namespace Store {

// The translation context of MessageStore's strings, for the files that implement it: lupdate
// finds the struct through the include and files every MessageStoreStrings::tr() under
// Store::MessageStore, the context the running program looks up (tst_translations checks).
struct MessageStoreStrings
{
    Q_DECLARE_TR_FUNCTIONS(Store::MessageStore)
};

} // namespace Store
