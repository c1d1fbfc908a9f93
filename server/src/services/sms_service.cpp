#include "services/sms_service.h"

#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "gp/dto/admin.h"
#include "gp/dto/outcomes.h"
#include "gp/validate.h"
#include "services/json_fields.h"
#include "services/service_error.h"
#include "store/hash.h"
#include "store/sms.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

std::string random_hex(std::size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(2 * bytes + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
  hex.pop_back();
  return hex;
}

[[noreturn]] void throttled(gp::Instant wait, const char* field) {
  const long minutes = static_cast<long>((wait + 59) / 60);
  throw ServiceError(K::too_many, gp::make_error("throttled", field, "发送过于频繁，请 " + std::to_string(minutes) + " 分钟后再试",
                                                 "too many requests; try again in " + std::to_string(minutes) + " minutes"))
      .with_retry_after(static_cast<long>(wait));
}

}  // namespace

gp::Instant wall_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

SmsService::SmsService(store::Database& db, Clock& clock, const SmsGatewayConfig& gateway, SmsPolicy policy)
    : db_(db), clock_(clock), gateway_(make_sms_gateway(gateway)), policy_(policy) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialize");
}

SmsService::~SmsService() { stop(); }

json SmsService::request_code(const json& body, const std::string& address) {
  fields::require_object(body);
  fields::only_keys(body, {"phone", "purpose"});
  const std::string phone = fields::text(body, "phone", true, 1, 20);
  if (auto e = gp::validate::mobile_phone(phone, "phone")) fail(K::invalid, *e);
  const std::string purpose = fields::text(body, "purpose", true, 1, 20);
  if (purpose != "register" && purpose != "claim")
    fail(K::invalid, "invalid", "purpose", "purpose 应为 register 或 claim", "purpose must be register or claim");
  const std::string norm = gp::validate::normalize_mobile(phone);
  const gp::Instant now = clock_.now();

  // The code is drawn before the transaction; only its salted hash is stored, the code itself
  // travels in the outbox row until delivered.
  char code[8];
  std::snprintf(code, sizeof code, "%06u", static_cast<unsigned>(randombytes_uniform(1000000)));
  const std::string salt = random_hex(16);
  const std::string hash = store::sha256_hex(salt + code);

  // The decision is returned, not thrown, so that the address counter's increment commits.
  const gp::Instant wait = db_.write([&](store::Conn& db) -> gp::Instant {
    if (store::bump_rate_counter(db, "sms-ip:" + address, now, 3600) > policy_.per_address_per_hour) return 3600;
    if (auto last = store::latest_sms_code(db, norm, purpose); last && now - last->created_at < policy_.resend_seconds)
      return policy_.resend_seconds - (now - last->created_at);
    if (store::sms_codes_since(db, norm, now - 3600) >= policy_.per_phone_per_hour) return 3600;
    store::insert_sms_code(db, norm, purpose, salt, hash, now, now + policy_.code_seconds);
    enqueue_in(db, norm, purpose, {{"code", code}, {"minutes", policy_.code_seconds / 60}}, true, policy_.code_seconds);
    return 0;
  });
  if (wait > 0) throttled(wait, "phone");
  wake();
  // The same answer for every number: whether it has an account is not told here.
  return gp::dto::SmsCodeSentDto{true, policy_.code_seconds, policy_.resend_seconds};  // gp/dto/outcomes.h
}

bool SmsService::verify_code(const std::string& phone, const std::string& purpose, const std::string& code) {
  const gp::Instant now = clock_.now();
  return db_.write([&](store::Conn& db) {
    auto c = store::latest_sms_code(db, phone, purpose);
    if (!c || c->used || now >= c->expires_at || c->tries >= policy_.max_tries) return false;
    const std::string h = store::sha256_hex(c->salt + code);
    if (h.size() != c->code_hash.size() || sodium_memcmp(h.data(), c->code_hash.data(), h.size()) != 0) {
      store::count_sms_code_try(db, c->id);
      return false;
    }
    store::use_sms_code(db, c->id, now);
    return true;
  });
}

