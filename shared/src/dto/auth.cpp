#include "gp/dto/auth.h"

#include "gp/dto/wire.h"

namespace gp::dto {

using nlohmann::json;

void to_json(json& j, const UserDto& v) {
  j = {{"id", v.id}, {"role", v.role}, {"name", v.name}};
  if (v.username) j["username"] = *v.username;
  if (v.phone) j["phone"] = *v.phone;
  if (v.id_number_masked) j["id_number_masked"] = *v.id_number_masked;
  if (v.work_phone) j["work_phone"] = *v.work_phone;
  if (v.second_factor) j["second_factor"] = *v.second_factor;
}
void from_json(const json& j, UserDto& v) {
  need(j, "id", v.id);
  need(j, "role", v.role);
  need(j, "name", v.name);
  maybe(j, "username", v.username);
  maybe(j, "phone", v.phone);
  maybe(j, "id_number_masked", v.id_number_masked);
  maybe(j, "work_phone", v.work_phone);
  maybe(j, "second_factor", v.second_factor);
}

void to_json(json& j, const SessionDto& v) {
  j = {{"token", v.token}, {"role", v.role}, {"user", v.user}, {"expires_at", v.expires_at}};
}
void from_json(const json& j, SessionDto& v) {
  need(j, "token", v.token);
  need(j, "role", v.role);
  need(j, "user", v.user);
  need(j, "expires_at", v.expires_at);
}

void to_json(json& j, const MeDto& v) { j = {{"user", opt(v.user)}, {"role", opt(v.role)}}; }
void from_json(const json& j, MeDto& v) {
  maybe(j, "user", v.user);
  maybe(j, "role", v.role);
}

}  // namespace gp::dto
