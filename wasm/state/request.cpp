#include "state/request.h"

#include <utility>

#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

Request get(std::string path, OnReply on_reply) { return {"GET", std::move(path), nullptr, std::move(on_reply)}; }
Request post(std::string path, nlohmann::json body, OnReply on_reply) {
  return {"POST", std::move(path), std::move(body), std::move(on_reply)};
}
Request put(std::string path, nlohmann::json body, OnReply on_reply) {
  return {"PUT", std::move(path), std::move(body), std::move(on_reply)};
}
Request del(std::string path, OnReply on_reply) { return {"DELETE", std::move(path), nullptr, std::move(on_reply)}; }
Request post_text(std::string path, std::string text, std::string content_type, OnReply on_reply) {
  return {"POST", std::move(path), nullptr, std::move(on_reply), std::move(text), std::move(content_type)};
}

Request pending(AppState& s, PendingSlot slot, Request r) {
  const long long id = next_request_id();
  slot(s).id = id;
  OnReply inner = std::move(r.on_reply);
  r.on_reply = [slot = std::move(slot), inner = std::move(inner), id](AppState& st, const net::ApiReply& rep) -> Requests {
    Pending& p = slot(st);
    if (p.id != id) return {};  // superseded or cancelled
    p.id = 0;
    return inner ? inner(st, rep) : Requests{};
  };
  return r;
}

std::string reply_text(const net::ApiReply& r) {
  if (r.status != 0 && r.body.is_object() && r.body.contains("error") && r.body.at("error").is_object()) {
    const std::string m = jstr(r.body.at("error"), en() ? "message_en" : "message_zh");
    if (!m.empty()) return m;
  }
  if (r.status == 0) return tr("common.connection_lost");
  if (r.error && !r.error->message.empty()) return r.error->message;
  return trf("common.error", {std::to_string(r.status)});
}

std::string reply_field(const net::ApiReply& r) { return r.error ? r.error->field : ""; }

Requests answer(AppState& s, const Request& r, const net::ApiReply& rep) { return r.on_reply ? r.on_reply(s, rep) : Requests{}; }

net::ApiReply reply(int status, const nlohmann::json& body) { return net::parse_api_reply(status, body.dump()); }

}  // namespace state
