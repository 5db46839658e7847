// This header shadows Qt's own for targets that must not depend on QtWidgets.
// See satchel_forbid_widgets() in cmake/SatchelCompilerSettings.cmake.
#error "satchel-core must not use QtWidgets: move this code to ui/ (see DESIGN.md, Layout)"
