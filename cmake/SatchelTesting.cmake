# satchel_add_test(<name> LABEL <unit|integration|gui|fuzz|bench> SOURCES ... [LIBRARIES ...]
#                  [TIMEOUT seconds] [ENVIRONMENT VAR=value ...])
#
# Builds a Qt Test executable named <name> and registers it with CTest under that label.
# GUI tests link satchel-ui and run on the offscreen platform. Every test gets
#   TEST_DATA_DIR     - tests/data in the source tree
#   SATCHEL_SHARED_DIR - the shared folder beside the project (corpus, EAST cases); tests that
#                        use it must QSKIP cleanly when it is absent.
set(SATCHEL_TEST_LABELS unit integration gui fuzz bench)

function(satchel_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT" ${ARGN})
    if(NOT ARG_LABEL IN_LIST SATCHEL_TEST_LABELS)
        message(FATAL_ERROR "satchel_add_test(${name}): LABEL must be one of ${SATCHEL_TEST_LABELS}")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()

    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test satchel-core ${ARG_LIBRARIES})
    if(ARG_LABEL STREQUAL "gui")
        target_link_libraries(${name} PRIVATE satchel-ui)
    endif()
    satchel_target_defaults(${name})
    target_compile_definitions(${name} PRIVATE
        TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SATCHEL_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/bin)

    add_test(NAME ${name} COMMAND ${name})
    set(environment QT_QPA_PLATFORM=offscreen ${ARG_ENVIRONMENT})
    set_tests_properties(${name} PROPERTIES
        LABELS ${ARG_LABEL}
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${environment}")
endfunction()
