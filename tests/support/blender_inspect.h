#pragma once
// Runs Blender headless on an exported file through tests/export/blender_inspect.py
// and returns what Blender made of it (the script's JSON line).
#include <string>

#include <nlohmann/json.hpp>

namespace likeness::test {

/// The blender executable on PATH, or "" (tests skip with a message then).
std::string blenderExecutable();

/// Imports `file` (.fbx, .glb, .gltf) in Blender and reports meshes, shape keys,
/// images and the displacement of shape key `key`. Throws std::runtime_error when
/// Blender fails, times out (`timeoutMs`) or the import raised (with its message).
nlohmann::json blenderInspect(const std::string& file, const std::string& key, int timeoutMs = 180000);

} // namespace likeness::test
