// Where SMS go. A real deployment posts each message to the provider's HTTP gateway (provider,
// template and signing key are configuration); without a gateway configured (`make run`, tests)
// the development outbox writes each message, code included, to the server log instead —
// clearly marked DEVELOPMENT ONLY, since nothing reaches a phone.
#pragma once
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

namespace gp::server {

struct SmsGatewayConfig {
  std::string url;        // http://host[:port]/path; empty: the development outbox
  std::string provider;   // the provider's name, sent with every message
  std::string template_id;
  std::string key;        // HMAC-SHA256 signing key (the contents of --sms-key-file)
};

struct SmsDelivery {
  std::int64_t id = 0;  // the outbox id: the gateway can drop a repeat (idempotency key)
  std::string phone, purpose;
  nlohmann::json params;
};

class SmsGateway {
 public:
  virtual ~SmsGateway() = default;
  // True when delivered (accepted by the gateway); false with `error` set to retry later.
  virtual bool send(const SmsDelivery& m, std::string& error) = 0;
  // The development outbox: codes may be shown to the admin (they were never sent anywhere).
  virtual bool development() const = 0;
};

std::unique_ptr<SmsGateway> make_sms_gateway(const SmsGatewayConfig& cfg);

// The signature header's value: hex HMAC-SHA256 over "<timestamp>.<body>" with the key.
std::string sms_signature(const std::string& key, const std::string& timestamp, const std::string& body);

// The text of a message in Chinese and English (the development log and the gateway's fallback).
std::string sms_text(const std::string& purpose, const nlohmann::json& params);

}  // namespace gp::server
