// The customer's side of the relationship over HTTP (rules P1, P2, M3): the supply contract signed
// online (available once the supply terms are settled, stable text and hash, one signature,
// immutable), one rating after completion, the public list of customer managers with figures that
// match what happened, choosing another manager, notifications (inbox, long poll, server-sent
// events), and the progress lookup without login that discloses no personal data.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "life_helpers.h"

using gp::life::energize_lv;
using gp::life::events_of;
using gp::life::find_action;
using gp::life::json;
using gp::life::Lab;
using gp::life::Party;

namespace {

struct Office {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.eng", "服务指挥");
  Party cm = lab.staff("customer_manager", "cm.eng", "刘经理", "13900000011");
  Party pm = lab.staff("project_manager", "pm.eng", "陈工");
};

class Engagement : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { office_ = new Office(); }
  static void TearDownTestSuite() {
    delete office_;
    office_ = nullptr;
  }
  static Office* office_;
  Office& o() { return *office_; }
  Lab& lab() { return office_->lab; }

  std::string new_app(Party& cust, const std::string& type = "lv_residential", json extra = json::object()) {
    json body = {{"business", "new_connection"}, {"customer_type", type}, {"address", "邾县和平街" + std::to_string(cust.id) + "号"},
                 {"preferred_manager", o().cm.id}};
    for (auto it = extra.begin(); it != extra.end(); ++it) body[it.key()] = it.value();
    return lab().create_app(cust, body).at("number");
  }
  std::string contract_path(const std::string& number) { return "/api/v1/applications/" + number + "/contract"; }
};
Office* Engagement::office_ = nullptr;

json strokes(int points) {
  json stroke = json::array();
  for (int i = 0; i < points; ++i) stroke.push_back({100 + i * 37, 500 + (i % 5) * 40});
  return json::array({stroke});
}

}  // namespace

// --- the supply contract (rule P1) -----------------------------------------------------------------

TEST_F(Engagement, P1_ContractAvailableOnceTermsSettled_StableHash) {
  lab().set_now("2026-10-12T09:00:00+08:00");
  Party cust = lab().customer("合同客户");
  const std::string number = new_app(cust);
  // Not before acceptance.
  EXPECT_EQ(lab().get_ok(cust, contract_path(number), 409).at("error").at("code"), "not_available_yet");
  EXPECT_FALSE(lab().app(cust, number).at("contract").at("available").get<bool>());
  lab().act_rendered(o().cm, number, "accept");
  const json k1 = lab().get_ok(cust, contract_path(number));
  EXPECT_TRUE(k1.at("available").get<bool>());
  EXPECT_FALSE(k1.at("signed").get<bool>());
  const std::string sha = k1.at("sha256");
  EXPECT_EQ(sha.size(), 64u);
  EXPECT_EQ(sha.find_first_not_of("0123456789abcdef"), std::string::npos);
  const std::string text = k1.at("text");
  EXPECT_NE(text.find(number), std::string::npos) << "the contract names its application";
  EXPECT_NE(text.find("合同客户"), std::string::npos) << "and its customer";
  // Stable: asked again later (by the customer or staff), the same text and hash.
  lab().set_now("2026-10-13T15:00:00+08:00");
  const json k2 = lab().get_ok(o().cm, contract_path(number));
  EXPECT_EQ(k2.at("sha256"), sha);
  EXPECT_EQ(k2.at("text"), text);
  EXPECT_EQ(lab().app(cust, number).at("contract").at("sha256"), sha);

  // HV: only after the customer has confirmed the supply plan.
  Party hv = lab().customer("高压合同");
  const std::string hvn = new_app(hv, "hv");
  lab().act_rendered(o().cm, hvn, "accept");
  lab().act_rendered(o().cm, hvn, "site_survey", {{"documents_collected", true}});
  lab().act_rendered(o().cm, hvn, "reply_supply_plan");
  lab().get_ok(hv, contract_path(hvn), 409);
  lab().act_rendered(hv, hvn, "confirm_supply_plan");
  EXPECT_TRUE(lab().get_ok(hv, contract_path(hvn)).at("available").get<bool>());
}

