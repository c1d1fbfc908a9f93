// SHA-256 (libsodium), hex-encoded.
#pragma once
#include <string>
#include <string_view>

namespace gp::store {
std::string sha256_hex(std::string_view bytes);
}
