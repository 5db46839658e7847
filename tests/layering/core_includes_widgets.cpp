// Compiled only by the layering test, with satchel-core's include path: this include must fail.
#include <QtWidgets/QWidget>
