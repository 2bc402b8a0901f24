#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <stdlib.h>
#include <unistd.h>

// As delib's own main: libgomp reads OMP_THREAD_LIMIT when the program
// loads, and a process that has run OpenMP threads (an OCR test) then forks
// workers (a batch test) can deadlock in them. One thread, set before the
// start, whoever runs the tests.
int main(int argc, char** argv) {
  if (!getenv("OMP_THREAD_LIMIT")) {
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);  // on failure, go on
  }
  return doctest::Context(argc, argv).run();
}