TEST_F(Engagement, P1_SignOnceByPassword_WrongPassword400_SecondSignature409_Immutable) {
  lab().set_now("2026-10-12T10:00:00+08:00");
  Party cust = lab().customer("签约客户");
  const std::string number = new_app(cust);
  lab().act_rendered(o().cm, number, "accept");
  const json k = lab().get_ok(cust, contract_path(number));
  const std::string path = contract_path(number) + "/sign";
  json err = lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", "Not-my-password-1"}}, 400);
  EXPECT_EQ(err.at("error").at("field"), "password");
  err = lab().post_ok(cust, path, {{"sha256", std::string(64, '0')}, {"method", "password"}, {"password", cust.password}}, 409);
  EXPECT_EQ(err.at("error").at("field"), "sha256") << "signing what one did not read";
  EXPECT_EQ(lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "stamp"}}, 400).at("error").at("field"), "method");
  lab().post_ok(o().cm, path, {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", o().cm.password}}, 403);
  Party other = lab().customer("旁人");
  lab().post_ok(other, path, {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", other.password}}, 404);
  EXPECT_FALSE(lab().get_ok(cust, contract_path(number)).at("signed").get<bool>()) << "none of that signed anything";

  json s = lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", cust.password}});
  EXPECT_TRUE(s.at("signed").get<bool>());
  EXPECT_EQ(s.at("method"), "password");
  EXPECT_EQ(s.at("signed_at"), "2026-10-12T10:00:00+08:00");
  EXPECT_EQ(s.at("sha256"), k.at("sha256"));
  // A second signature, by either method: 409; the signed contract does not change.
  lab().set_now("2026-10-12T11:00:00+08:00");
  EXPECT_EQ(lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", cust.password}}, 409)
                .at("error").at("code"), "already_signed");
  lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "drawn"}, {"strokes", strokes(20)}}, 409);
  const json after = lab().get_ok(cust, contract_path(number));
  EXPECT_EQ(after.at("text"), k.at("text"));
  EXPECT_EQ(after.at("sha256"), k.at("sha256"));
  EXPECT_EQ(after.at("signed_at"), "2026-10-12T10:00:00+08:00");
  // Traced: who signed, when, what (rule M5).
  auto ev = events_of(lab().app(o().cm, number), "contract_signed");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].at("actor").at("id"), cust.id);
  EXPECT_EQ(ev[0].at("data").at("sha256"), k.at("sha256"));
  EXPECT_EQ(ev[0].at("at"), "2026-10-12T10:00:00+08:00");
}

TEST_F(Engagement, P1_SignByDrawnStrokes) {
  lab().set_now("2026-10-12T10:30:00+08:00");
  Party cust = lab().customer("手写签名");
  const std::string number = new_app(cust, "ev_residential");
  lab().act_rendered(o().cm, number, "accept");
  const json k = lab().get_ok(cust, contract_path(number));
  const std::string path = contract_path(number) + "/sign";
  EXPECT_EQ(lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "drawn"}}, 400).at("error").at("field"), "strokes");
  EXPECT_EQ(lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "drawn"}, {"strokes", strokes(3)}}, 400).at("error").at("field"),
            "strokes") << "too short to be a signature";
  EXPECT_EQ(lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "drawn"}, {"strokes", json::array({json::array({{1, 2}, {99999, 3}})})}}, 400)
                .at("error").at("field"), "strokes");
  json s = lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "drawn"}, {"strokes", strokes(25)}});
  EXPECT_TRUE(s.at("signed").get<bool>());
  EXPECT_EQ(s.at("method"), "drawn");
  EXPECT_TRUE(lab().app(cust, number).at("contract").at("signed").get<bool>());
}

