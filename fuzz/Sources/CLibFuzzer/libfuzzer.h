// libFuzzer's driver, which the harness calls from its own main: SwiftPM
// renames an executable's entry point (`--defsym main=MODULE_main`), so
// libFuzzer's own main is never linked in.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size));
