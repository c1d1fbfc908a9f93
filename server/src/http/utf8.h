// UTF-8 validation for request bodies and parameters: anything that is not well-formed UTF-8 is
// refused at the edge, so no handler (and no JSON serializer) ever sees it.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace gp::server {

// Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF), or nullopt when `s` is valid.
std::optional<std::size_t> invalid_utf8_offset(std::string_view s);

}  // namespace gp::server