// Re-entering the password to sign is a password check like a login: guessing is throttled.
TEST_F(Engagement, P1_SigningPasswordGuessesAreThrottled) {
  lab().set_now("2026-10-13T10:00:00+08:00");
  Party cust = lab().customer("猜密码");
  const std::string number = new_app(cust);
  lab().act_rendered(o().cm, number, "accept");
  const json k = lab().get_ok(cust, contract_path(number));
  const std::string path = contract_path(number) + "/sign";
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", "Guess-" + std::to_string(i)}}, 400)
                  .at("error").at("code"), "wrong_password") << i;
  // Delayed now: even the right password waits, and nothing was signed.
  json locked = lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", cust.password}}, 429);
  EXPECT_EQ(locked.at("error").at("code"), "throttled");
  EXPECT_EQ(locked.at("error").at("field"), "password");
  EXPECT_FALSE(lab().get_ok(cust, contract_path(number)).at("signed").get<bool>());
  // After the delay (1 minute after the fifth failure, doubling per further failure) the right password signs.
  lab().set_now("2026-10-13T10:16:00+08:00");
  EXPECT_TRUE(lab().post_ok(cust, path, {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", cust.password}})
                  .at("signed").get<bool>());
}

// --- rating and the manager list (rule M3) -------------------------------------------------------

TEST_F(Engagement, RatingOnceAfterCompletion) {
  lab().set_now("2026-10-14T09:00:00+08:00");
  Party cust = lab().customer("评价客户");
  const std::string number = new_app(cust);
  const std::string path = "/api/v1/applications/" + number + "/rating";
  EXPECT_EQ(lab().post_ok(cust, path, {{"service_score", 5}}, 409).at("error").at("code"), "not_allowed_now");
  energize_lv(lab(), o().cm, cust, number);
  EXPECT_EQ(lab().post_ok(cust, path, {{"service_score", 6}}, 400).at("error").at("field"), "service_score");
  EXPECT_EQ(lab().post_ok(cust, path, {{"service_score", 0}}, 400).at("error").at("field"), "service_score");
  EXPECT_EQ(lab().post_ok(cust, path, {{"service_score", 4}, {"manager_score", 9}}, 400).at("error").at("field"), "manager_score");
  EXPECT_EQ(lab().post_ok(cust, path, {{"service_score", 4.5}}, 400).at("error").at("field"), "service_score");
  EXPECT_EQ(lab().post_ok(cust, path, {{"manager_score", 4}}, 400).at("error").at("field"), "service_score");
  lab().post_ok(o().cm, path, {{"service_score", 5}}, 403);
  json app = lab().post_ok(cust, path, {{"service_score", 5}, {"manager_score", 4}, {"comment", "上门及时，办电很快"}});
  EXPECT_EQ(app.at("rating").at("service_score"), 5);
  EXPECT_EQ(app.at("rating").at("manager_score"), 4);
  EXPECT_EQ(app.at("rating").at("comment"), "上门及时，办电很快");
  EXPECT_EQ(lab().post_ok(cust, path, {{"service_score", 1}}, 409).at("error").at("code"), "already_rated");
  EXPECT_EQ(lab().app(cust, number).at("rating").at("service_score"), 5) << "the first rating stands";
  auto ev = events_of(lab().app(o().cm, number), "rated");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].at("actor").at("id"), cust.id);
}

