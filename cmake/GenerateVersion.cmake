# Writes version.h at build time, so the `git describe` part follows the checkout between builds in one build
# directory. configure_file leaves the file untouched when nothing changed, so nothing recompiles needlessly.
# In: SOURCE_DIR, INPUT, OUTPUT, PROJECT_VERSION, GIT_EXECUTABLE (may be empty).
set(BILLHOOK_VERSION_STRING ${PROJECT_VERSION})
if(GIT_EXECUTABLE AND EXISTS ${SOURCE_DIR}/.git)
    execute_process(COMMAND ${GIT_EXECUTABLE} describe --always --dirty --tags
        WORKING_DIRECTORY ${SOURCE_DIR}
        OUTPUT_VARIABLE describe OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(describe)
        set(BILLHOOK_VERSION_STRING "${PROJECT_VERSION} (${describe})")
    endif()
endif()
configure_file(${INPUT} ${OUTPUT} @ONLY)
