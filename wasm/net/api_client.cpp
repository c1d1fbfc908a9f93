#include "net/api_client.h"

#include "platform/fetch.h"

namespace net {

void ApiClient::send(const char* method, const std::string& path, const std::string* body, ApiCallback done) {
  platform::HttpRequest req;
  req.method = method;
  req.url = base_ + path;
  req.headers.emplace_back("Accept", "application/json");
  if (body) {
    req.body = *body;
    req.headers.emplace_back("Content-Type", "application/json");
  }
  if (!token_.empty()) req.headers.emplace_back("Authorization", "Bearer " + token_);
  if (!kiosk_device_.empty()) req.headers.emplace_back("X-GetPower-Kiosk-Device", kiosk_device_);
  platform::fetch(std::move(req), [done = std::move(done)](platform::HttpResponse r) {
    if (done) done(parse_api_reply(r.status, r.body));
  });
}

void ApiClient::get(const std::string& path, ApiCallback done) { send("GET", path, nullptr, std::move(done)); }

void ApiClient::post(const std::string& path, const nlohmann::json& body, ApiCallback done) {
  const std::string s = body.dump();
  send("POST", path, &s, std::move(done));
}

void ApiClient::put(const std::string& path, const nlohmann::json& body, ApiCallback done) {
  const std::string s = body.dump();
  send("PUT", path, &s, std::move(done));
}

void ApiClient::del(const std::string& path, ApiCallback done) { send("DELETE", path, nullptr, std::move(done)); }

}  // namespace net
