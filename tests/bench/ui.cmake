# billhook-bench-ui: the desktop app on a large database (issue 3's targets). Needs billhook-bench-core to
# build that database.
add_executable(billhook-bench-ui bench_ui.cpp)
target_link_libraries(billhook-bench-ui PRIVATE billhook_ui Qt6::Test billhook_warnings)
add_dependencies(billhook-bench-ui billhook-bench-core)
# billhook-bench-day: a day of normal use against the demo company, with the desktop app's automatic sync
# intervals (docs/benchmarks.md, "A day of normal use").
add_executable(billhook-bench-day bench_day.cpp)
target_link_libraries(billhook-bench-day PRIVATE billhook_ui billhook_xerotest billhook_warnings)
