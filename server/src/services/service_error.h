// What a use case reports when it cannot go on: a kind that the HTTP edge maps to a status, and
// the precise bilingual error (which field, what is wrong). Services know nothing of HTTP.
#pragma once
#include <stdexcept>

#include "gp/error.h"

namespace gp::server {

class ServiceError : public std::runtime_error {
 public:
  enum class Kind { invalid = 400, unauthorized = 401, forbidden = 403, not_found = 404, conflict = 409,
                    too_large = 413, unsupported = 415, too_many = 429 };
  ServiceError(Kind k, gp::Error e) : std::runtime_error(e.message_en), kind_(k), error_(std::move(e)) {}
  Kind kind() const { return kind_; }
  int status() const { return static_cast<int>(kind_); }
  const gp::Error& error() const { return error_; }
  // For too_many (429): seconds until a retry can succeed, sent as Retry-After; 0 when unknown.
  long retry_after() const { return retry_after_; }
  ServiceError& with_retry_after(long seconds) {
    retry_after_ = seconds;
    return *this;
  }

 private:
  Kind kind_;
  gp::Error error_;
  long retry_after_ = 0;
};

[[noreturn]] inline void fail(ServiceError::Kind k, std::string code, std::string field, std::string zh, std::string en) {
  throw ServiceError(k, gp::make_error(std::move(code), std::move(field), std::move(zh), std::move(en)));
}
[[noreturn]] inline void fail(ServiceError::Kind k, gp::Error e) { throw ServiceError(k, std::move(e)); }

[[noreturn]] inline void not_found(const std::string& what_zh, const std::string& what_en) {
  fail(ServiceError::Kind::not_found, "not_found", "", what_zh + "不存在", what_en + " not found");
}

}  // namespace gp::server
