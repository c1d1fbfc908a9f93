// Shared bits of the libFuzzer targets (tests/fuzz/README.md). A target crashes — and libFuzzer
// saves the input — when the code under test crashes, trips a sanitizer, throws where it promises
// values (shared/ runs in the browser: style.md #7), or breaks one of the properties checked here.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "gp/validate.h"

namespace gp::fuzz {

// A broken property: print it and abort, so libFuzzer records the input as a crash.
[[noreturn]] inline void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "fuzz property violated: %s %s\n", what, detail.c_str());
  std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// JSON as a server would read it (no exceptions; bad text gives a discarded value).
inline nlohmann::json parse_json(std::string_view text) {
  return nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
}

// Every message an Error carries must be printable: valid UTF-8 (it goes into a JSON reply).
template <class E>
void check_error(const E& e) {
  if (e.code.empty()) fail("error without a code");
  if (!gp::validate::is_valid_utf8(e.message_zh) || !gp::validate::is_valid_utf8(e.message_en) ||
      !gp::validate::is_valid_utf8(e.field))
    fail("error text is not UTF-8", e.code);
  // dump() throws on invalid UTF-8: the server would answer 500 instead of 400.
  (void)nlohmann::json{{"code", e.code}, {"field", e.field}, {"zh", e.message_zh}, {"en", e.message_en}}.dump();
}

}  // namespace gp::fuzz
