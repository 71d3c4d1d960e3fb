# Fails when any C++ source under app/, ui/ or tests/ is not clang-formatted.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(unformatted "")
foreach(f IN LISTS sources)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${f}
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND unformatted ${f})
    endif()
endforeach()
list(LENGTH sources count)
if(unformatted)
    list(JOIN unformatted "\n  " text)
    message(FATAL_ERROR "Not clang-formatted (run clang-format -i on them):\n  ${text}")
endif()
message(STATUS "${count} files checked, all clang-formatted")
