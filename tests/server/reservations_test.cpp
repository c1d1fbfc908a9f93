// Zero-document reservations over HTTP (rule D4): by phone (staff record the call; dispatch due 20
// minutes after it ended) and online (a customer or an anonymous visitor; contact due within 18
// hours, throttled when anonymous); dispatch, contact, cancel; supervision in clock time (M1, M2);
// and the conversion into an application with everything carried over, linked both ways.
#include <gtest/gtest.h>

#include <future>
#include <set>

#include "life_helpers.h"

using gp::life::events_of;
using gp::life::json;
using gp::life::Lab;
using gp::life::Party;

namespace {

struct Hall {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.res", "预约指挥");
  Party cm = lab.staff("customer_manager", "cm.res", "预约经理");
  Party pm = lab.staff("project_manager", "pm.res", "预约项目经理");
};

class Reservations : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { hall_ = new Hall(); }
  static void TearDownTestSuite() {
    delete hall_;
    hall_ = nullptr;
  }
  static Hall* hall_;
  Hall& h() { return *hall_; }
  Lab& lab() { return hall_->lab; }

  // Notifications of `p` whose title names the reservation, by kind.
  std::map<std::string, int> notices(Party& p, const std::string& number) {
    std::map<std::string, int> out;
    const json inbox = lab().get_ok(p, "/api/v1/notifications?limit=200");
    for (const auto& n : inbox.at("items"))
      if (n.at("title_en").get<std::string>().find(number) != std::string::npos) ++out[n.at("kind")];
    return out;
  }
};
Hall* Reservations::hall_ = nullptr;

json phone_call(const std::string& phone, const std::string& type = "lv_residential") {
  return {{"channel", "phone"}, {"name", "电话客户"}, {"phone", phone}, {"address", "邾县城南新村2组"},
          {"business", "new_connection"}, {"customer_type", type}, {"note", "来电咨询新装"}};
}

}  // namespace

TEST_F(Reservations, D4_PhoneReservationDueTwentyMinutesAfterTheCall) {
  lab().set_now("2026-09-30T16:00:00+08:00");
  json body = phone_call(lab().fresh_phone());
  body["call_ended_at"] = "2026-09-30T15:55:00+08:00";
  json r = lab().post_ok(h().cc, "/api/v1/reservations", body, 201);
  EXPECT_EQ(r.at("channel"), "phone");
  EXPECT_EQ(r.at("created_at"), "2026-09-30T15:55:00+08:00");
  EXPECT_EQ(r.at("due_at"), "2026-09-30T16:15:00+08:00");
  EXPECT_EQ(r.at("due_rule"), "D4");
  EXPECT_EQ(r.at("status"), "open");
  EXPECT_EQ(r.at("level"), "normal");
  // Without the call's end, the clock starts now.
  r = lab().post_ok(h().cc, "/api/v1/reservations", phone_call(lab().fresh_phone()), 201);
  EXPECT_EQ(r.at("due_at"), "2026-09-30T16:20:00+08:00");
  // A call that ended long ago, or in the future, is refused naming the field.
  body["call_ended_at"] = "2026-09-28T09:00:00+08:00";
  EXPECT_EQ(lab().post_ok(h().cc, "/api/v1/reservations", body, 400).at("error").at("field"), "call_ended_at");
  // The command center hears of it at once.
  EXPECT_EQ(notices(h().cc, r.at("number"))["reservation_created"], 1);
  // Only staff record phone calls.
  Party cust = lab().customer("自称来电");
  EXPECT_EQ(lab().post_ok(cust, "/api/v1/reservations", phone_call(cust.phone), 403).at("error").at("field"), "channel");
}