// A lab of its own, so the figures are exactly what this test did. Rules M3 and M7 (its first
// market-style incentive: "客户自主选择客户经理").
TEST(EngagementManagers, M3_PublicListMatchesWhatHappened_AndTheCustomerChooses) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.m3", "指挥员");
  Party liu = lab.staff("customer_manager", "cm.liu", "刘经理", "13900000021");
  Party ma = lab.staff("customer_manager", "cm.ma", "马经理", "13900000022");
  Party pm = lab.staff("project_manager", "pm.m3", "工程师");
  Party a = lab.customer("甲客户");
  Party b = lab.customer("乙客户");
  Party c = lab.customer("丙客户");
  auto submit = [&](Party& who, Party& manager) {
    return lab.create_app(who, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                {"address", "邾县幸福里" + std::to_string(who.id) + "号"}, {"preferred_manager", manager.id}})
        .at("number").get<std::string>();
  };
  // Liu: one application done in 2 working days (Mon 09-28 -> Wed 09-30), rated 4;
  lab.set_now("2026-09-28T09:00:00+08:00");
  const std::string n1 = submit(a, liu);
  lab.set_now("2026-09-30T16:00:00+08:00");
  energize_lv(lab, liu, a, n1);
  lab.post_ok(a, "/api/v1/applications/" + n1 + "/rating", {{"service_score", 5}, {"manager_score", 4}});
  // one done over National Day in 4 working days (09-30 -> Mon 10-12: 10-08, 10-09, Sat 10-10, 10-12), rated 5;
  lab.set_now("2026-09-30T09:00:00+08:00");
  const std::string n2 = submit(b, liu);
  lab.set_now("2026-10-12T11:00:00+08:00");
  energize_lv(lab, liu, b, n2);
  lab.post_ok(b, "/api/v1/applications/" + n2 + "/rating", {{"service_score", 3}, {"manager_score", 5}});
  // and one open, which the customer then moves to Ma.
  const std::string n3 = submit(c, liu);
  const std::string n4 = submit(c, liu);

  auto managers = [&] {
    std::map<std::int64_t, json> by_id;
    auto res = lab.client()->Get("/api/v1/managers");  // public: no login
    EXPECT_TRUE(res && res->status == 200);
    const json body = res ? json::parse(res->body) : json::object({{"managers", json::array()}});
    for (const auto& m : body.at("managers")) by_id[m.at("id").get<std::int64_t>()] = m;
    return by_id;
  };
  auto list = managers();
  ASSERT_EQ(list.size(), 2u) << "customer managers only";
  EXPECT_EQ(list[liu.id].at("name"), "刘经理");
  EXPECT_EQ(list[liu.id].at("phone"), "13900000021") << "the work phone is public";
  EXPECT_EQ(list[liu.id].at("handled"), 2);
  // rules M3, M4: the company's working days taken, as the indicators count them (from the midnight
  // after submission, customer time excluded): n1 09-29 00:00 -> 09-30 16:00 = 1 + 16/24; n2 over
  // National Day 10-08, 10-09, Sat 10-10, then 10-12 until 11:00 = 3 + 11/24; average 2.5625.
  // (Whole dates alone, the list's old way, said 3.)
  EXPECT_NEAR(list[liu.id].at("average_working_days").get<double>(), ((1 + 16.0 / 24) + (3 + 11.0 / 24)) / 2, 1e-9);
  EXPECT_DOUBLE_EQ(list[liu.id].at("satisfaction").get<double>(), 4.5);
  EXPECT_EQ(list[liu.id].at("ratings"), 2);
  EXPECT_EQ(list[liu.id].at("open"), 2);
  EXPECT_EQ(list[ma.id].at("handled"), 0);
  EXPECT_TRUE(list[ma.id].at("average_working_days").is_null());
  EXPECT_TRUE(list[ma.id].at("satisfaction").is_null());
  EXPECT_EQ(list[ma.id].at("open"), 0);

  // The customer chooses Ma for one of the open applications.
  const std::string path = "/api/v1/applications/" + n3 + "/manager";
  EXPECT_EQ(lab.post_ok(c, path, {{"customer_manager", pm.id}}, 400).at("error").at("field"), "customer_manager");
  lab.post_ok(liu, path, {{"customer_manager", ma.id}}, 403);
  lab.post_ok(a, path, {{"customer_manager", ma.id}}, 404);
  lab.post_ok(a, "/api/v1/applications/" + n1 + "/manager", {{"customer_manager", ma.id}}, 409);  // finished
  json app = lab.post_ok(c, path, {{"customer_manager", ma.id}});
  EXPECT_EQ(app.at("customer_manager").at("id"), ma.id);
  auto ev = events_of(lab.app(cc, n3), "manager_chosen");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].at("actor").at("id"), c.id);
  EXPECT_EQ(ev[0].at("role"), "customer");
  list = managers();
  EXPECT_EQ(list[liu.id].at("open"), 1);
  EXPECT_EQ(list[ma.id].at("open"), 1);
  // Ma now holds it: sees it and acts; Liu no longer sees it.
  lab.act_rendered(ma, n3, "accept");
  EXPECT_EQ(lab.get(liu, "/api/v1/applications/" + n3).status, 404);
  // Ma is told of being chosen.
  int told = 0;
  const json inbox = lab.get_ok(ma, "/api/v1/notifications?limit=200");
  for (const auto& n : inbox.at("items")) told += n.at("application_number") == n3;
  EXPECT_GE(told, 1);
  (void)n4;
}

