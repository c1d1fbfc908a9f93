// Media types of the browser app's files, by extension.
#pragma once
#include <string>

namespace gp::server {

// The Content-Type for a file name ("app.wasm" -> "application/wasm"); application/octet-stream
// when the extension is unknown, so a browser never guesses (nosniff is sent too).
std::string mime_type_for(const std::string& file_name);

}  // namespace gp::server
