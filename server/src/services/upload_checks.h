// The checks on an uploaded file's bytes and name (rules D1, D5), kept apart from the upload use
// case so that they can be fuzzed on their own (tests/fuzz/fuzz_upload.cpp): both read input
// straight from the client.
#pragma once
#include <string>

namespace gp::server {

// The media type of a file from its first bytes (and structure), or "" when not one we accept.
std::string sniff_media_type(const std::string& bytes);

// A file name safe to store and to send back: no path, no control characters, at most 100
// characters, ending in the extension of `mime` (one of sniff_media_type's answers).
std::string clean_filename(const std::string& raw, const std::string& mime);

}  // namespace gp::server
