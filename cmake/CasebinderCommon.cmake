# One INTERFACE target carries the language standard, warnings and Qt defines for every
# Casebinder target, so that each folder's CMakeLists only says what it builds.
add_library(casebinder_common INTERFACE)
add_library(Casebinder::Common ALIAS casebinder_common)

target_compile_features(casebinder_common INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(casebinder_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CASEBINDER_VERSION="${PROJECT_VERSION}")

target_compile_options(casebinder_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wno-missing-field-initializers)

if(CASEBINDER_SANITIZE)
    target_compile_options(casebinder_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(casebinder_common INTERFACE -fsanitize=address,undefined)
endif()
