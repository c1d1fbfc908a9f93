// Validators of what people type (gp::validate::*), run in the browser as they type and again by
// the server. Input: the text to check (all validators get the same bytes); the first 16 bytes
// also feed the numeric validators as two doubles.
// Properties: no crash; errors are printable; a valid mobile number normalizes to 11 digits that
// are themselves valid; utf8_length counts no more code points than bytes.
#include <cmath>
#include <cstring>

#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s = gp::fuzz::as_text(data, size);
  const gp::Date today{2025, 6, 18};
  auto check = [](const gp::Status& st) {
    if (st) gp::fuzz::check_error(*st);
    return !st;
  };
  check(gp::validate::resident_id(s, "id_number", today));
  check(gp::validate::social_credit_code(s, "credit_code"));
  if (check(gp::validate::mobile_phone(s, "phone"))) {
    const std::string n = gp::validate::normalize_mobile(s);
    if (n.size() != 11 || gp::validate::mobile_phone(n, "phone")) gp::fuzz::fail("normalize_mobile of a valid number", n);
  } else {
    (void)gp::validate::normalize_mobile(s);
  }
  check(gp::validate::text(s, "text", 0, 200));
  check(gp::validate::text(s, "text", 2, 40));
  check(gp::validate::person_name(s, "name"));
  check(gp::validate::password(s, "password"));
  if (gp::validate::is_valid_utf8(s) && gp::validate::utf8_length(s) > s.size()) gp::fuzz::fail("utf8_length > bytes");
  if (size >= 16) {
    double a, b;
    std::memcpy(&a, data, 8);
    std::memcpy(&b, data + 8, 8);
    check(gp::validate::capacity_kw(a, "capacity_kw"));
    check(gp::validate::coordinates(a, b, "meter_location"));
  }
  return 0;
}
