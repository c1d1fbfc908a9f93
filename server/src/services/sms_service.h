// SMS as a part of the product (issue 15, hole 1): one-time codes that prove a phone number, and
// the outbox through which every SMS leaves.
//
// A code is 6 random digits, valid `code_seconds`, at most `max_tries` wrong entries, stored only
// as SHA-256 over a per-row salt and the code. Requests are throttled per number (one per purpose
// every `resend_seconds`, `per_phone_per_hour` in all) and per client address. The answer is the
// same for every number, whether or not it has an account.
//
// Every message is written to the outbox inside the transaction that causes it; a background
// sender delivers pending messages through the gateway and retries with exponential backoff, so
// a gateway that is down loses nothing (the rows survive a restart). A code's text is cleared once
// delivered to a real gateway or expired.
#pragma once
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "services/clock.h"
#include "services/sms_gateway.h"
#include "store/conn.h"
#include "store/database.h"

namespace gp::server {

struct SmsPolicy {
  gp::Instant code_seconds = 10 * 60;
  int max_tries = 5;
  gp::Instant resend_seconds = 60;
  int per_phone_per_hour = 5;
  int per_address_per_hour = 30;
  gp::Instant retry_first_seconds = 2;   // backoff: 2, 4, 8, ... seconds
  gp::Instant retry_max_seconds = 300;
  gp::Instant message_seconds = 24 * 3600;  // a message without a code is dropped after a day undelivered
};

class SmsService {
 public:
  SmsService(store::Database& db, Clock& clock, const SmsGatewayConfig& gateway, SmsPolicy policy = {});
  ~SmsService();

  // POST /auth/sms-code {phone, purpose}: 202 with the same answer for every number; 400 naming
  // the field; 429 with retry_after when throttled.
  nlohmann::json request_code(const nlohmann::json& body, const std::string& client_address);
  // Checks `code` against the newest code sent to `phone` for `purpose`, in its own committed
  // transaction: a wrong code counts a try, the right one is used up. False when wrong, expired,
  // used or out of tries (one answer for all, so nothing is learnt from it).
  bool verify_code(const std::string& phone, const std::string& purpose, const std::string& code);

  // Inside the caller's write transaction: a message to `phone`. wake() after the commit.
  void enqueue_in(store::Conn& db, const std::string& phone, const std::string& purpose, const nlohmann::json& params,
                  bool holds_code, gp::Instant valid_seconds);
  void wake();

  // GET /admin/sms/outbox: the newest messages; their text (codes) only with the development outbox.
  nlohmann::json outbox(int limit);
  bool development() const { return gateway_->development(); }
  const SmsPolicy& policy() const { return policy_; }

  // The background sender (started by `serve`, stopped before the database closes).
  void start();
  void stop();
  // One pass: expire, then deliver what is due. Returns the number delivered.
  int deliver_due();

 private:
  store::Database& db_;
  Clock& clock_;
  std::unique_ptr<SmsGateway> gateway_;
  SmsPolicy policy_;
  std::atomic<bool> running_{false};
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool woken_ = false;
};

// The wall clock (the outbox's retries need real time even under --test-clock).
gp::Instant wall_now();

}  // namespace gp::server
