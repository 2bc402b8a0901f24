# One CTest entry per doctest case, whatever characters its name holds.
#
#   include(cmake/doctest_cases.cmake)
#   delib_doctest_cases(delib_tests ARGS --test-suite-exclude=ocr
#                       PROPERTIES ENVIRONMENT OMP_THREAD_LIMIT=1)
#   delib_doctest_cases(delib_tests ARGS --test-suite=ocr LABELS ocr
#                       PROPERTIES ENVIRONMENT OMP_THREAD_LIMIT=1)
#
# After each build of TARGET, `TARGET ARGS --list-test-cases` is read and the
# k-th case listed becomes the test named exactly like the case, run as
# `TARGET ARGS --first=k --last=k --delib-expect-case=NAME`. The case is
# chosen by its rank, not by a --test-case pattern, because a doctest pattern
# cannot say every name: `,` separates patterns, `*` and `?` are wildcards,
# and CMake lists split on `;` (doctest_discover_tests turned
# "a crash costs one file; the batch goes on" into two entries that each ran
# zero cases and passed). tests/test_main.cc checks the case it ran is NAME
# (a stale rank fails instead of running another case) and fails a run of
# zero cases.
#
# Limits: a name cannot hold a newline (doctest lists one name a line); two
# cases of one name get " #2", " #3" appended to their CTest names.

set(_DELIB_DOCTEST_CASES_SCRIPT "${CMAKE_CURRENT_LIST_FILE}")

if(CMAKE_SCRIPT_MODE_FILE)
  # Script mode: called after the build with TEST_EXECUTABLE, TEST_ARGS,
  # TEST_LABELS, TEST_PROPERTIES, TEST_WORKING_DIR and CTEST_FILE.
  execute_process(
    COMMAND "${TEST_EXECUTABLE}" ${TEST_ARGS} --list-test-cases
    OUTPUT_VARIABLE output
    RESULT_VARIABLE result
    WORKING_DIRECTORY "${TEST_WORKING_DIR}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TEST_EXECUTABLE} --list-test-cases failed (${result}):\n${output}")
  endif()
  # While the output is a CMake list, a ';' in a name would split it and an
  # unmatched '[' would join the names after it ("x [a" swallows the rest):
  # hide them behind control characters, put them back in each name.
  string(ASCII 31 hidden_semicolon)
  string(ASCII 30 hidden_open)
  string(ASCII 29 hidden_close)
  string(REPLACE ";" "${hidden_semicolon}" output "${output}")
  string(REPLACE "[" "${hidden_open}" output "${output}")
  string(REPLACE "]" "${hidden_close}" output "${output}")
  string(REPLACE "\n" ";" lines "${output}")
  set(script "")
  set(rank 0)
  set(seen "")
  foreach(hidden IN LISTS lines)
    string(REPLACE "${hidden_open}" "[" line "${hidden}")
    string(REPLACE "${hidden_close}" "]" line "${line}")
    if(line STREQUAL "" OR line MATCHES "^===+$" OR line MATCHES "^\\[doctest\\] ")
      continue()
    endif()
    math(EXPR rank "${rank} + 1")
    # The CTest name: the case's name, numbered when it is not the first of
    # that name (CTest names are unique).
    string(MD5 key "${line}")
    list(FIND seen "${key}" at)
    set(name_suffix "")
    if(NOT at EQUAL -1)
      set(n 1)
      while(NOT at EQUAL -1)
        math(EXPR n "${n} + 1")
        list(FIND seen "${key}#${n}" at)
      endwhile()
      set(name_suffix " #${n}")
      list(APPEND seen "${key}#${n}")
    else()
      list(APPEND seen "${key}")
    endif()
    string(REPLACE "${hidden_semicolon}" ";" case_name "${line}")
    # A bracket argument holds any text but its own closing bracket.
    set(eq "=")
    while(case_name MATCHES "]${eq}]")
      string(APPEND eq "=")
    endwhile()
    set(open "[${eq}[")
    set(close "]${eq}]")
    set(args "")
    foreach(arg IN LISTS TEST_ARGS)
      string(APPEND args " ${open}${arg}${close}")
    endforeach()
    string(APPEND script
      "add_test(${open}${case_name}${name_suffix}${close} ${open}${TEST_EXECUTABLE}${close}${args}"
      " --first=${rank} --last=${rank} ${open}--delib-expect-case=${case_name}${close})\n"
      "set_tests_properties(${open}${case_name}${name_suffix}${close} PROPERTIES"
      " WORKING_DIRECTORY ${open}${TEST_WORKING_DIR}${close}")
    if(TEST_LABELS)
      string(APPEND script " LABELS ${open}${TEST_LABELS}${close}")
    endif()
    foreach(prop IN LISTS TEST_PROPERTIES)
      string(APPEND script " ${open}${prop}${close}")
    endforeach()
    string(APPEND script ")\n")
  endforeach()
  if(rank EQUAL 0)
    message(FATAL_ERROR "${TEST_EXECUTABLE} ${TEST_ARGS} lists no test case")
  endif()
  file(WRITE "${CTEST_FILE}" "${script}")
  return()
endif()

# delib_doctest_cases(TARGET [ARGS arg...] [LABELS label] [PROPERTIES prop value...])
#   ARGS: the filter given both to the listing and to each test (a suite);
#   LABELS: the CTest label of every case registered; PROPERTIES: more CTest
#   properties, as set_tests_properties takes them.
function(delib_doctest_cases target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "LABELS" "ARGS;PROPERTIES")
  string(SHA1 hash "${arg_ARGS}")
  string(SUBSTRING "${hash}" 0 7 hash)
  set(tests_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_cases-${hash}.cmake")
  set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_cases_include-${hash}.cmake")
  add_custom_command(
    TARGET ${target} POST_BUILD
    BYPRODUCTS "${tests_file}"
    COMMAND "${CMAKE_COMMAND}"
            -D "TEST_EXECUTABLE=$<TARGET_FILE:${target}>"
            -D "TEST_ARGS=${arg_ARGS}"
            -D "TEST_LABELS=${arg_LABELS}"
            -D "TEST_PROPERTIES=${arg_PROPERTIES}"
            -D "TEST_WORKING_DIR=${CMAKE_CURRENT_BINARY_DIR}"
            -D "CTEST_FILE=${tests_file}"
            -P "${_DELIB_DOCTEST_CASES_SCRIPT}"
    VERBATIM)
  # Until the first build, one failing entry says why no case is listed.
  file(WRITE "${include_file}"
    "if(EXISTS \"${tests_file}\")\n"
    "  include(\"${tests_file}\")\n"
    "else()\n"
    "  add_test(${target}_NOT_BUILT-${hash} ${target}_NOT_BUILT-${hash})\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