// --- notifications (rule P1: progress pushed to the customer) -----------------------------------

TEST_F(Engagement, P1_InboxAndMarkRead) {
  lab().set_now("2026-10-15T09:00:00+08:00");
  Party cust = lab().customer("通知客户");
  const std::string number = new_app(cust);
  json inbox = lab().get_ok(cust, "/api/v1/notifications");
  const auto before = inbox.at("items").size();
  lab().act_rendered(o().cm, number, "accept");
  inbox = lab().get_ok(cust, "/api/v1/notifications");
  ASSERT_EQ(inbox.at("items").size(), before + 1);
  const json n = inbox.at("items")[0];
  EXPECT_EQ(n.at("kind"), "accept");
  EXPECT_EQ(n.at("application_number"), number);
  EXPECT_FALSE(n.at("read").get<bool>());
  EXPECT_NE(n.at("title_zh").get<std::string>().find(number), std::string::npos);
  const auto unread = inbox.at("unread").get<int>();
  EXPECT_GE(unread, 1);
  EXPECT_EQ(lab().post_ok(cust, "/api/v1/notifications/read", {{"ids", {n.at("id")}}}).at("marked"), 1);
  EXPECT_EQ(lab().get_ok(cust, "/api/v1/notifications").at("unread"), unread - 1);
  // Another user's notification cannot be touched; the inbox is one's own.
  Party other = lab().customer("别人的通知");
  EXPECT_EQ(lab().post_ok(other, "/api/v1/notifications/read", {{"ids", {n.at("id")}}}).at("marked"), 0);
  EXPECT_TRUE(lab().get_ok(other, "/api/v1/notifications").at("items").empty());
  EXPECT_EQ(lab().client()->Get("/api/v1/notifications")->status, 401);
}

