// Kiosk devices (issue 15): the channel "kiosk" is recorded (rule M5: where the customer acted)
// only for requests carrying the token of a device an administrator registered. The token is
// shown once at registration, stored as a SHA-256 hash, and revoked by the administrator.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "services/clock.h"
#include "store/database.h"

namespace gp::server {

class KioskService {
 public:
  KioskService(store::Database& db, Clock& clock) : db_(db), clock_(clock) {}

  // {"device": {...}, "token": "..."}; 400 naming "name" when the name is missing or too long.
  nlohmann::json register_device(const nlohmann::json& body, std::int64_t admin_id);
  // {"devices": [...]}: every device, in service or revoked, never a token.
  nlohmann::json list();
  // The device, now revoked; 404 when there is no such device.
  nlohmann::json revoke(std::int64_t id);
  // Whether `token` belongs to a device in service (read only: GET requests never write).
  bool valid(const std::string& token);

 private:
  store::Database& db_;
  Clock& clock_;
};

}  // namespace gp::server
