// The one error shape of the API (architecture.md): {"error":{"code","message","message_zh",
// "message_en","field"}}, with `message` in the caller's language. Handlers throw ApiError; the
// exception handler installed by HttpServer turns it into the response, in one place.
#pragma once
#include <stdexcept>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "gp/error.h"

namespace gp::server {

enum class Lang { zh, en };

// Chinese unless the request asks for English (`?lang=en`, or `Accept-Language` whose first
// language is English). `?lang=zh` forces Chinese.
Lang request_lang(const httplib::Request& req);

class ApiError : public std::runtime_error {
 public:
  // `extra` (an object) is merged into the error object, e.g. {"offset": 17} for invalid JSON.
  ApiError(int status, gp::Error error, nlohmann::json extra = nlohmann::json::object());
  int status() const { return status_; }
  const gp::Error& error() const { return error_; }
  const nlohmann::json& extra() const { return extra_; }

 private:
  int status_;
  gp::Error error_;
  nlohmann::json extra_;
};

// A gp::Error from the domain library (rules, facts, calendar) is the caller's fault: 400.
[[noreturn]] void throw_bad_request(gp::Error error);

// The error object for `e`, message in `lang`. `field` is "" when the error is not about a field.
nlohmann::json error_json(const gp::Error& e, Lang lang, const nlohmann::json& extra = nlohmann::json::object());

// The generic error for an HTTP status raised outside a handler (404 route miss, 413 from the
// body reader, 500...): stable code plus both messages.
gp::Error status_error(int status);

}  // namespace gp::server