void SmsService::enqueue_in(store::Conn& db, const std::string& phone, const std::string& purpose, const json& params,
                            bool holds_code, gp::Instant valid_seconds) {
  const gp::Instant now = wall_now();
  store::enqueue_sms(db, phone, purpose, params, holds_code, now, now + (valid_seconds > 0 ? valid_seconds : policy_.message_seconds));
}

void SmsService::wake() {
  {
    std::lock_guard<std::mutex> lk(mu_);
    woken_ = true;
  }
  cv_.notify_all();
}

int SmsService::deliver_due() {
  const gp::Instant now = wall_now();
  auto due = db_.write([&](store::Conn& db) {
    store::expire_sms(db, now);
    return store::due_sms(db, now, 50);
  });
  int delivered = 0;
  for (const auto& m : due) {
    if (!running_ && thread_.joinable()) break;
    std::string error;
    bool ok = false;
    try {
      ok = gateway_->send({m.id, m.phone, m.purpose, m.params}, error);
    } catch (const std::exception& e) {
      error = e.what();
    }
    db_.write([&](store::Conn& db) {
      if (ok) {
        // The development outbox keeps the code until it expires (the admin's list shows it); a
        // real gateway has it now, so our copy goes.
        store::mark_sms_sent(db, m.id, wall_now(), !gateway_->development());
      } else {
        const int attempts = m.attempts + 1;
        gp::Instant delay = policy_.retry_first_seconds;
        for (int i = 1; i < attempts && delay < policy_.retry_max_seconds; ++i) delay *= 2;
        if (delay > policy_.retry_max_seconds) delay = policy_.retry_max_seconds;
        store::mark_sms_failed(db, m.id, attempts, wall_now() + delay, error);
      }
    });
    if (ok) ++delivered;
    else std::fprintf(stderr, "sms: message %lld to the gateway failed (attempt %d): %s\n", static_cast<long long>(m.id),
                      m.attempts + 1, error.c_str());
  }
  return delivered;
}

void SmsService::start() {
  if (running_.exchange(true)) return;
  thread_ = std::thread([this] {
    while (running_) {
      try {
        deliver_due();
      } catch (const std::exception& e) {
        std::fprintf(stderr, "sms sender: %s\n", e.what());
      }
      // Sleep until woken by a new message or the next retry falls due (at most a second, so a
      // message written by another part of the server is never long unnoticed).
      std::unique_lock<std::mutex> lk(mu_);
      cv_.wait_for(lk, std::chrono::seconds(1), [this] { return woken_ || !running_; });
      woken_ = false;
    }
  });
}

void SmsService::stop() {
  if (!running_.exchange(false)) return;
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

json SmsService::outbox(int limit) {
  const bool dev = gateway_->development();
  gp::dto::SmsOutboxDto out;  // gp/dto/admin.h
  out.development_only = dev;
  for (const auto& m : store::recent_sms(db_.reader(), limit)) {
    gp::dto::SmsMessageDto d;
    d.id = m.id;
    d.phone = m.phone;
    d.purpose = m.purpose;
    d.status = m.status;
    d.attempts = m.attempts;
    d.created_at = gp::format_datetime_cst(m.created_at);
    if (m.sent_at) d.sent_at = gp::format_datetime_cst(m.sent_at);
    if (!m.last_error.empty()) d.last_error = m.last_error;
    // Codes only from the development outbox, where nothing ever reached a phone.
    if (dev && m.params.is_object()) {
      d.text = sms_text(m.purpose, m.params);
      if (m.params.contains("code") && m.params.at("code").is_string()) d.code = m.params.at("code").get<std::string>();
    } else if (!m.holds_code && m.params.is_object()) {
      d.text = sms_text(m.purpose, m.params);
    }
    out.messages.push_back(std::move(d));
  }
  if (dev)
    out.notice = gp::dto::TextZhEn{"开发用短信发件箱：未配置短信网关，短信未发送到任何手机，仅供开发测试。",
                                   "Development outbox: no SMS gateway is configured; nothing was sent to any phone. Development only."};
  return out;
}

}  // namespace gp::server
