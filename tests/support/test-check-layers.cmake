# Proves the layering check can fail: plants a forbidden include in a copy of a tiny tree and expects the
# check to refuse it, naming the file and the rule; the same tree without the planted include passes.
#   cmake -DCHECK=<check-layers.cmake> -DWORK_DIR=<scratch folder> -P test-check-layers.cmake
cmake_policy(VERSION 3.21)
set(tree ${WORK_DIR}/planted)
file(REMOVE_RECURSE ${tree})
file(WRITE ${tree}/app/core/money.h "#pragma once\n")
file(WRITE ${tree}/app/storage/database.h "#pragma once\n#include \"core/money.h\"\n")
file(WRITE ${tree}/app/xero/client.cpp "#include \"client.h\"\n#include \"core/money.h\"\n")
file(WRITE ${tree}/app/sync/engine.cpp "#include \"storage/database.h\"\n#include \"xero/client.h\"\n")
file(WRITE ${tree}/ui/xero/pane.cpp "#include \"ui/xero/pane.h\"\n#include \"sync/engine.h\"\n")
file(WRITE ${tree}/app/render/page.cpp "#include \"storage/database.h\"\n")
file(WRITE ${tree}/app/cli/pdf.cpp "#include \"render/page.h\"\n#include \"sync/engine.h\"\n")

function(run_check expect_ok what)
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${tree} -P ${CHECK}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(all "${out}${err}")
    if(expect_ok AND NOT rc EQUAL 0)
        message(FATAL_ERROR "${what}: the check failed on a tree that keeps the rules:\n${all}")
    endif()
    if(NOT expect_ok AND rc EQUAL 0)
        message(FATAL_ERROR "${what}: the check passed a planted include:\n${all}")
    endif()
    set(last_output "${all}" PARENT_SCOPE)
endfunction()

run_check(TRUE "clean tree")

# The Xero adapter reaching into storage.
file(APPEND ${tree}/app/xero/client.cpp "#include \"storage/database.h\"\n")
run_check(FALSE "xero -> storage")
if(NOT last_output MATCHES "app/xero/client.cpp: the xero layer may not include \"storage/database.h\"")
    message(FATAL_ERROR "The check did not name the file and the rule:\n${last_output}")
endif()
file(WRITE ${tree}/app/xero/client.cpp "#include \"client.h\"\n")

# The UI using the Xero adapter directly (the "xero/" of app/xero, not ui/xero).
file(APPEND ${tree}/ui/xero/pane.cpp "#include \"xero/client.h\"\n")
run_check(FALSE "ui -> xero")
file(WRITE ${tree}/ui/xero/pane.cpp "#include \"sync/engine.h\"\n")

# The render layer (which the command line links) reaching into the UI.
file(APPEND ${tree}/app/render/page.cpp "#include \"ui/xero/pane.h\"\n")
run_check(FALSE "render -> ui")
file(WRITE ${tree}/app/render/page.cpp "#include \"storage/database.h\"\n")

# The domain knowing anything else, and a path that climbs out of its folder.
file(APPEND ${tree}/app/core/money.h "#include \"storage/database.h\"\n")
run_check(FALSE "domain -> storage")
file(WRITE ${tree}/app/core/money.h "#pragma once\n#include \"../storage/database.h\"\n")
run_check(FALSE "climbing include")
file(WRITE ${tree}/app/core/money.h "#pragma once\n")

run_check(TRUE "clean again")
message(STATUS "The layering check refuses every planted include")
