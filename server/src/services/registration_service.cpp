#include "services/registration_service.h"

#include "gp/validate.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "store/conn.h"
#include "store/sms.h"
#include "store/users.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

std::string required_string(const json& body, const char* key, std::size_t max_len) {
  if (!body.contains(key) || body.at(key).is_null())
    fail(K::invalid, "required", key, std::string("缺少必填字段 ") + key, std::string("missing required field ") + key);
  if (!body.at(key).is_string())
    fail(K::invalid, "invalid_type", key, std::string(key) + " 应为字符串", std::string(key) + " must be a string");
  std::string v = body.at(key).get<std::string>();
  if (v.size() > max_len) fail(K::invalid, "too_long", key, std::string(key) + " 过长", std::string(key) + " is too long");
  if (!gp::validate::is_valid_utf8(v))
    fail(K::invalid, "invalid", key, std::string(key) + " 包含无效字符", std::string(key) + " contains invalid UTF-8");
  return v;
}

}  // namespace

bool is_sms_code(const std::string& s) {
  if (s.size() != 6) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

LoginResult RegistrationService::register_customer(const json& body, const std::string& address) {
  // 1. The cheap checks: nothing here depends on whether the number has an account.
  fields::require_object(body);
  fields::only_keys(body, {"phone", "password", "name", "id_number", "sms_code"});
  const std::string phone = required_string(body, "phone", 32);
  if (auto e = gp::validate::mobile_phone(phone, "phone")) fail(K::invalid, *e);
  const std::string password = required_string(body, "password", 1024);
  if (auto e = gp::validate::password(password, "password")) fail(K::invalid, *e);
  const std::string name = required_string(body, "name", 200);
  if (auto e = gp::validate::person_name(name, "name")) fail(K::invalid, *e);
  std::string idn;
  if (body.contains("id_number") && !body.at("id_number").is_null()) {
    idn = required_string(body, "id_number", 32);
    if (!idn.empty())
      if (auto e = gp::validate::resident_id(idn, "id_number", gp::cst_date(clock_.now()))) fail(K::invalid, *e);
    if (!idn.empty() && idn.back() == 'x') idn.back() = 'X';
  }
  const std::string code = required_string(body, "sms_code", 16);
  if (!is_sms_code(code)) fail(K::invalid, "invalid", "sms_code", "验证码应为 6 位数字", "the code has 6 digits");
  const std::string norm = gp::validate::normalize_mobile(phone);

  // 2. Registration attempts per client address (counted even when refused, so guessing codes
  // for many numbers from one place is slow).
  const gp::Instant now = clock_.now();
  const bool over = db_.write([&](store::Conn& db) {
    return store::bump_rate_counter(db, "register-ip:" + address, now, 3600) > per_address_per_hour_;
  });
  if (over)
    throw ServiceError(K::too_many, gp::make_error("throttled", "phone", "注册尝试过多，请稍后再试", "too many registrations; try again later"))
        .with_retry_after(3600);

  // 3. The code proves the number. Same answer for a wrong, expired or used-up code.
  if (!sms_.verify_code(norm, "register", code))
    fail(K::invalid, "invalid_code", "sms_code", "验证码不正确或已过期，请重新获取", "the code is wrong or has expired; request a new one");

  // 4. Only now the slow hash, and only now is the caller told that the number has an account
  // (they proved they hold it).
  const std::string hash = AuthService::hash_password(password);
  return db_.write([&](store::Conn& db) {
    if (store::find_user_by_phone(db, norm))
      fail(K::conflict, "already_registered", "phone", "该手机号已注册，请直接登录", "this number is already registered; please log in");
    store::User u;
    u.role = gp::Role::customer;
    u.phone = norm;
    u.name = name;
    u.id_number = idn;
    u.password_hash = hash;
    u.created_at = clock_.now();
    u.id = store::insert_user(db, u);
    return auth_.open_session(db, u);
  });
}

}  // namespace gp::server
