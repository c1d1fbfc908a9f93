// Issue 15, hole 6 and the transport hardening: notification streams that outlive their session
// and one user holding every stream slot; session cookies behind a TLS proxy (__Host-, Secure,
// HSTS) and who may claim HTTPS; the Origin check against the public origin; the test clock for
// admins only; the progress lookup by POST with one answer for "unknown number" and "wrong
// phone"; the kiosk channel only from a registered device. Each test runs the attack against the
// real server on loopback and asserts the defence.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include <gtest/gtest.h>

#include "api_client.h"
#include "server_process.h"

namespace {

using gp::apitest::Account;
using gp::apitest::Api;
using gp::apitest::json;
using gp::apitest::Reply;
using gp::apitest::show;
using gp::test::ServerConfig;
using gp::test::ServerProcess;
using gp::test::TempDir;

// Every Set-Cookie header of a reply.
// The session cookies a reply sets (a login also sets gp_device, the known-device cookie of the
// login throttle; it is checked apart).
std::vector<std::string> set_cookies(const Reply& r) {
  std::vector<std::string> out;
  auto range = r.headers.equal_range("Set-Cookie");
  for (auto it = range.first; it != range.second; ++it)
    if (it->second.rfind("gp_device=", 0) != 0) out.push_back(it->second);
  return out;
}

// The known-device cookie a login sets ("" when none).
std::string device_cookie(const Reply& r) {
  auto range = r.headers.equal_range("Set-Cookie");
  for (auto it = range.first; it != range.second; ++it)
    if (it->second.rfind("gp_device=", 0) == 0) return it->second;
  return "";
}

// The attributes of one Set-Cookie value ("name=value", "Secure", "Path=/", ...).
std::vector<std::string> cookie_parts(const std::string& c) {
  std::vector<std::string> parts;
  std::size_t pos = 0;
  while (pos <= c.size()) {
    std::size_t end = c.find(';', pos);
    if (end == std::string::npos) end = c.size();
    std::string p = c.substr(pos, end - pos);
    p.erase(0, p.find_first_not_of(' '));
    if (!p.empty()) parts.push_back(p);
    pos = end + 1;
  }
  return parts;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// An open GET /api/v1/notifications/stream in a thread: `connected` once the answer's headers
// arrived; the future is ready when the server ended the stream (or after 60 s of silence).
struct Stream {
  std::atomic<bool> connected{false};
  std::atomic<int> status{0};
  std::future<std::string> done;
};

std::unique_ptr<Stream> open_stream(const ServerProcess& server, const std::string& token) {
  auto s = std::make_unique<Stream>();
  Stream* raw = s.get();
  s->done = std::async(std::launch::async, [&server, token, raw] {
    auto cli = server.client();
    cli->set_read_timeout(60, 0);
    std::string got;
    cli->Get("/api/v1/notifications/stream", {{"Authorization", "Bearer " + token}},
             [raw](const httplib::Response& r) {
               raw->status = r.status;
               raw->connected = true;
               return true;
             },
             [&got](const char* data, size_t n) {
               got.append(data, n);
               return true;
             });
    raw->connected = true;  // also when refused before any answer
    return got;
  });
  for (int i = 0; i < 250 && !s->connected; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  return s;
}

// Waits for the stream to end, up to `limit`; true when it ended.
bool ends_within(Stream& s, std::chrono::seconds limit) { return s.done.wait_for(limit) == std::future_status::ready; }

}  // namespace

// --- hole 6: notification streams --------------------------------------------------------------

// A customer's browser holds the notification stream; the customer logs out (or the token was
// stolen and the session revoked). The stream must end with the session, not run on for up to 10
// minutes delivering the customer's notifications to whoever holds the connection.
TEST(SessionTransport, NotificationStreamEndsWhenTheSessionLogsOut) {
  TempDir dir("gp-sec-stream-");
  ServerProcess server({dir.path() / "data", {}, {}});
  Api api(server);
  Account cust = gp::apitest::register_customer(api, "流客户");
  auto s = open_stream(server, cust.token);
  ASSERT_TRUE(s->connected);
  ASSERT_EQ(s->status, 200);
  ASSERT_FALSE(ends_within(*s, std::chrono::seconds(1))) << "the stream is open while the session stands";
  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_EQ(api.post("/api/v1/auth/logout", json::object(), cust).status, 200);
  EXPECT_TRUE(ends_within(*s, std::chrono::seconds(10))) << "the stream outlived its session";
  std::cout << "[ figure ] stream ended "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s after logout\n";
  // A new stream with the revoked token is refused outright.
  EXPECT_EQ(api.get("/api/v1/notifications/stream", cust).status, 401);
}

// The same when an administrator disables a staff account: its open streams end.
TEST(SessionTransport, NotificationStreamEndsWhenTheAccountIsDisabled) {
  TempDir dir("gp-sec-stream-");
  const auto data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "sec.admin", "admin", "Sec-Admin-Pass1");
  ServerProcess server({data, {}, {}});
  Api api(server);
  gp::apitest::login(api, admin);
  Account cm = gp::apitest::create_staff(api, admin, "customer_manager", "leaver.cm", "离职经理");
  auto s = open_stream(server, cm.token);
  ASSERT_TRUE(s->connected);
  ASSERT_EQ(s->status, 200);
  ASSERT_EQ(api.post("/api/v1/admin/users/" + std::to_string(cm.id) + "/disabled", {{"disabled", true}}, admin).status, 200);
  EXPECT_TRUE(ends_within(*s, std::chrono::seconds(10))) << "the disabled account kept its stream";
}

// One customer opens streams in a loop to take every slot (the cap was 200 for the whole
// server): past the per-user cap they are refused with 429, and another user still gets one.
TEST(SessionTransport, OneUserCannotHoldEveryStreamSlot) {
  TempDir dir("gp-sec-stream-");
  ServerProcess server({dir.path() / "data", {}, {}});
  Api api(server);
  Account hog = gp::apitest::register_customer(api, "占位者");
  Account other = gp::apitest::register_customer(api, "路人");
  std::vector<std::unique_ptr<Stream>> mine;
  int opened = 0, refused = 0;
  for (int i = 0; i < 8; ++i) {
    mine.push_back(open_stream(server, hog.token));
    ASSERT_TRUE(mine.back()->connected);
    if (mine.back()->status == 200) ++opened;
    if (mine.back()->status == 429) ++refused;
  }
  EXPECT_EQ(opened, 5) << "the per-user cap";
  EXPECT_EQ(refused, 3);
  auto theirs = open_stream(server, other.token);
  ASSERT_TRUE(theirs->connected);
  EXPECT_EQ(theirs->status, 200) << "another user is not starved";
  // Streams end with the logout: the hog's slots come back.
  ASSERT_EQ(api.post("/api/v1/auth/logout", json::object(), hog).status, 200);
  ASSERT_EQ(api.post("/api/v1/auth/logout", json::object(), other).status, 200);
  for (auto& s : mine) EXPECT_TRUE(ends_within(*s, std::chrono::seconds(10)));
  EXPECT_TRUE(ends_within(*theirs, std::chrono::seconds(10)));
}

// --- cookies behind the TLS proxy ----------------------------------------------------------------

// Behind nginx (TLS), the proxy says "X-Forwarded-Proto: https": the session cookie is then
// __Host-gp_session with Secure (a man in the middle on plain HTTP never sees it; a sibling host
// cannot plant it), and answers carry HSTS. Nobody but the configured proxy can claim HTTPS.
TEST(SessionTransport, SecureHostCookieAndHstsOnlyOverHttpsFromTheTrustedProxy) {
  TempDir dir("gp-sec-cookie-");
  ServerProcess server({dir.path() / "data", {}, {"--trusted-proxy", "127.0.0.1"}});
  Api api(server);
  Account cust = gp::apitest::register_customer(api, "安全客户");
  const json login = {{"login", cust.login}, {"password", cust.password}};
  const httplib::Headers https = {{"X-Forwarded-Proto", "https"}};

  const Reply tls = api.post("/api/v1/auth/login", login, "", https);
  ASSERT_EQ(tls.status, 200) << show(tls);
  const auto cookies = set_cookies(tls);
  ASSERT_EQ(cookies.size(), 1u);
  const auto parts = cookie_parts(cookies[0]);
  const std::string token = tls.body.value("token", "");
  EXPECT_EQ(parts.at(0), "__Host-gp_session=" + token);
  for (const char* attr : {"Secure", "Path=/", "HttpOnly", "SameSite=Strict"}) EXPECT_TRUE(has(parts, attr)) << attr << " in " << cookies[0];
  EXPECT_EQ(cookies[0].find("Domain"), std::string::npos) << "__Host- cookies carry no Domain";
  EXPECT_TRUE(has(cookie_parts(device_cookie(tls)), "Secure")) << "over HTTPS the known-device cookie is Secure too: " << device_cookie(tls);
  EXPECT_EQ(tls.header("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
  EXPECT_EQ(api.get("/api/v1/health", "", https).header("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
  // The __Host- cookie authenticates; over HTTPS a plain gp_session (plantable by a sibling host) does not.
  httplib::Headers host_cookie = {{"Cookie", "__Host-gp_session=" + token}, {"X-Forwarded-Proto", "https"}};
  EXPECT_EQ(api.get("/api/v1/auth/me", "", host_cookie).status, 200);
  EXPECT_EQ(api.get("/api/v1/auth/me", "", {{"Cookie", "gp_session=" + token}, {"X-Forwarded-Proto", "https"}}).status, 401);
  // Logging out over HTTPS clears the __Host- cookie (with Secure, or the browser ignores it).
  host_cookie.emplace("Origin", "http://127.0.0.1:" + std::to_string(server.port()));
  const Reply out = api.send("POST", "/api/v1/auth/logout", "", "", "", host_cookie);
  ASSERT_EQ(out.status, 200) << show(out);
  bool cleared = false;
  for (const auto& c : set_cookies(out))
    cleared |= c.rfind("__Host-gp_session=;", 0) == 0 && has(cookie_parts(c), "Secure") && has(cookie_parts(c), "Max-Age=0");
  EXPECT_TRUE(cleared);

  // Plain HTTP on loopback (make run): gp_session, no Secure (the browser would drop it), no HSTS.
  const Reply plain = api.post("/api/v1/auth/login", login);
  ASSERT_EQ(plain.status, 200);
  ASSERT_EQ(set_cookies(plain).size(), 1u);
  EXPECT_EQ(cookie_parts(set_cookies(plain)[0]).at(0), "gp_session=" + plain.body.value("token", ""));
  EXPECT_FALSE(has(cookie_parts(set_cookies(plain)[0]), "Secure"));
  EXPECT_FALSE(has(cookie_parts(device_cookie(plain)), "Secure"));
  EXPECT_EQ(plain.header("Strict-Transport-Security"), "");
  EXPECT_EQ(api.get("/api/v1/auth/me", "", {{"Cookie", "gp_session=" + plain.body.value("token", "")}}).status, 200);
}

// The same header from a client when no proxy is trusted (or from another address than the
// proxy's) is a forgery: no __Host-/Secure cookie, no HSTS.
TEST(SessionTransport, ForwardedProtoFromAnUntrustedClientIsIgnored) {
  TempDir dir("gp-sec-cookie-");
  for (const std::vector<std::string>& flags : {std::vector<std::string>{}, std::vector<std::string>{"--trusted-proxy", "10.9.8.7"}}) {
    ServerProcess server({dir.path() / ("data" + std::to_string(flags.size())), {}, flags});
    Api api(server);
    Account cust = gp::apitest::register_customer(api, "伪装者");
    const Reply r = api.post("/api/v1/auth/login", {{"login", cust.login}, {"password", cust.password}}, "", {{"X-Forwarded-Proto", "https"}});
    ASSERT_EQ(r.status, 200);
    ASSERT_EQ(set_cookies(r).size(), 1u);
    const auto parts = cookie_parts(set_cookies(r)[0]);
    EXPECT_EQ(parts.at(0).rfind("gp_session=", 0), 0u) << set_cookies(r)[0];
    EXPECT_FALSE(has(parts, "Secure"));
    EXPECT_EQ(r.header("Strict-Transport-Security"), "");
  }
}

// --- the Origin check knows the public origin ---------------------------------------------------

// With --public-origin, a cookie-authenticated write must come from that origin: a page on
// another origin that shares the Host header (a proxy forwarding any Host, DNS rebinding to the
// server's address) is refused; without it, the request's own Host is the origin (as before).
TEST(SessionTransport, CookieWritesMustComeFromThePublicOrigin) {
  TempDir dir("gp-sec-origin-");
  const std::string pub = "https://getpower.example.cn";
  ServerProcess server({dir.path() / "data", {}, {"--public-origin", pub}});
  Api api(server);
  Account cust = gp::apitest::register_customer(api, "源客户");
  const std::string self = "http://127.0.0.1:" + std::to_string(server.port());
  auto write = [&](const httplib::Headers& extra) {
    httplib::Headers h = {{"Cookie", "gp_session=" + cust.token}};
    h.insert(extra.begin(), extra.end());
    return api.send("POST", "/api/v1/notifications/read", R"({"all":true})", "application/json", "", h).status;
  };
  EXPECT_EQ(write({{"Origin", pub}}), 200);
  EXPECT_EQ(write({{"Referer", pub + "/index.html"}}), 200);
  EXPECT_EQ(write({{"Origin", self}}), 403) << "the Host header is not the public origin";
  EXPECT_EQ(write({{"Origin", "https://getpower.example.cn.evil.example"}}), 403);
  EXPECT_EQ(write({{"Origin", "http://getpower.example.cn"}}), 403) << "the scheme counts";
  EXPECT_EQ(write({}), 403) << "no Origin, no Referer";

  // Without --public-origin the request's own Host is the origin.
  ServerProcess plain({dir.path() / "data2", {}, {}});
  Api api2(plain);
  Account c2 = gp::apitest::register_customer(api2, "源客户二");
  auto write2 = [&](const std::string& origin) {
    return api2.send("POST", "/api/v1/notifications/read", R"({"all":true})", "application/json", "",
                     {{"Cookie", "gp_session=" + c2.token}, {"Origin", origin}}).status;
  };
  EXPECT_EQ(write2("http://127.0.0.1:" + std::to_string(plain.port())), 200);
  EXPECT_EQ(write2(pub), 403);
}

// A malformed --public-origin is a usage error, not a server that refuses every write.
TEST(SessionTransport, MalformedPublicOriginIsAUsageError) {
  TempDir dir("gp-sec-origin-");
  for (const char* bad : {"getpower.example.cn", "https://getpower.example.cn/", "https://GetPower.example.cn", "ftp://x"}) {
    const auto r = gp::apitest::run_cli({"serve", "--data", (dir.path() / "d").string(), "--port", "0", "--public-origin", bad}, "");
    EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.err;
  }
}

// --- the test clock -------------------------------------------------------------------------------

// Under --test-clock anyone could move "now": expire every session, make every application
// overdue. The route is for an admin only.
TEST(SessionTransport, TestClockNeedsAnAdminEvenUnderTestClock) {
  TempDir dir("gp-sec-clock-");
  const auto data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "clock.admin", "admin", "Clock-Admin-Pass1");
  ServerProcess server({data, {}, {"--test-clock"}});
  Api api(server);
  const json body = {{"now", "2030-01-01T09:00:00+08:00"}};
  EXPECT_EQ(api.post("/api/v1/test/clock", body).status, 401) << "anonymous";
  Account cust = gp::apitest::register_customer(api, "钟客户");
  EXPECT_EQ(api.post("/api/v1/test/clock", body, cust).status, 403) << "a customer";
  gp::apitest::login(api, admin);
  Account cc = gp::apitest::create_staff(api, admin, "command_center", "clock.cc", "钟指挥");
  EXPECT_EQ(api.post("/api/v1/test/clock", body, cc).status, 403) << "staff other than admin";
  EXPECT_EQ(api.get("/api/v1/auth/me", cust).status, 200) << "the refused moves changed nothing";
  const Reply ok = api.post("/api/v1/test/clock", body, admin);
  EXPECT_EQ(ok.status, 200) << show(ok);
  EXPECT_EQ(ok.body.value("now", ""), "2030-01-01T09:00:00+08:00");
}

// --- the progress lookup --------------------------------------------------------------------------

// The phone number no longer travels in the URL (access logs, proxies, browser history); a
// guesser cannot tell "no such number" from "wrong phone" by status, bytes or headers — also
// not when the real number's answer is kept in memory from an earlier lookup.
TEST(SessionTransport, TrackTakesThePhoneInABodyAndAnswersUnknownNumberAndWrongPhoneAlike) {
  TempDir dir("gp-sec-track-");
  ServerProcess server({dir.path() / "data", {}, {"--public-rate-limit", "0"}});
  Api api(server);
  Account cust = gp::apitest::register_customer(api, "查询者");
  const std::string number = gp::apitest::create_application(api, cust).value("number", "");
  ASSERT_FALSE(number.empty());
  // The query-string form is gone.
  EXPECT_NE(api.get("/api/v1/track?number=" + number + "&phone=" + cust.login).status, 200);
  // The owner's lookup works (and warms the kept answer for this number).
  const Reply right = api.post("/api/v1/track", {{"number", number}, {"phone", cust.login}});
  ASSERT_EQ(right.status, 200) << show(right);
  EXPECT_EQ(right.body.value("number", ""), number);

  const std::string unknown_number = "ZX-20990101-9999";
  const Reply wrong = api.post("/api/v1/track", {{"number", number}, {"phone", "13999999999"}});
  const Reply unknown = api.post("/api/v1/track", {{"number", unknown_number}, {"phone", "13999999999"}});
  const Reply near = api.post("/api/v1/track", {{"number", number}, {"phone", cust.login.substr(0, 10) + "9"}});
  EXPECT_EQ(wrong.status, 404);
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(wrong.raw, unknown.raw);
  EXPECT_EQ(near.raw, unknown.raw) << "ten right digits answer like none";
  auto without_date = [](httplib::Headers h) {
    h.erase("Date");
    return h;
  };
  EXPECT_EQ(without_date(wrong.headers), without_date(unknown.headers));

  // Figures, not assertions: the same work on both paths shows as the same time.
  auto median_us = [&](const json& body) {
    std::vector<double> t;
    auto cli = server.client();
    for (int i = 0; i < 300; ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      auto r = cli->Post("/api/v1/track", body.dump(), "application/json");
      t.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
      EXPECT_TRUE(r && r->status == 404);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
  };
  const double w = median_us({{"number", number}, {"phone", "13999999999"}});
  const double u = median_us({{"number", unknown_number}, {"phone", "13999999999"}});
  std::cout << "[ figure ] track 404 median: wrong phone " << w << " us, unknown number " << u << " us\n";
}

// --- the kiosk channel --------------------------------------------------------------------------

// Any client could send "X-GetPower-Channel: kiosk" and have its acts recorded as made at the
// service hall's terminal (rule M5 counts them). The channel is now "kiosk" only with the token of
// a device an administrator registered, and no longer once the device is revoked.
TEST(SessionTransport, KioskChannelOnlyFromARegisteredDevice) {
  TempDir dir("gp-sec-kiosk-");
  const auto data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "kiosk.admin", "admin", "Kiosk-Admin-Pass1");
  ServerProcess server({data, {}, {}});
  Api api(server);
  gp::apitest::login(api, admin);
  Account cust = gp::apitest::register_customer(api, "终端客户");
  // The channel of the customer's latest act on an application.
  auto events_channel = [&](const std::string& number) {
    const Reply d = api.get("/api/v1/applications/" + number, cust);
    std::string channel;
    for (const auto& e : d.body["events"])
      if (e.value("role", "") == "customer") channel = e.value("channel", "");
    return channel;
  };
  json kiosk_app = gp::apitest::lv_application("邾县终端路1号");
  kiosk_app["channel"] = "kiosk";

  // The forged header changes nothing; the body's "kiosk" is refused without a device.
  const std::string n1 = gp::apitest::create_application(api, cust).value("number", "");
  const json withdraw = {{"action", "withdraw"}, {"fields", {{"reason", "不需要了"}}}};
  Reply forged = api.post("/api/v1/applications/" + n1 + "/actions", withdraw, cust.token, {{"X-GetPower-Channel", "kiosk"}});
  ASSERT_EQ(forged.status, 200) << show(forged);
  EXPECT_EQ(events_channel(n1), "online") << "X-GetPower-Channel from any client is ignored";
  const Reply body_kiosk = api.post("/api/v1/applications", kiosk_app, cust);
  EXPECT_EQ(body_kiosk.status, 403) << show(body_kiosk);
  EXPECT_EQ(body_kiosk.field(), "channel");
  const Reply made_up = api.post("/api/v1/applications", kiosk_app, cust.token, {{"X-GetPower-Kiosk-Device", std::string(64, 'a')}});
  EXPECT_EQ(made_up.status, 403) << "a made-up device token";

  // Only an admin registers a device; its token is shown once and stored hashed.
  EXPECT_EQ(api.post("/api/v1/admin/kiosks", {{"name", "城关营业厅1号机"}}, cust).status, 403);
  EXPECT_EQ(api.post("/api/v1/admin/kiosks", json::object(), admin).field(), "name");
  const Reply reg = api.post("/api/v1/admin/kiosks", {{"name", "城关营业厅1号机"}}, admin);
  ASSERT_EQ(reg.status, 201) << show(reg);
  const std::string token = reg.body.value("token", "");
  const std::int64_t id = reg.body["device"].value("id", 0);
  ASSERT_EQ(token.size(), 64u);
  EXPECT_EQ(gp::apitest::db_int(data / "getpower.db", "SELECT COUNT(*) FROM kiosk_devices WHERE token_hash = '" + token + "'"), 0)
      << "the token itself is not stored";
  const Reply list = api.get("/api/v1/admin/kiosks", admin);
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.body["devices"].size(), 1u);
  EXPECT_EQ(list.raw.find(token), std::string::npos) << "the list never shows a token";
  EXPECT_EQ(api.get("/api/v1/admin/kiosks", cust).status, 403);
  const httplib::Headers device = {{"X-GetPower-Kiosk-Device", token}};
  EXPECT_EQ(api.get("/api/v1/kiosk/device", "", device).body.value("kiosk", false), true);
  EXPECT_EQ(api.get("/api/v1/kiosk/device").body.value("kiosk", true), false);

  // With the device's token: the kiosk channel, for applications and anonymous reservations.
  const Reply at_kiosk = api.post("/api/v1/applications", kiosk_app, cust.token, device);
  ASSERT_EQ(at_kiosk.status, 201) << show(at_kiosk);
  EXPECT_EQ(at_kiosk.body.value("channel", ""), "kiosk");
  const json reservation = {{"name", "刘犇"}, {"phone", gp::apitest::fresh_phone()}, {"address", "邾县堃园路2号"}, {"customer_type", "lv_residential"}};
  ASSERT_EQ(api.post("/api/v1/reservations", reservation, "", device).status, 201);
  ASSERT_EQ(api.post("/api/v1/reservations", reservation, "", {{"X-GetPower-Channel", "kiosk"}}).status, 201);
  EXPECT_EQ(gp::apitest::db_int(data / "getpower.db", "SELECT COUNT(*) FROM events WHERE type = 'reservation_created' AND channel = 'kiosk'"), 1)
      << "only the reservation sent by the device counts as the kiosk's";

  // Revoked: the token no longer makes the channel.
  EXPECT_EQ(api.post("/api/v1/admin/kiosks/" + std::to_string(id) + "/revoke", json::object(), cust).status, 403);
  ASSERT_EQ(api.post("/api/v1/admin/kiosks/" + std::to_string(id) + "/revoke", json::object(), admin).status, 200);
  EXPECT_EQ(api.post("/api/v1/admin/kiosks/999999/revoke", json::object(), admin).status, 404);
  EXPECT_EQ(api.post("/api/v1/applications", kiosk_app, cust.token, device).status, 403);
  EXPECT_EQ(api.get("/api/v1/kiosk/device", "", device).body.value("kiosk", true), false);
}
