# billhook-bench-ui: the desktop app on a large database (issue 3's targets). Needs billhook-bench-core to
# build that database.
add_executable(billhook-bench-ui bench_ui.cpp)
target_link_libraries(billhook-bench-ui PRIVATE billhook_ui Qt6::Test billhook_warnings)
add_dependencies(billhook-bench-ui billhook-bench-core)
