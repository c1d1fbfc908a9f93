// The GetPower API client (JSON under /api/v1) on top of platform::fetch. Callbacks run at the
// start of a frame (platform::pump), with the reply decoded by parse_api_reply().
#pragma once
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "net/api_reply.h"

namespace net {

using ApiCallback = std::function<void(ApiReply)>;

class ApiClient {
 public:
  explicit ApiClient(std::string base = "/api/v1") : base_(std::move(base)) {}

  // Session token sent as "Authorization: Bearer <token>" when non-empty.
  void set_token(std::string token) { token_ = std::move(token); }
  // The kiosk's device token, sent as X-GetPower-Kiosk-Device with every request ("" : none).
  void set_kiosk_device(std::string token) { kiosk_device_ = std::move(token); }

  void get(const std::string& path, ApiCallback done);
  void post(const std::string& path, const nlohmann::json& body, ApiCallback done);
  void put(const std::string& path, const nlohmann::json& body, ApiCallback done);
  void del(const std::string& path, ApiCallback done);

 private:
  void send(const char* method, const std::string& path, const std::string* body, ApiCallback done);
  std::string base_;
  std::string token_;
  std::string kiosk_device_;
};

}  // namespace net
