// One-time codes of the second factor: HOTP (RFC 4226) over HMAC-SHA1 and TOTP (RFC 6238: 30-second
// steps), base32 secrets (RFC 4648) as authenticator apps expect them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace gp::server::totp {

constexpr int kPeriod = 30;
constexpr int kDigits = 6;

// The code of `counter` for the raw key bytes, zero-padded to `digits`.
std::string hotp(const std::string& key, std::uint64_t counter, int digits = kDigits);
// The code at Unix time `t` (step = t / 30).
std::string at(const std::string& key, std::int64_t t, int digits = kDigits);
inline std::int64_t step_of(std::int64_t t) { return t / kPeriod; }

std::string base32_encode(const std::string& bytes);
// nullopt for characters outside A–Z2–7 (spaces, '=' and case are forgiven).
std::optional<std::string> base32_decode(const std::string& text);

}  // namespace gp::server::totp