TEST_F(Reservations, D4_OnlineByCustomerOrAnonymous_EighteenHours) {
  lab().set_now("2026-09-30T20:00:00+08:00");
  Party cust = lab().customer("线上预约");
  json r = lab().post_ok(cust, "/api/v1/reservations",
                         {{"address", "邾县幸福路7号"}, {"customer_type", "ev_residential"}, {"note", "想装充电桩"}}, 201);
  EXPECT_EQ(r.at("channel"), "online");
  EXPECT_EQ(r.at("name"), "线上预约") << "taken from the account";
  EXPECT_EQ(r.at("phone"), cust.phone);
  // 18 hours of clock time, straight through National Day.
  EXPECT_EQ(r.at("due_at"), "2026-10-01T14:00:00+08:00");
  // The customer sees their own reservations only.
  json mine = lab().get_ok(cust, "/api/v1/reservations");
  ASSERT_EQ(mine.at("items").size(), 1u);
  EXPECT_EQ(mine.at("items")[0].at("number"), r.at("number"));
  Party other = lab().customer("别人");
  EXPECT_EQ(lab().get(other, "/api/v1/reservations/" + r.at("number").get<std::string>()).status, 404);
  EXPECT_TRUE(lab().get_ok(other, "/api/v1/reservations").at("items").empty());

  // Anonymously (the kiosk, a visitor): name and phone are required.
  json anon = {{"name", "路人甲"}, {"phone", lab().fresh_phone()}, {"address", "邾县车站路1号"}, {"customer_type", "lv_non_residential"}};
  auto a = lab().call(nullptr, "POST", "/api/v1/reservations", &anon);
  ASSERT_EQ(a.status, 201) << a.raw;
  EXPECT_EQ(a.body.at("due_at"), "2026-10-01T14:00:00+08:00");
  EXPECT_FALSE(a.body.contains("phone")) << "an anonymous answer does not echo personal data";
  json noname = anon;
  noname.erase("name");
  a = lab().call(nullptr, "POST", "/api/v1/reservations", &noname);
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.body.at("error").at("field"), "name");
  json badphone = anon;
  badphone["phone"] = "12345";
  a = lab().call(nullptr, "POST", "/api/v1/reservations", &badphone);
  EXPECT_EQ(a.body.at("error").at("field"), "phone");
  // The command center's list shows it; the project manager has no business with reservations.
  json list = lab().get_ok(h().cc, "/api/v1/reservations?status=open");
  int found = 0;
  for (const auto& it : list.at("items")) found += it.at("number") == r.at("number");
  EXPECT_EQ(found, 1);
  EXPECT_EQ(lab().get(h().pm, "/api/v1/reservations").status, 403);
}

