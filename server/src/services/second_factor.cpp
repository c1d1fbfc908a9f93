// AuthService's second factor (issue 15): TOTP per RFC 6238 (HMAC-SHA1, 30-second steps, 6 digits,
// one step of clock drift either way, a step never accepted twice) and 10 single-use recovery
// codes, of which only SHA-256 hashes are kept. The secret is shown once, at setup, and never
// returned again.
#include <sodium.h>

#include <cctype>

#include "gp/validate.h"
#include "services/auth_log.h"
#include "services/auth_service.h"
#include "services/service_error.h"
#include "services/totp.h"
#include "store/conn.h"
#include "store/hash.h"
#include "store/second_factor.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

// Digits and letters only, lower case: "ABCDE-12345" and "abcde 12345" are the same code.
std::string normalize_code(const std::string& s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string code_field(const json& body, const char* key) {
  if (!body.is_object() || !body.contains(key) || !body.at(key).is_string())
    fail(K::invalid, "required", key, std::string("缺少必填字段 ") + key, std::string("missing required field ") + key);
  const std::string v = body.at(key).get<std::string>();
  if (v.size() > 32) fail(K::invalid, "too_long", key, std::string(key) + " 过长", std::string(key) + " is too long");
  return v;
}

void require_second_factor_role(const store::User& u) {
  if (!gp::is_staff(u.role))
    fail(K::forbidden, "forbidden", "", "动态验证码仅用于工作人员账户", "the second factor is for staff accounts");
}

}  // namespace

bool AuthService::totp_enabled(std::int64_t user_id) { return store::totp_enabled(db_.reader(), user_id); }

bool AuthService::consume_second_factor(store::Conn& db, std::int64_t user_id, const std::string& code) {
  auto row = store::find_totp(db, user_id);
  if (!row || !row->enabled) return false;
  const std::string c = normalize_code(code);
  if (c.size() == static_cast<std::size_t>(totp::kDigits) && c.find_first_not_of("0123456789") == std::string::npos) {
    const auto key = totp::base32_decode(row->secret);
    if (!key) return false;
    const std::int64_t now_step = totp::step_of(clock_.now());
    for (std::int64_t step = now_step - 1; step <= now_step + 1; ++step) {
      if (step <= row->last_step) continue;  // a code once used (or older) is not accepted again
      if (sodium_memcmp(totp::hotp(*key, static_cast<std::uint64_t>(step)).data(), c.data(), c.size()) == 0) {
        store::set_totp_last_step(db, user_id, step);
        return true;
      }
    }
    return false;
  }
  if (c.size() != 10) return false;
  if (store::use_recovery_code(db, user_id, store::sha256_hex(c), clock_.now())) {
    log_auth_event("recovery_code_used", {{"user", std::to_string(user_id)},
                                          {"left", std::to_string(store::unused_recovery_codes(db, user_id))}});
    return true;
  }
  return false;
}

TotpSetup AuthService::totp_setup(const store::User& user) {
  require_second_factor_role(user);
  unsigned char raw[20];  // 160 bits, RFC 4226's recommended key length for HMAC-SHA1
  randombytes_buf(raw, sizeof raw);
  const std::string secret = totp::base32_encode(std::string(reinterpret_cast<const char*>(raw), sizeof raw));
  db_.write([&](store::Conn& db) {
    if (auto row = store::find_totp(db, user.id); row && row->enabled)
      fail(K::conflict, "totp_enabled", "", "动态验证码已启用；如需更换请先停用", "the second factor is already on; turn it off first to replace it");
    store::save_totp_secret(db, user.id, secret, clock_.now());
  });
  const std::string label = "GetPower:" + (user.username.empty() ? std::to_string(user.id) : user.username);
  return {secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=GetPower&algorithm=SHA1&digits=6&period=30"};
}

std::vector<std::string> AuthService::totp_confirm(const store::User& user, const json& body) {
  require_second_factor_role(user);
  const std::string code = normalize_code(code_field(body, "code"));
  for (auto it = body.begin(); it != body.end(); ++it)
    if (it.key() != "code") fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  std::vector<std::string> codes;
  db_.write([&](store::Conn& db) {
    auto row = store::find_totp(db, user.id);
    if (!row) fail(K::conflict, "totp_not_set_up", "", "请先生成密钥", "set up the secret first");
    if (row->enabled) fail(K::conflict, "totp_enabled", "", "动态验证码已启用", "the second factor is already on");
    const auto key = totp::base32_decode(row->secret);
    const std::int64_t now_step = totp::step_of(clock_.now());
    std::int64_t matched = -1;
    for (std::int64_t step = now_step - 1; key && step <= now_step + 1; ++step)
      if (code.size() == 6 && totp::hotp(*key, static_cast<std::uint64_t>(step)) == code) matched = step;
    if (matched < 0)
      fail(K::invalid, "otp_invalid", "code", "验证码不正确，请核对手机时间后重试", "the code is wrong; check the phone's clock and try again");
    store::enable_totp(db, user.id, matched);
    std::vector<std::string> hashes;
    static const char* kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";  // no 0/o, 1/l/i: read aloud, typed by hand
    for (int i = 0; i < 10; ++i) {
      std::string c;
      for (int j = 0; j < 10; ++j) c += kAlphabet[randombytes_uniform(31)];
      hashes.push_back(store::sha256_hex(c));
      codes.push_back(c.substr(0, 5) + "-" + c.substr(5));
    }
    store::replace_recovery_codes(db, user.id, hashes);
  });
  log_auth_event("totp_enabled", {{"user", std::to_string(user.id)}});
  return codes;
}

void AuthService::totp_disable(const store::User& user, const json& body) {
  require_second_factor_role(user);
  if (!body.is_object()) fail(K::invalid, "invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  for (auto it = body.begin(); it != body.end(); ++it)
    if (it.key() != "code" && it.key() != "password")
      fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  const std::string code = code_field(body, "code");
  if (!body.contains("password") || !body.at("password").is_string())
    fail(K::invalid, "required", "password", "缺少必填字段 password", "missing required field password");
  if (!totp_enabled(user.id)) fail(K::conflict, "totp_not_enabled", "", "动态验证码未启用", "the second factor is not on");
  confirm_password(user.id, body.at("password").get<std::string>(), "password");
  // Guessing the code here is delayed like guessing it at login (where a wrong code stays counted).
  const std::string key = "otp:" + std::to_string(user.id);
  const auto reserved = reserve_attempt({{key, policy_.free_failures}}, "code", "user:" + std::to_string(user.id));
  db_.write([&](store::Conn& db) {
    if (!consume_second_factor(db, user.id, code))
      fail(K::invalid, "otp_invalid", "code", "动态验证码不正确或已使用", "the one-time code is wrong or was used already");
    settle_success(db, reserved, {key});
    store::delete_totp(db, user.id);
  });
  log_auth_event("totp_disabled", {{"user", std::to_string(user.id)}});
}

}  // namespace gp::server
