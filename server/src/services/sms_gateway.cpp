#include "services/sms_gateway.h"

#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

#include <httplib.h>

namespace gp::server {
namespace {

using nlohmann::json;

class DevelopmentGateway : public SmsGateway {
 public:
  bool send(const SmsDelivery& m, std::string&) override {
    // One line per message, so a developer (and the test helpers) can find the code by number.
    const std::string code = m.params.is_object() ? m.params.value("code", "") : "";
    std::fprintf(stderr, "[sms] DEVELOPMENT ONLY, not sent to any phone: to %s purpose %s%s%s: %s\n", m.phone.c_str(),
                 m.purpose.c_str(), code.empty() ? "" : " code ", code.c_str(), sms_text(m.purpose, m.params).c_str());
    std::fflush(stderr);
    return true;
  }
  bool development() const override { return true; }
};

class HttpGateway : public SmsGateway {
 public:
  explicit HttpGateway(SmsGatewayConfig cfg) : cfg_(std::move(cfg)) {
    // "http://host:port/path": httplib::Client takes the origin, the path goes on the request.
    const std::string scheme = "http://";
    if (cfg_.url.rfind(scheme, 0) != 0) throw std::invalid_argument("the SMS gateway URL must start with http://");
    const auto slash = cfg_.url.find('/', scheme.size());
    origin_ = slash == std::string::npos ? cfg_.url : cfg_.url.substr(0, slash);
    path_ = slash == std::string::npos ? "/" : cfg_.url.substr(slash);
  }

  bool send(const SmsDelivery& m, std::string& error) override {
    const json body = {{"message_id", std::to_string(m.id)}, {"provider", cfg_.provider}, {"template_id", cfg_.template_id},
                       {"phone", m.phone}, {"purpose", m.purpose}, {"params", m.params}, {"text", sms_text(m.purpose, m.params)}};
    const std::string text = body.dump();
    const std::string ts = std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    httplib::Client cli(origin_);
    cli.set_connection_timeout(5);
    cli.set_read_timeout(10);
    cli.set_write_timeout(10);
    httplib::Headers h = {{"X-Sms-Provider", cfg_.provider}, {"X-Sms-Timestamp", ts},
                          {"X-Sms-Signature", sms_signature(cfg_.key, ts, text)}};
    auto res = cli.Post(path_.c_str(), h, text, "application/json");
    if (!res) {
      error = "gateway unreachable: " + httplib::to_string(res.error());
      return false;
    }
    if (res->status < 200 || res->status > 299) {
      error = "gateway answered " + std::to_string(res->status);
      return false;
    }
    return true;
  }
  bool development() const override { return false; }

 private:
  SmsGatewayConfig cfg_;
  std::string origin_, path_;
};

}  // namespace

std::unique_ptr<SmsGateway> make_sms_gateway(const SmsGatewayConfig& cfg) {
  if (cfg.url.empty()) return std::make_unique<DevelopmentGateway>();
  return std::make_unique<HttpGateway>(cfg);
}

std::string sms_signature(const std::string& key, const std::string& timestamp, const std::string& body) {
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  const std::string signed_text = timestamp + "." + body;
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(signed_text.data()), signed_text.size());
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&st, mac);
  char hex[2 * crypto_auth_hmacsha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return hex;
}

std::string sms_text(const std::string& purpose, const json& params) {
  const std::string code = params.is_object() ? params.value("code", "") : "";
  const std::string minutes = params.is_object() && params.contains("minutes") ? params.at("minutes").dump() : "10";
  if (purpose == "register")
    return "【阳光业扩】注册验证码 " + code + "，" + minutes + " 分钟内有效，请勿告诉他人。 / GetPower registration code " + code +
           ", valid " + minutes + " minutes; never share it.";
  if (purpose == "claim")
    return "【阳光业扩】关联营业厅申请的验证码 " + code + "，" + minutes + " 分钟内有效。 / GetPower code to link a service-hall application: " +
           code + ", valid " + minutes + " minutes.";
  if (purpose == "attach_request") {
    const std::string number = params.is_object() ? params.value("number", "") : "";
    return "【阳光业扩】营业厅为您的手机号受理了用电申请 " + number + "，请登录确认后查看。 / GetPower: an application (" + number +
           ") was taken at the service hall for your number; log in to confirm it.";
  }
  return purpose;
}

}  // namespace gp::server