TEST_F(Reservations, M1_M2_ClockTimeWarningOverdueAndEscalationOnce) {
  lab().set_now("2026-10-02T10:00:00+08:00");  // a holiday: the 20 minutes still run
  lab().sweep();  // reservations of earlier tests, long overdue, get their marks now
  json r = lab().post_ok(h().cc, "/api/v1/reservations", phone_call(lab().fresh_phone()), 201);
  const std::string number = r.at("number");
  EXPECT_EQ(r.at("due_at"), "2026-10-02T10:20:00+08:00");
  auto marks_at = [&](const char* when) {
    lab().set_now(when);
    return lab().sweep().at("marks_recorded").get<int>();
  };
  auto level = [&] { return lab().get_ok(h().cc, "/api/v1/reservations/" + number).at("level").get<std::string>(); };
  EXPECT_EQ(marks_at("2026-10-02T10:15:59+08:00"), 0);
  EXPECT_EQ(level(), "normal");
  EXPECT_EQ(marks_at("2026-10-02T10:16:00+08:00"), 1) << "80 % of 20 minutes";
  EXPECT_EQ(lab().sweep().at("marks_recorded"), 0);
  EXPECT_EQ(level(), "warning");
  EXPECT_EQ(marks_at("2026-10-02T10:20:00+08:00"), 1) << "due";
  EXPECT_EQ(level(), "overdue");
  EXPECT_EQ(marks_at("2026-10-02T11:19:59+08:00"), 0);
  EXPECT_EQ(marks_at("2026-10-02T11:20:00+08:00"), 1) << "overdue by an hour: leadership";
  EXPECT_EQ(marks_at("2026-10-02T15:00:00+08:00"), 0);
  EXPECT_EQ(notices(h().cc, number), (std::map<std::string, int>{{"reservation_created", 1}, {"sla_warning", 1}, {"sla_overdue", 1}, {"escalated", 1}}));
  EXPECT_EQ(notices(lab().admin(), number), (std::map<std::string, int>{{"escalated", 1}}));
  // Handled late: it stays on record as not on time, and supervision stops.
  r = lab().post_ok(h().cc, "/api/v1/reservations/" + number + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", h().cm.id}}}});
  EXPECT_EQ(r.at("status"), "handled");
  EXPECT_EQ(r.at("on_time"), false);
  EXPECT_EQ(marks_at("2026-10-03T15:00:00+08:00"), 0);
}

TEST_F(Reservations, DispatchContactCancel) {
  lab().set_now("2026-10-12T09:00:00+08:00");
  json r = lab().post_ok(h().cc, "/api/v1/reservations", phone_call(lab().fresh_phone()), 201);
  const std::string path = "/api/v1/reservations/" + r.at("number").get<std::string>();
  // Dispatch needs a customer manager; a project manager or a customer may not act.
  EXPECT_EQ(lab().post_ok(h().cc, path + "/actions", {{"action", "dispatch"}}, 400).at("error").at("field"), "fields.customer_manager");
  lab().post_ok(h().pm, path + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", h().cm.id}}}}, 403);
  lab().set_now("2026-10-12T09:12:00+08:00");
  r = lab().post_ok(h().cc, path + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", h().cm.id}}}});
  EXPECT_EQ(r.at("status"), "handled");
  EXPECT_EQ(r.at("handled_at"), "2026-10-12T09:12:00+08:00");
  EXPECT_EQ(r.at("on_time"), true);
  EXPECT_EQ(r.at("customer_manager").at("id"), h().cm.id);
  EXPECT_EQ(notices(h().cm, r.at("number"))["reservation_dispatched"], 1);
  lab().post_ok(h().cc, path + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", h().cm.id}}}}, 409);
  lab().post_ok(h().cc, path + "/actions", {{"action", "reject"}}, 400);

  // An online reservation is contacted (by its customer manager, who takes it).
  Party cust = lab().customer("联系客户");
  json o = lab().post_ok(cust, "/api/v1/reservations", {{"address", "邾县建设路9号"}, {"customer_type", "lv_residential"}}, 201);
  const std::string opath = "/api/v1/reservations/" + o.at("number").get<std::string>();
  o = lab().post_ok(h().cm, opath + "/actions", {{"action", "contact"}, {"fields", {{"note", "已电话确认，明日上门"}}}});
  EXPECT_EQ(o.at("status"), "handled");
  EXPECT_EQ(o.at("customer_manager").at("id"), h().cm.id);

  // Cancel: with a reason, once.
  json c = lab().post_ok(h().cc, "/api/v1/reservations", phone_call(lab().fresh_phone()), 201);
  const std::string cpath = "/api/v1/reservations/" + c.at("number").get<std::string>();
  // (named like application actions' fields: "fields.reason")
  const std::string missing = lab().post_ok(h().cc, cpath + "/actions", {{"action", "cancel"}}, 400).at("error").at("field");
  EXPECT_EQ(missing, "fields.reason");
  c = lab().post_ok(h().cc, cpath + "/actions", {{"action", "cancel"}, {"fields", {{"reason", "客户来电取消"}}}});
  EXPECT_EQ(c.at("status"), "cancelled");
  lab().post_ok(h().cc, cpath + "/actions", {{"action", "cancel"}, {"fields", {{"reason", "again"}}}}, 409);
  lab().post_ok(h().cc, cpath + "/actions", {{"action", "convert"}}, 409);
  // A cancelled reservation is no longer supervised.
  lab().set_now("2026-10-13T09:00:00+08:00");
  lab().sweep();
  EXPECT_EQ(lab().get_ok(h().cc, cpath).at("status"), "cancelled");
  EXPECT_TRUE(notices(h().cc, c.at("number"))["sla_overdue"] == 0);
}

// rule D4: "挂机后 20 分钟内派发预约工单至客户经理" — the 20-minute clock stops only when a named
// customer manager receives the order, never when the command center merely contacts the caller.
TEST_F(Reservations, D4_PhoneClockStopsOnlyWhenACustomerManagerReceivesIt) {
  lab().set_now("2026-10-13T10:00:00+08:00");
  Party cm2 = lab().staff("customer_manager", "cm.res2", "接单经理");
  json r = lab().post_ok(h().cc, "/api/v1/reservations", phone_call(lab().fresh_phone()), 201);
  const std::string number = r.at("number");
  const std::string path = "/api/v1/reservations/" + number;
  EXPECT_EQ(r.at("due_action"), "dispatch");
  // Contacting the caller is no dispatch: refused, nothing changes, the clock runs on.
  EXPECT_EQ(lab().post_ok(h().cc, path + "/actions", {{"action", "contact"}, {"fields", {{"note", "已回电"}}}}, 409).at("error").at("field"), "action");
  // Dispatch without a manager, or to someone who is not a customer manager: a field error.
  EXPECT_EQ(lab().post_ok(h().cc, path + "/actions", {{"action", "dispatch"}, {"fields", {{"note", "x"}}}}, 400).at("error").at("field"),
            "fields.customer_manager");
  EXPECT_EQ(lab().post_ok(h().cc, path + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", h().pm.id}}}}, 400)
                .at("error").at("field"),
            "fields.customer_manager");
  EXPECT_EQ(lab().post_ok(h().cc, path + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", h().cc.id}}}}, 400)
                .at("error").at("field"),
            "fields.customer_manager");
  r = lab().get_ok(h().cc, path);
  EXPECT_EQ(r.at("status"), "open");
  EXPECT_TRUE(r.at("handled_at").is_null());
  // 21 minutes after the call, still not dispatched: overdue.
  lab().set_now("2026-10-13T10:21:00+08:00");
  EXPECT_EQ(lab().get_ok(h().cc, path).at("level"), "overdue");
  // Dispatched to the named manager: the clock stops (late, 21 of 20 minutes), and they see it.
  lab().set_now("2026-10-13T10:22:00+08:00");
  r = lab().post_ok(h().cc, path + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", cm2.id}}}});
  EXPECT_EQ(r.at("status"), "handled");
  EXPECT_EQ(r.at("handled_at"), "2026-10-13T10:22:00+08:00");
  EXPECT_EQ(r.at("on_time"), false);
  EXPECT_EQ(r.at("customer_manager").at("id"), cm2.id);
  int seen = 0;
  const json queue = lab().get_ok(cm2, "/api/v1/reservations");
  for (const auto& it : queue.at("items"))
    seen += it.at("number") == number && it.at("customer_manager").at("id") == cm2.id;
  EXPECT_EQ(seen, 1) << "the manager's own queue: " << queue.dump();
  EXPECT_EQ(notices(cm2, number)["reservation_dispatched"], 1);
  EXPECT_EQ(lab().get(h().cm, path).status, 404) << "another manager does not see it";
}

// rule D4: an online reservation's 18 hours are "contact the customer to confirm": assigning it to
// a manager does not stop them; the manager's contact does.
TEST_F(Reservations, D4_OnlineClockStopsWhenTheCustomerIsContacted) {
  lab().set_now("2026-10-13T11:00:00+08:00");
  Party cust = lab().customer("线上确认");
  json o = lab().post_ok(cust, "/api/v1/reservations", {{"address", "邾县建设路11号"}, {"customer_type", "lv_residential"}}, 201);
  const std::string path = "/api/v1/reservations/" + o.at("number").get<std::string>();
  EXPECT_EQ(o.at("due_action"), "contact");
  o = lab().post_ok(h().cc, path + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", h().cm.id}}}});
  EXPECT_EQ(o.at("status"), "open");
  EXPECT_EQ(o.at("customer_manager").at("id"), h().cm.id);
  lab().set_now("2026-10-13T12:00:00+08:00");
  o = lab().post_ok(h().cm, path + "/actions", {{"action", "contact"}, {"fields", {{"note", "已电话确认"}}}});
  EXPECT_EQ(o.at("status"), "handled");
  EXPECT_EQ(o.at("handled_at"), "2026-10-13T12:00:00+08:00");
  EXPECT_EQ(o.at("on_time"), true);
}

TEST_F(Reservations, ConvertIntoApplicationCarryingEverythingOver) {
  lab().set_now("2026-10-14T09:00:00+08:00");
  const std::string phone = lab().fresh_phone();
  json body = phone_call(phone, "base_station_5g");
  body["name"] = "铁塔公司张工";
  body["address"] = "邾县高铁站北广场";
  json r = lab().post_ok(h().cc, "/api/v1/reservations", body, 201);
  const std::string number = r.at("number");
  lab().post_ok(h().cc, "/api/v1/reservations/" + number + "/actions", {{"action", "dispatch"}, {"fields", {{"customer_manager", h().cm.id}}}});
  // Customers and project managers do not convert.
  Party cust = lab().customer("冒名客户");
  lab().post_ok(cust, "/api/v1/reservations/" + number + "/actions", {{"action", "convert"}}, 403);
  lab().post_ok(h().pm, "/api/v1/reservations/" + number + "/actions", {{"action", "convert"}}, 403);
  // At the site survey the customer manager converts it; the facts may be completed, nothing re-entered.
  lab().set_now("2026-10-14T14:00:00+08:00");
  json out = lab().post_ok(h().cm, "/api/v1/reservations/" + number + "/actions", {{"action", "convert"}, {"fields", {{"capacity_kw", 12}}}});
  ASSERT_TRUE(out.contains("application")) << out.dump();
  const json app = out.at("application");
  const std::string app_number = app.at("number");
  EXPECT_EQ(app.at("address"), "邾县高铁站北广场");
  EXPECT_EQ(app.at("contact_name"), "铁塔公司张工");
  EXPECT_EQ(app.at("contact_phone"), phone);
  EXPECT_EQ(app.at("business").at("code"), "new_connection");
  EXPECT_EQ(app.at("customer_type").at("code"), "base_station_5g");
  EXPECT_EQ(app.at("plan").at("facts").at("capacity_kw"), 12);
  EXPECT_EQ(app.at("channel"), "service_hall");
  EXPECT_EQ(app.at("customer").at("phone"), phone);
  EXPECT_EQ(app.at("customer").at("name"), "铁塔公司张工");
  // Linked both ways.
  EXPECT_EQ(out.at("reservation").at("status"), "converted");
  EXPECT_EQ(out.at("reservation").at("application_number"), app_number);
  json again = lab().get_ok(h().cc, "/api/v1/reservations/" + number);
  EXPECT_EQ(again.at("application_number"), app_number);
  json staff_view = lab().app(h().cc, app_number);
  auto conv = events_of(staff_view, "converted_from_reservation");
  ASSERT_EQ(conv.size(), 1u);
  EXPECT_EQ(conv[0].at("data").at("reservation"), number);
  EXPECT_EQ(conv[0].at("actor").at("id"), h().cm.id);
  EXPECT_EQ(conv[0].at("at"), "2026-10-14T14:00:00+08:00");
  // Converted once only.
  lab().post_ok(h().cm, "/api/v1/reservations/" + number + "/actions", {{"action", "convert"}}, 409);
  // The caller registers online with the same number (proven by SMS) and claims the application
  // with the claim code given at conversion (issue 15): registering alone hands over nothing.
  ASSERT_TRUE(out.contains("claim")) << out.dump();
  Party caller = lab().customer("张工", phone);
  EXPECT_EQ(lab().get_ok(caller, "/api/v1/applications").at("items").size(), 0u);
  ASSERT_EQ(lab().claim(caller, out.at("claim").at("code")).status, 200);
  const json items = lab().get_ok(caller, "/api/v1/applications").at("items");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].at("number"), app_number);
}

TEST_F(Reservations, ConvertWithBadFactsChangesNothing) {
  lab().set_now("2026-10-15T09:00:00+08:00");
  json r = lab().post_ok(h().cc, "/api/v1/reservations", phone_call(lab().fresh_phone()), 201);
  const std::string number = r.at("number");
  json err = lab().post_ok(h().cm, "/api/v1/reservations/" + number + "/actions", {{"action", "convert"}, {"fields", {{"voltage_kv", 10}}}}, 400);
  EXPECT_EQ(err.at("error").at("field"), "voltage_kv");
  EXPECT_EQ(lab().get_ok(h().cc, "/api/v1/reservations/" + number).at("status"), "open");
}

TEST_F(Reservations, AnonymousReservationsAreThrottled) {
  lab().set_now("2026-10-16T09:00:00+08:00");
  int first_refused = 0;
  std::string retry_after;
  for (int i = 1; i <= 32 && !first_refused; ++i) {
    auto res = lab().client()->Post("/api/v1/reservations",
                                    json{{"name", "刷单"}, {"phone", lab().fresh_phone()}, {"address", "某地某号"}, {"customer_type", "lv_residential"}}.dump(),
                                    "application/json");
    ASSERT_TRUE(res);
    if (res->status == 429) {
      first_refused = i;
      retry_after = res->get_header_value("Retry-After");
      EXPECT_NE(res->body.find("throttled"), std::string::npos);
    } else {
      EXPECT_EQ(res->status, 201) << res->body;
    }
  }
  EXPECT_GT(first_refused, 0) << "throttled within 31 anonymous requests";
  EXPECT_LE(first_refused, 31);
  EXPECT_FALSE(retry_after.empty());
  // A logged-in customer is not held up by the anonymous limit.
  Party cust = lab().customer("正常客户");
  lab().post_ok(cust, "/api/v1/reservations", {{"address", "邾县正常路1号"}, {"customer_type", "lv_residential"}}, 201);
}

// A double click at the hall: two conversions of the same reservation at the same moment make one
// application; the other is told it is already converted (409).
TEST_F(Reservations, ConvertTwiceAtOnceMakesOneApplication) {
  lab().set_now("2026-10-19T09:00:00+08:00");
  for (int round = 0; round < 8; ++round) {
    const std::string phone = lab().fresh_phone();
    json r = lab().post_ok(h().cc, "/api/v1/reservations", phone_call(phone), 201);
    const std::string path = "/api/v1/reservations/" + r.at("number").get<std::string>() + "/actions";
    auto convert = [&] {
      auto cli = lab().client();
      auto res = cli->Post(path, {{"Authorization", "Bearer " + h().cc.token}}, json{{"action", "convert"}}.dump(), "application/json");
      return res ? res->status : 0;
    };
    auto a = std::async(std::launch::async, convert);
    auto b = std::async(std::launch::async, convert);
    std::multiset<int> statuses = {a.get(), b.get()};
    EXPECT_EQ(statuses, (std::multiset<int>{200, 409})) << "round " << round;
    // One application for this caller.
    int apps = 0;
    const json q = lab().get_ok(h().cc, "/api/v1/applications?q=" + phone + "&page_size=100");
    for (const auto& it : q.at("items")) apps += it.at("contact_phone") == phone;
    EXPECT_EQ(apps, 1) << "round " << round;
  }
}
