#pragma once
// Atomic file output: a temporary file next to the target, then a rename over
// it, so a crash, a full disk or Ctrl+C never leaves half a file (or destroys
// the previous version) under the target's name.
#include <string>

namespace likeness {

/// Writes `bytes` to `path` atomically. Throws InputError naming the path when
/// it cannot be written (the temporary file is removed).
void writeFileAtomically(const std::string& path, const std::string& bytes);
void writeFileAtomically(const std::string& path, const void* data, size_t size);

} // namespace likeness
