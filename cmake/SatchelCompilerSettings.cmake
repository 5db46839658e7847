# Compiler settings shared by every Satchel target: call satchel_target_defaults(target)
# on each library, executable and test.

# Sanitizer flags apply to everything built in this tree, including tests, so that
# objects and the runtime agree.
if(SATCHEL_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# ThreadSanitizer cannot be combined with AddressSanitizer, so it has its own build tree
# (./satchel.sh tsan, build-tsan/). Qt, GLib, GMime and SQLite are not instrumented;
# tests/tsan.supp names the reports that come from inside them.
option(SATCHEL_TSAN "Build with ThreadSanitizer (not together with SATCHEL_SANITIZE)" OFF)
if(SATCHEL_TSAN)
    if(SATCHEL_SANITIZE OR SATCHEL_FUZZ)
        message(FATAL_ERROR "SATCHEL_TSAN cannot be combined with SATCHEL_SANITIZE or SATCHEL_FUZZ")
    endif()
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
endif()

# Fuzz builds instrument everything for coverage; the fuzz targets add libFuzzer's main.
if(SATCHEL_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

function(satchel_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                             -Wnon-virtual-dtor -Wold-style-cast)
    if(SATCHEL_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_KEYWORDS
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# satchel-core may use QtCore, QtNetwork and QtSql but never QtWidgets. Every QtWidgets
# header includes <QtWidgets/qtwidgetsglobal.h>; a directory searched before Qt's own
# holds a header of that name that stops the build with a clear message.
function(satchel_forbid_widgets target)
    target_include_directories(${target} BEFORE PRIVATE
                               ${PROJECT_SOURCE_DIR}/cmake/forbidden)
endfunction()
