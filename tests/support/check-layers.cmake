# The layering check (ctest `layers`): fails when a source file includes a header of a layer it may not use.
#   cmake -DSOURCE_DIR=<tree> -P check-layers.cmake
#
# A file's layer is its folder; an include's layer is its first path component ("storage/database.h" is the
# storage layer, "ui/xero/xeropane.h" the UI). Includes without a folder name a file beside the includer.
# The rules (docs/architecture.md):
#   domain  (app/core)     knows nothing else
#   storage (app/storage)  knows domain
#   xero    (app/xero)     knows domain: the Xero adapter never reads the database or the settings
#   sync    (app/sync)     knows storage, xero and domain
#   render  (app/render)   knows storage and domain: what a person reads (amounts, the invoice's pages, PDF)
#   cli     (app/cli)      knows sync, render, storage and domain
#   ui      (ui/)          knows sync, render, storage and domain
#   root    (app/main.cpp) knows everything
# Tests may use any layer. "billhook/version.h" is generated for every layer. A path that climbs out of its
# folder ("../storage/x.h") is refused everywhere: it would hide a layer from this check.
cmake_policy(VERSION 3.21)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<tree> -P check-layers.cmake")
endif()

set(allowed_domain domain)
set(allowed_storage domain storage)
set(allowed_xero domain xero)
set(allowed_sync domain storage xero sync)
set(allowed_render domain storage render)
set(allowed_cli domain storage sync render cli)
set(allowed_ui domain storage sync render ui)
set(allowed_root domain storage xero sync render cli ui)

# An include's first folder -> its layer.
set(layer_of_core domain)
set(layer_of_storage storage)
set(layer_of_xero xero)
set(layer_of_sync sync)
set(layer_of_render render)
set(layer_of_cli cli)
set(layer_of_ui ui)

file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
set(violations 0)
set(checked 0)
foreach(file IN LISTS files)
    if(file MATCHES "^app/core/")
        set(layer domain)
    elseif(file MATCHES "^app/(storage|xero|sync|render|cli)/")
        set(layer ${CMAKE_MATCH_1})
    elseif(file STREQUAL "app/main.cpp")
        set(layer root)
    elseif(file MATCHES "^ui/")
        set(layer ui)
    else()
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    file(STRINGS ${SOURCE_DIR}/${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*$" "\\1" header "${line}")
        if(header MATCHES "(^|/)\\.\\./")
            message(STATUS "${file}: #include \"${header}\" climbs out of its folder; name the layer instead")
            math(EXPR violations "${violations} + 1")
            continue()
        endif()
        if(header STREQUAL "billhook/version.h" OR NOT header MATCHES "/")
            continue()
        endif()
        string(REGEX REPLACE "/.*$" "" first "${header}")
        if(NOT DEFINED layer_of_${first})
            message(STATUS "${file}: #include \"${header}\" names no layer of Billhook (core, storage, xero, sync, render, cli, ui)")
            math(EXPR violations "${violations} + 1")
            continue()
        endif()
        set(target_layer ${layer_of_${first}})
        if(NOT target_layer IN_LIST allowed_${layer})
            message(STATUS "${file}: the ${layer} layer may not include \"${header}\" (the ${target_layer} layer); it may use: ${allowed_${layer}}")
            math(EXPR violations "${violations} + 1")
        endif()
    endforeach()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "No source file found under ${SOURCE_DIR}/app or ${SOURCE_DIR}/ui")
endif()
if(violations GREATER 0)
    message(FATAL_ERROR "${violations} include(s) break the layering (docs/architecture.md)")
endif()
message(STATUS "Layering: ${checked} files checked, every include within its layer's rules")
