#include "services/kiosk_service.h"

#include <algorithm>

#include <sodium.h>

#include "gp/dto/admin.h"
#include "services/service_error.h"
#include "store/conn.h"
#include "store/hash.h"
#include "store/kiosks.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

gp::dto::KioskDeviceDto device_json(const store::KioskRow& k) {  // gp/dto/admin.h
  std::optional<std::string> revoked;
  if (k.revoked_at) revoked = gp::format_datetime_cst(*k.revoked_at);
  return {k.id, k.name, gp::format_datetime_cst(k.created_at), revoked, !k.revoked_at};
}

std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

json KioskService::register_device(const json& body, std::int64_t admin_id) {
  if (!body.is_object()) fail(K::invalid, "invalid_type", "", "请求体应为对象", "the body must be an object");
  for (auto it = body.begin(); it != body.end(); ++it)
    if (it.key() != "name") fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  if (!body.contains("name") || body.at("name").is_null())
    fail(K::invalid, "required", "name", "请填写终端名称（例如所在营业厅）", "give the device a name (e.g. the hall it stands in)");
  if (!body.at("name").is_string()) fail(K::invalid, "invalid_type", "name", "name 应为字符串", "name must be a string");
  const std::string name = body.at("name").get<std::string>();
  const std::size_t len = utf8_length(name);
  const bool control = std::any_of(name.begin(), name.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c < 0x20 || c == 0x7F;
  });
  const bool blank = name.find_first_not_of(' ') == std::string::npos;
  if (len < 1 || len > 60 || control || blank)
    fail(K::invalid, "invalid", "name", "终端名称应为 1–60 个字符", "the device name must be 1-60 characters");
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  const std::string token = hex;
  const gp::Instant now = clock_.now();
  const auto id = db_.write([&](store::Conn& db) {
    return store::insert_kiosk(db, name, store::sha256_hex(token), now, admin_id);
  });
  auto row = store::find_kiosk(db_.reader(), id);
  return gp::dto::KioskRegisteredDto{device_json(*row), token};
}

json KioskService::list() {
  gp::dto::KioskListDto out;
  for (const auto& k : store::list_kiosks(db_.reader())) out.devices.push_back(device_json(k));
  return out;
}

json KioskService::revoke(std::int64_t id) {
  const gp::Instant now = clock_.now();
  const bool found = db_.write([&](store::Conn& db) { return store::revoke_kiosk(db, id, now); });
  if (!found) not_found("终端", "kiosk device");
  return gp::dto::KioskDeviceBody{device_json(*store::find_kiosk(db_.reader(), id))};
}

bool KioskService::valid(const std::string& token) {
  if (token.size() != 64) return false;
  return store::find_active_kiosk_by_token(db_.reader(), store::sha256_hex(token)).has_value();
}

}  // namespace gp::server
