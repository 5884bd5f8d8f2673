#pragma once
// Error types of the core. Every exception carries a message written for the
// user (it is shown as-is by the CLI and in GUI dialogs). Expected outcomes such
// as "no face found" are results, not exceptions.
#include <stdexcept>
#include <string>

namespace likeness {

/// Base of every error the core throws on purpose.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

/// A user-supplied file (image, video, session) is missing, unreadable or invalid.
class InputError : public Error {
public:
    using Error::Error;
};

/// A model asset (weights, topology, reference data) is missing, corrupt or malformed.
class AssetError : public Error {
public:
    using Error::Error;
};

/// Options or arguments that do not make sense (caught by `validate()`).
class OptionsError : public Error {
public:
    using Error::Error;
};

/// Long work stopped because its CancelToken was triggered.
class CancelledError : public Error {
public:
    CancelledError() : Error("Cancelled.") {}
};

/// Documented process exit codes shared by likeness-cli and likeness-bench.
enum ExitCode : int {
    ExitOk = 0,
    ExitInternal = 1,      // a bug: unexpected exception
    ExitUsage = 2,         // bad command line
    ExitInputError = 3,    // unreadable / invalid input file
    ExitNoFace = 4,        // input fine, but no face found
    ExitAssetError = 5,    // model assets missing or corrupt
    ExitCancelled = 6,     // interrupted by the user
};

} // namespace likeness
