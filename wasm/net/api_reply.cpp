#include "net/api_reply.h"

namespace net {

ApiReply parse_api_reply(int status, std::string_view body) {
  ApiReply r;
  r.status = status;
  if (status == 0) {
    r.error = ApiError{0, "network", "", ""};
    return r;
  }
  // Browser code does not throw on bad data (style.md #7).
  if (!body.empty()) r.body = nlohmann::json::parse(body, nullptr, false);
  const bool parsed = !r.body.is_discarded();
  if (!parsed) r.body = nullptr;
  if (status >= 200 && status < 300) {
    if (!parsed) r.error = ApiError{status, "bad_reply", "", ""};
    return r;
  }
  ApiError e{status, "http_" + std::to_string(status), "", ""};
  if (parsed && r.body.is_object()) {
    const auto err = r.body.find("error");
    if (err != r.body.end() && err->is_object()) {
      auto str = [&](const char* k) {
        const auto v = err->find(k);
        return v != err->end() && v->is_string() ? v->get<std::string>() : std::string();
      };
      if (auto c = str("code"); !c.empty()) e.code = c;
      e.message = str("message");
      e.field = str("field");
    }
  }
  r.error = std::move(e);
  return r;
}

}  // namespace net
