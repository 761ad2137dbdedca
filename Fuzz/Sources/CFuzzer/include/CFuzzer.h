// libFuzzer's entry for a program with its own main (compiler-rt, FuzzerInterface.h): the fuzz
// targets keep Swift's main, so SwiftPM links them as it links any executable.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
