// Who is logged in: the user as the server describes them, the session a login or registration
// opens (POST /auth/login, /auth/register), and GET /auth/me (/auth/session answers the same shape
// with nulls for nobody).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace gp::dto {

struct UserDto {
  std::int64_t id = 0;
  std::string role, name;
  std::optional<std::string> username;          // staff
  std::optional<std::string> phone;             // customers: their mobile number
  std::optional<std::string> id_number_masked;  // "110***********1234"
  std::optional<std::string> work_phone;        // staff: the phone customers call (P2)
  std::optional<bool> second_factor;            // staff, on /auth/me: TOTP is on (issue 15)
};

struct SessionDto {
  std::string token, role;
  UserDto user;
  std::string expires_at;
};

struct MeDto {
  std::optional<UserDto> user;  // null: nobody (only /auth/session)
  std::optional<std::string> role;
};

void to_json(nlohmann::json& j, const UserDto& v);
void from_json(const nlohmann::json& j, UserDto& v);
void to_json(nlohmann::json& j, const SessionDto& v);
void from_json(const nlohmann::json& j, SessionDto& v);
void to_json(nlohmann::json& j, const MeDto& v);
void from_json(const nlohmann::json& j, MeDto& v);

}  // namespace gp::dto
