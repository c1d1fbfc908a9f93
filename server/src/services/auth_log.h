// Authentication events, one line each on stderr (ASVS 5.0 V16): who (a user id, or a hash of the
// login typed), from where, what happened and why. Never a password, token, one-time code or full
// phone number:
//   auth: event=login_failed login=h:3f2a9c1b0d4e addr=127.0.0.1 reason=wrong_password
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>

namespace gp::server {

// `fields` are printed as key=value in order; values are cut at 80 bytes and anything but
// [A-Za-z0-9._:/@-] becomes '_', so a value can never forge another field or line.
void log_auth_event(const char* event, std::initializer_list<std::pair<const char*, std::string>> fields);
// What a log line may say about a typed login: a short hash ("h:" + 12 hex of its SHA-256), so the
// lines of one login can be followed without recording it (a password typed into the login field
// is not leaked either).
std::string masked_login(const std::string& login);

}  // namespace gp::server