TEST_F(Engagement, P1_LongPollReturnsAsSoonAsSomethingHappens) {
  lab().set_now("2026-10-15T10:00:00+08:00");
  Party cust = lab().customer("长轮询");
  const std::string number = new_app(cust);
  const auto last = lab().get_ok(cust, "/api/v1/notifications").at("last_id").get<std::int64_t>();
  // Nothing happens: the poll holds for its wait and comes back empty.
  {
    auto cli = lab().client();
    const auto t0 = std::chrono::steady_clock::now();
    auto res = cli->Get("/api/v1/notifications?after=" + std::to_string(last) + "&wait=1", {{"Authorization", "Bearer " + cust.token}});
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_TRUE(json::parse(res->body).at("items").empty());
    EXPECT_GE(secs, 0.9);
  }
  auto poll = std::async(std::launch::async, [&, last] {
    auto cli = lab().client();
    const auto t0 = std::chrono::steady_clock::now();
    auto res = cli->Get("/api/v1/notifications?after=" + std::to_string(last) + "&wait=5", {{"Authorization", "Bearer " + cust.token}});
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return std::make_pair(res ? json::parse(res->body) : json(), secs);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  lab().act_rendered(o().cm, number, "accept");
  auto [got, secs] = poll.get();
  ASSERT_TRUE(got.is_object());
  ASSERT_EQ(got.at("items").size(), 1u) << got.dump();
  EXPECT_EQ(got.at("items")[0].at("kind"), "accept");
  EXPECT_EQ(got.at("items")[0].at("application_number"), number);
  EXPECT_LT(secs, 3.0) << "answered when the event happened, not at the end of the wait";
}

TEST_F(Engagement, P1_ServerSentEventsDeliverNotifications) {
  lab().set_now("2026-10-15T11:00:00+08:00");
  Party cust = lab().customer("推送客户");
  const std::string number = new_app(cust);
  const auto last = lab().get_ok(cust, "/api/v1/notifications").at("last_id").get<std::int64_t>();
  std::atomic<bool> connected{false};
  auto stream = std::async(std::launch::async, [&, last] {
    auto cli = lab().client();
    cli->set_read_timeout(8, 0);
    std::string got, content_type;
    cli->Get(
        "/api/v1/notifications/stream?after=" + std::to_string(last), {{"Authorization", "Bearer " + cust.token}},
        [&](const httplib::Response& r) {
          content_type = r.get_header_value("Content-Type");
          connected = true;
          return true;
        },
        [&](const char* data, size_t n) {
          got.append(data, n);
          return got.find("event: notification") == std::string::npos || got.find("\n\n", got.find("event: notification")) == std::string::npos;
        });
    return std::make_pair(got, content_type);
  });
  for (int i = 0; i < 50 && !connected; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  lab().act_rendered(o().cm, number, "accept");
  auto [text, type] = stream.get();
  EXPECT_EQ(type.rfind("text/event-stream", 0), 0u) << type;
  const auto at = text.find("event: notification\n");
  ASSERT_NE(at, std::string::npos) << text;
  const auto data = text.find("data: ", at);
  ASSERT_NE(data, std::string::npos);
  const json payload = json::parse(text.substr(data + 6, text.find('\n', data) - data - 6));
  EXPECT_EQ(payload.at("kind"), "accept");
  EXPECT_EQ(payload.at("application_number"), number);
  EXPECT_NE(text.find("id: " + std::to_string(payload.at("id").get<std::int64_t>())), std::string::npos);
}

// --- progress lookup without login (rule P2; kiosk and SMS links) --------------------------------

// POST /api/v1/track (the phone in the body, never in the URL: issue 15).
static httplib::Result track(httplib::Client& cli, const std::string& number, const std::string& phone) {
  return cli.Post("/api/v1/track", json{{"number", number}, {"phone", phone}}.dump(), "application/json");
}

TEST_F(Engagement, P2_TrackShowsStepsButNoPersonalData) {
  lab().set_now("2026-10-16T09:00:00+08:00");
  Party cust = lab().customer("查询客户");
  const std::string address = "邾县隐私路99号院";
  const std::string number = new_app(cust, "lv_residential", {{"address", address}, {"contact_name", "联系人钱"}});
  lab().act_rendered(o().cm, number, "accept");
  lab().act_rendered(o().cm, number, "site_survey", {{"documents_collected", true}});
  auto cli = lab().client();
  auto res = track(*cli, number, cust.phone);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json t = json::parse(res->body);
  EXPECT_EQ(t.at("number"), number);
  EXPECT_EQ(t.at("status"), "in_progress");
  ASSERT_EQ(t.at("stages").size(), 2u);
  EXPECT_EQ(t.at("stages")[0].at("code"), "application");
  EXPECT_EQ(t.at("stages")[0].at("state"), "done");
  EXPECT_EQ(t.at("stages")[0].at("done_at"), "2026-10-16T09:00:00+08:00");
  EXPECT_EQ(t.at("stages")[1].at("state"), "active");
  EXPECT_FALSE(t.at("stages")[1].at("deadline").is_null());
  EXPECT_FALSE(t.at("deadline").is_null());
  // No name, address or phone — of the customer, the contact or the staff.
  for (const std::string& secret : {cust.name, address, cust.phone, std::string("联系人钱"), o().cm.name, std::string("13900000011")})
    EXPECT_EQ(res->body.find(secret), std::string::npos) << "track discloses " << secret;
  for (const char* key : {"\"address\"", "\"contact_name\"", "\"contact_phone\"", "\"customer\"", "\"events\"", "\"documents\""})
    EXPECT_EQ(res->body.find(key), std::string::npos) << key;
  // Wrong phone and unknown number: the same 404, nothing to tell them apart.
  auto wrong = track(*cli, number, "13999999999");
  auto unknown = track(*cli, "GP-20991231-9999", cust.phone);
  ASSERT_TRUE(wrong && unknown);
  EXPECT_EQ(wrong->status, 404);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(wrong->body, unknown->body);
  EXPECT_EQ(wrong->body.find(number), std::string::npos);
  // Missing parameters are named.
  auto missing = cli->Post("/api/v1/track", json{{"number", number}}.dump(), "application/json");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 400);
  EXPECT_NE(missing->body.find("\"field\":\"phone\""), std::string::npos) << missing->body;
  // Answers are kept between lookups (docs/performance.md) and follow every change at once.
  lab().act_rendered(cust, number, "withdraw", {{"reason", "暂不需要"}});
  auto after = track(*cli, number, cust.phone);
  ASSERT_TRUE(after);
  ASSERT_EQ(after->status, 200) << after->body;
  EXPECT_EQ(json::parse(after->body).at("status"), "withdrawn");
  EXPECT_TRUE(json::parse(after->body).at("deadline").is_null());
  auto still_wrong = track(*cli, number, "13999999999");
  ASSERT_TRUE(still_wrong);
  EXPECT_EQ(still_wrong->body, unknown->body);
}

// A browser keeps a notification stream open all the time; stopping the server (SIGTERM) must
// end it at once and exit cleanly, not hold on until the stream's next 15 s keep-alive.
TEST(EngagementStreams, SigtermEndsOpenStreamsPromptly) {
  Lab lab;
  Party cust = lab.customer("在线客户");
  std::atomic<bool> connected{false};
  auto stream = std::async(std::launch::async, [&] {
    auto cli = lab.client();
    cli->set_read_timeout(20, 0);
    std::string got;
    cli->Get("/api/v1/notifications/stream", {{"Authorization", "Bearer " + cust.token}},
             [&](const httplib::Response&) {
               connected = true;
               return true;
             },
             [&](const char* data, size_t n) {
               got.append(data, n);
               return true;
             });
    return got;
  });
  for (int i = 0; i < 100 && !connected; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ASSERT_TRUE(connected);
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(lab.server().stop(std::chrono::milliseconds(10000)), 0) << lab.server().stderr_text();
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 3.0) << "the open stream held the stop";
  stream.get();
  lab.server().restart();
}

// rule M3: the public list keeps a completed application's working days taken (replayed once, not
// on every anonymous request) and forgets them when the holiday calendar changes: publishing a
// 2027 Spring Festival of 5–11 February turns five counted working days into holidays, and the
// list follows at once.
TEST(EngagementManagers, M3_KeptFiguresFollowAPublishedHolidayCalendar) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.spring", "春节经理");
  lab.staff("project_manager", "pm.spring", "项目经理");
  Party cust = lab.customer("春节客户");
  lab.set_now("2027-02-04T09:00:00+08:00");  // a Thursday; 2027 not yet published
  const std::string number =
      lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县城关镇春风路1号"}})
          .at("number");
  lab.act_rendered(cm, number, "accept");
  lab.set_now("2027-02-12T10:00:00+08:00");  // Friday
  lab.act_rendered(cm, number, "site_survey", {{"documents_collected", true}});
  lab.act_rendered(cm, number, "complete_inspection");
  lab.act_rendered(cm, number, "install_meter");
  const json k = lab.get_ok(cust, "/api/v1/applications/" + number + "/contract");
  lab.post_ok(cust, "/api/v1/applications/" + number + "/contract/sign",
              {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", cust.password}});
  ASSERT_EQ(lab.act_rendered(cm, number, "energize").at("status"), "completed");
  auto figure = [&] {
    const auto r = lab.call(nullptr, "GET", "/api/v1/managers");
    for (const auto& m : r.body.at("managers"))
      if (m.at("name") == "春节经理" && m.at("average_working_days").is_number()) return m.at("average_working_days").get<double>();
    return -1.0;
  };
  // 5, 8, 9, 10, 11 February are working days on an unpublished year, then 10 hours of the 12th.
  EXPECT_NEAR(figure(), 5 + 10.0 / 24, 1e-6);
  EXPECT_NEAR(figure(), 5 + 10.0 / 24, 1e-6);  // the kept figure
  const json spring = {{"notice", "测试用 2027 年节假日安排"},
                       {"holidays", json::array({{{"name", "春节"}, {"off", {"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
                                                                              "2027-02-09", "2027-02-10", "2027-02-11"}}}})},
                       {"workdays", json::array()}};
  const auto published = lab.call(&lab.admin(), "POST", "/api/v1/admin/calendar/2027", &spring);
  ASSERT_LT(published.status, 300) << published.raw;
  EXPECT_NEAR(figure(), 10.0 / 24, 1e-6);  // the holidays are not the company's time
}
