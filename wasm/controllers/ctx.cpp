#include "controllers/ctx.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "platform/redraw.h"

namespace app {
namespace {

struct Retry {
  double due;
  std::string path;
  Done done;
  int attempt;
};
std::vector<Retry> g_retries;

void note_connection(Ctx& c, const net::ApiReply& r) {
  if (r.status == 0) {
    c.s.conn.lost = true;
    ++c.s.conn.failures;
  } else {
    c.s.conn.lost = false;
    c.s.conn.failures = 0;
  }
  // A session that ended on the server (expired, revoked): forget it and ask to log in again.
  if (r.status == 401 && c.s.session.user) {
    state::forget_user(c.s);
    c.s.flash = state::tr("common.session_expired");
    c.s.flash_error = true;
    state::go(c.s, state::Screen::Login);
  }
  // --require-second-factor: staff without one may only enroll (docs/deploy.md).
  if (r.status == 403 && r.error && r.error->code == "second_factor_required" && c.s.route.screen != state::Screen::Security) {
    state::go(c.s, state::Screen::Security);
    c.s.flash = r.error->message;
    c.s.flash_error = true;
  }
}

void send_get(Ctx* c, const std::string& path, Done done, int attempt) {
  c->api.get(path, [c, path, done, attempt](net::ApiReply r) {
    note_connection(*c, r);
    if (r.status == 0) {
      // Retry reads: 1 s, 2 s, 4 s ... at most 15 s apart, until an answer comes.
      const double delay = std::min(15.0, static_cast<double>(1 << std::min(attempt, 4)));
      g_retries.push_back({c->now + delay, path, done, attempt + 1});
      c->s.conn.retry_at = c->now + delay;
      platform::request_redraw_in(delay);
      return;
    }
    done(r);
  });
}

}  // namespace

void get(Ctx& c, const std::string& path, Done done) { send_get(&c, path, std::move(done), 0); }

void post(Ctx& c, const std::string& path, const nlohmann::json& body, Done done) {
  Ctx* cp = &c;
  c.api.post(path, body, [cp, done](net::ApiReply r) {
    note_connection(*cp, r);
    done(r);
  });
}

void put(Ctx& c, const std::string& path, const nlohmann::json& body, Done done) {
  Ctx* cp = &c;
  c.api.put(path, body, [cp, done](net::ApiReply r) {
    note_connection(*cp, r);
    done(r);
  });
}

void del(Ctx& c, const std::string& path, Done done) {
  Ctx* cp = &c;
  c.api.del(path, [cp, done](net::ApiReply r) {
    note_connection(*cp, r);
    done(r);
  });
}

void run_retries(Ctx& c) {
  if (g_retries.empty()) return;
  std::vector<Retry> due, later;
  for (auto& r : g_retries) (r.due <= c.now ? due : later).push_back(std::move(r));
  g_retries = std::move(later);
  for (auto& r : due) send_get(&c, r.path, r.done, r.attempt);
}

std::string error_message(const net::ApiReply& r) {
  if (r.status == 0) return state::tr("common.connection_lost");
  if (r.error && !r.error->message.empty()) return r.error->message;
  return state::trf("common.error", {std::to_string(r.status)});
}

}  // namespace app
