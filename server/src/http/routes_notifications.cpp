// Notifications (rule P1: progress pushed to the customer; rule M2: escalations to staff): the inbox,
// marking read, a long poll, and a server-sent-event stream the browser keeps open.
#include <algorithm>
#include <chrono>

#include "gp/dto/answers.h"
#include "gp/dto/desk.h"
#include "http/api_error.h"
#include "http/auth.h"
#include "http/json_body.h"
#include "http/query.h"
#include "http/response.h"
#include "http/routes.h"
#include "http/stream_registry.h"
#include "store/notifications.h"

namespace gp::server {
namespace {

using nlohmann::json;

// The inbox page after `after`: the shared wire type (gp/dto/desk.h).
gp::dto::NotificationPageDto inbox(store::Conn& db, std::int64_t user, std::int64_t after, int limit) {
  gp::dto::NotificationPageDto page;
  std::int64_t last = after;
  for (const auto& n : store::notifications_after(db, user, after, limit)) {
    last = std::max(last, n.id);
    page.items.push_back({n.id, gp::format_datetime_cst(n.at), n.kind, n.title_zh, n.title_en, n.body_zh, n.body_en, n.read,
                          n.application_number});
  }
  page.unread = store::unread_notifications(db, user);
  page.last_id = std::max(last, store::last_notification_id(db, user));
  return page;
}

// How often an open stream or long poll checks that its session still stands (logout, "log out
// everywhere", password change, a disabled account end it): one indexed lookup per stream per
// slice, and the stream ends within this long of the revocation.
constexpr int kSessionCheckMs = 2000;
constexpr int kPingMs = 15000;

}  // namespace

void register_notification_routes(Router& r, AppContext& ctx) {
  r.get("/api/v1/notifications", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"after", "limit", "wait"});
    Authed a = require_auth(req, ctx);
    const std::int64_t after = req.has_param("after") ? int_param(req, "after", 0, 1LL << 62) : 0;
    const int limit = req.has_param("limit") ? static_cast<int>(int_param(req, "limit", 1, 200)) : 50;
    const int wait = req.has_param("wait") ? static_cast<int>(int_param(req, "wait", 0, 30)) : 0;
    // Long poll: hold the request until something new arrives for this user, or `wait` seconds.
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(wait);
    std::uint64_t gen = ctx.notifier.generation();
    auto out = inbox(ctx.db.reader(), a.caller.user_id, after, limit);
    while (out.items.empty() && std::chrono::steady_clock::now() < until && !ctx.notifier.closed()) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()).count();
      gen = ctx.notifier.wait(gen, static_cast<int>(std::clamp<long long>(left, 1, kSessionCheckMs)));
      // A poll held past its session's end answers 401, as a fresh request would.
      if (!ctx.auth.session_alive(a.session_hash)) throw_unauthorized();
      out = inbox(ctx.db.reader(), a.caller.user_id, after, limit);
    }
    write_json(res, 200, out);
  });

  r.post("/api/v1/notifications/read", [&ctx](const httplib::Request& req, httplib::Response& res) {
    Authed a = require_auth(req, ctx);
    const auto body = parse_json_body(req);
    allow_only_params(req, {});
    if (!body.is_object()) throw ApiError(400, gp::make_error("invalid_type", "", "请求体应为对象", "the body must be an object"));
    for (auto it = body.begin(); it != body.end(); ++it)
      if (it.key() != "ids" && it.key() != "all")
        throw ApiError(400, gp::make_error("unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key()));
    // "all": "yes" is a mistake to name, not a silent false.
    if (body.contains("all") && !body.at("all").is_boolean())
      throw ApiError(400, gp::make_error("invalid_type", "all", "all 应为 true 或 false", "all must be true or false"));
    const bool all = body.value("all", false);
    std::vector<std::int64_t> ids;
    if (!all) {
      if (!body.contains("ids") || !body.at("ids").is_array() || body.at("ids").size() > 500)
        throw ApiError(400, gp::make_error("required", "ids", "请提供要标记为已读的 ids（最多 500 个）或 all: true", "give ids (at most 500) or all: true"));
      for (const auto& v : body.at("ids")) {
        if (!v.is_number_integer()) throw ApiError(400, gp::make_error("invalid", "ids", "ids 应为整数数组", "ids must be integers"));
        ids.push_back(v.get<std::int64_t>());
      }
    }
    // Only the caller's own notifications change.
    const int changed = ctx.db.write([&](store::Conn& db) {
      return all ? store::mark_all_notifications_read(db, a.caller.user_id) : store::mark_notifications_read(db, a.caller.user_id, ids);
    });
    write_json(res, 200, gp::dto::MarkedDto{changed});
  });

  // Server-sent events: one "notification" event per new item; a comment every 15 s keeps proxies
  // from closing the stream; the stream ends after 10 minutes and the browser reconnects. It also
  // ends within kSessionCheckMs of its session ending (issue 15, hole 6), and each user may hold
  // only a few (StreamRegistry), so one customer cannot take every slot.
  r.get("/api/v1/notifications/stream", [&ctx](const httplib::Request& req, httplib::Response& res) {
    allow_only_params(req, {"after"});
    Authed a = require_auth(req, ctx);
    std::int64_t after = req.has_param("after") ? int_param(req, "after", 0, 1LL << 62) : -1;
    if (after < 0) after = inbox(ctx.db.reader(), a.caller.user_id, 0, 1).last_id;
    StreamRegistry::Refusal why = StreamRegistry::Refusal::none;
    auto slot = ctx.streams.acquire(a.caller.user_id, &why);
    if (why == StreamRegistry::Refusal::user_full) {
      res.set_header("Retry-After", "60");
      throw ApiError(429, gp::make_error("too_many_streams", "", "您打开的通知连接过多，请关闭其他页面后重试",
                                         "you have too many notification streams open; close other tabs and retry"));
    }
    if (!slot) throw ApiError(503, gp::make_error("unavailable", "", "连接过多，请稍后重试", "too many open streams, retry later"));
    const std::int64_t user = a.caller.user_id;
    const std::string session = a.session_hash;
    struct State {
      std::int64_t after;
      std::uint64_t gen;
      std::chrono::steady_clock::time_point end, next_ping;
      std::shared_ptr<StreamRegistry::Slot> slot;  // given back when the stream's provider is destroyed
    };
    const auto now = std::chrono::steady_clock::now();
    auto state = std::make_shared<State>(State{after, ctx.notifier.generation(), now + std::chrono::minutes(10),
                                               now + std::chrono::milliseconds(kPingMs), std::move(slot)});
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Accel-Buffering", "no");  // nginx: pass events through at once
    res.set_chunked_content_provider(
        "text/event-stream",
        [&ctx, user, session, state](std::size_t, httplib::DataSink& sink) {
          const auto news = inbox(ctx.db.reader(), user, state->after, 50);
          for (auto it = news.items.rbegin(); it != news.items.rend(); ++it) {
            const std::string msg = "id: " + std::to_string(it->id) + "\nevent: notification\ndata: " + json(*it).dump() + "\n\n";
            if (!sink.write(msg.data(), msg.size())) return false;
            state->after = std::max(state->after, it->id);
          }
          const auto t = std::chrono::steady_clock::now();
          if (t >= state->end) {
            sink.done();
            return true;
          }
          const auto to_ping = std::chrono::duration_cast<std::chrono::milliseconds>(state->next_ping - t).count();
          state->gen = ctx.notifier.wait(state->gen, static_cast<int>(std::clamp<long long>(to_ping, 1, kSessionCheckMs)));
          // The server is stopping, or the session ended: end the stream (the browser reconnects,
          // and with its session gone it is asked to log in).
          if (ctx.notifier.closed() || !ctx.auth.session_alive(session)) {
            sink.done();
            return true;
          }
          if (!sink.is_writable()) return false;
          if (std::chrono::steady_clock::now() < state->next_ping) return true;
          state->next_ping = std::chrono::steady_clock::now() + std::chrono::milliseconds(kPingMs);
          static const std::string ping = ": ping\n\n";
          return sink.write(ping.data(), ping.size());
        },
        [state](bool) { state->slot.reset(); });
  });
}

}  // namespace gp::server
