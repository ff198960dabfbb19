# Runs one benchmark of a painting benchmark executable on the small demo ACO and fails unless it
# exits cleanly: tests/bench/run.sh stops at the first benchmark that crashes on its way out.
#   cmake -DWORKBENCH=... -DBENCH=... -DWORK=folder -P exitcheck.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${WORKBENCH}" demo --size small --out "${WORK}/small.aco" --quiet
                RESULT_VARIABLE demo)
if(NOT demo EQUAL 0)
    message(FATAL_ERROR "writing the small demo failed: ${demo}")
endif()
set(ENV{ACO_BENCH_DB} "${WORK}/small.aco")
execute_process(COMMAND "${BENCH}" --benchmark_filter=${FILTER} --benchmark_min_time=0.001
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${BENCH} ended with '${result}':\n${output}\n${errors}")
endif()
if(NOT output MATCHES "${FILTER}")
    message(FATAL_ERROR "${BENCH} ran no benchmark:\n${output}\n${errors}")
endif()
file(REMOVE_RECURSE "${WORK}")
