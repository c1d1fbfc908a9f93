// Validation of identifiers and values people type, with precise bilingual messages.
// Used as the user types in the browser and again by the server as the authority.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "gp/date.h"
#include "gp/error.h"

namespace gp::validate {

// 18-digit resident identity number (GB 11643-1999): 6-digit region code, a real birth date not in
// the future relative to `today` and not before 1900, 3-digit sequence, ISO 7064 MOD 11-2 check
// character (0-9 or X; lowercase x accepted). Returns an Error naming `field`.
Status resident_id(std::string_view s, const std::string& field, const Date& today);

// Unified social credit code (GB 32100-2015): 18 characters from 0-9 and A–Z without I O Z S V,
// registration-authority and type codes, and the MOD 31 check character.
Status social_credit_code(std::string_view s, const std::string& field);

// Mainland mobile number: 11 digits starting 13–19 (an optional "+86" or "86" prefix is accepted).
Status mobile_phone(std::string_view s, const std::string& field);
// The canonical 11-digit form of a valid mobile number (prefix and spaces removed).
std::string normalize_mobile(std::string_view s);

// Capacity in kW: finite, > 0 and <= max_kw.
Status capacity_kw(double v, const std::string& field, double max_kw = 1'000'000);

// Coordinates in WGS-84 degrees; must lie within mainland China's bounding box.
Status coordinates(double latitude, double longitude, const std::string& field);

// Valid UTF-8, no control characters, trimmed length (in characters) within [min_chars, max_chars].
Status text(std::string_view s, const std::string& field, std::size_t min_chars, std::size_t max_chars);

// A person's name: 1–40 characters, letters/CJK/·/space only.
Status person_name(std::string_view s, const std::string& field);

// Password policy: 8–128 characters, at least one letter and one digit, not one of the common
// passwords shipped in shared/data/common-passwords.json (compared case-insensitively) and, when
// `phone` is given, not containing that mobile number (its 11 digits).
Status password(std::string_view s, const std::string& field);
Status password(std::string_view s, const std::string& field, std::string_view phone);
// True when `s` (ASCII letters compared case-insensitively) is on the common-password list.
bool is_common_password(std::string_view s);

// True when `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);
// Number of code points in valid UTF-8.
std::size_t utf8_length(std::string_view s);

}  // namespace gp::validate
