#pragma once
// Helpers shared by the test executables.
#include <string>

namespace likeness::test {

/// Path of a pinned asset in the cache; fails the test (QFAIL-style message via
/// std::runtime_error) naming the fetch command when it is missing.
std::string requireAsset(const std::string& path);

/// The demo photo (Grace Hopper, 512x512) from the asset cache.
std::string demoPhoto();

/// Whole file as bytes ("" if unreadable) / replaces a file with `bytes`.
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& bytes);

/// A fresh empty folder under the build tree for this test's files.
std::string scratchDir(const std::string& testName);

} // namespace likeness::test
