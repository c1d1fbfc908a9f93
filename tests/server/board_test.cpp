// The command center's board (rules M1, M2, G6, D4) over HTTP: every open application and
// reservation with level, escalation, age in working days, step and manager, with counts; who may
// see it; reassignment seen from the board; and the acknowledgement of a warning — which stops the
// rise to leadership when the command center handles it at level 2, exactly once across restarts.
#include <gtest/gtest.h>

#include <map>

#include "ops_helpers.h"

using gp::life::events_of;
using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;

namespace {

json lv_body(const std::string& address, std::int64_t manager) {
  return {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", address}, {"preferred_manager", manager}};
}

const json* item_of(const json& board, const std::string& number) {
  for (const auto& it : board.at("items"))
    if (it.at("number") == number) return &it;
  return nullptr;
}

const json* bucket(const json& list, const char* key, const json& value) {
  for (const auto& b : list)
    if (b.at(key) == value) return &b;
  return nullptr;
}

// Supervision events of an application (staff view) as "type/stage/escalation".
std::vector<std::string> trail(const json& app) {
  std::vector<std::string> out;
  for (const auto& e : app.at("events")) {
    const std::string t = e.at("type");
    if (t != "sla_warning" && t != "sla_overdue" && t != "escalated") continue;
    const std::string st = e.at("data").at("stage");
    out.push_back(t + "/" + (st.empty() ? "app" : st) + "/" + std::to_string(e.at("data").at("escalation").get<int>()));
  }
  return out;
}

int count_of(const std::vector<std::string>& v, const std::string& x) { return static_cast<int>(std::count(v.begin(), v.end(), x)); }

// Supervision notices of one kind a user got about one application.
int notices(Lab& lab, Party& p, const std::string& number, const std::string& kind) {
  int n = 0;
  const json inbox = lab.get_ok(p, "/api/v1/notifications?limit=200");
  for (const auto& it : inbox.at("items"))
    if (it.at("application_number") == number && it.at("kind") == kind) ++n;
  return n;
}

gp::ops::Reply ack(Lab& lab, Party* p, const std::string& number, const std::string& note = "已电话联系客户，今日完成勘查") {
  return gp::ops::post(lab, p, "/api/v1/applications/" + number + "/acknowledge", {{"note", note}});
}

}  // namespace

TEST(Board, M1_OpenApplicationsAndReservationsWithLevelsAgesAndCounts) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.board", "指挥中心甲");
  Party cm1 = lab.staff("customer_manager", "cm.one", "一号经理");
  Party cm2 = lab.staff("customer_manager", "cm.two", "二号经理");
  Party pm = lab.staff("project_manager", "pm.board", "项目经理");
  Party cust = lab.customer("看板客户");
  // Monday 2026-06-08 and Tuesday: ordinary working days.
  lab.set_now("2026-06-08T09:00:00+08:00");
  const std::string a = lab.create_app(cust, lv_body("邾县东街1号", cm1.id)).at("number");
  lab.set_now("2026-06-09T09:00:00+08:00");
  const std::string b = lab.create_app(cust, lv_body("邾县东街2号", cm2.id)).at("number");
  lab.set_now("2026-06-09T19:30:00+08:00");  // rule D4: 20 minutes to dispatch a phone reservation
  const std::string r = lab.post_ok(cc, "/api/v1/reservations",
                                    {{"channel", "phone"}, {"name", "来电客户"}, {"phone", "13700001111"}, {"address", "邾县西街9号"},
                                     {"customer_type", "lv_residential"}}, 201).at("number");
  // A finished (here: withdrawn) application is not on the board.
  const std::string w = lab.create_app(cust, lv_body("邾县东街3号", cm1.id)).at("number");
  lab.act(cust, w, "withdraw", {{"reason", "不需要了"}});
  lab.set_now("2026-06-09T20:00:00+08:00");

  const json board = lab.get_ok(cc, "/api/v1/board");
  ASSERT_EQ(board.at("items").size(), 3u) << board.dump();
  // Sorted by urgency: the overdue reservation, the warned application, the fresh one.
  EXPECT_EQ(board.at("items")[0].at("number"), r);
  EXPECT_EQ(board.at("items")[1].at("number"), a);
  EXPECT_EQ(board.at("items")[2].at("number"), b);

  const json& ia = *item_of(board, a);
  EXPECT_EQ(ia.at("kind"), "application");
  EXPECT_EQ(ia.at("level"), "warning");  // the application step: 80 % of 1 working day at Tue 19:12
  EXPECT_EQ(ia.at("escalation"), 1);
  EXPECT_EQ(ia.at("escalation_to"), "customer_manager");
  EXPECT_EQ(ia.at("acknowledged"), false);
  EXPECT_NEAR(ia.at("age_working_days").get<double>(), 20.0 / 24.0, 1e-9);  // Tuesday 00:00–20:00
  EXPECT_EQ(ia.at("stage").at("code"), "application");
  EXPECT_EQ(ia.at("customer_manager").at("id"), cm1.id);
  EXPECT_EQ(ia.at("customer_manager").at("name"), "一号经理");
  EXPECT_EQ(ia.at("project_manager").at("id"), pm.id);  // rule G6: both managers

  const json& ib = *item_of(board, b);
  EXPECT_EQ(ib.at("level"), "normal");
  EXPECT_EQ(ib.at("escalation"), 0);
  EXPECT_DOUBLE_EQ(ib.at("age_working_days").get<double>(), 0.0);  // the day of submission is not counted

  const json& ir = *item_of(board, r);
  EXPECT_EQ(ir.at("kind"), "reservation");
  EXPECT_EQ(ir.at("level"), "overdue");  // 30 minutes > 20
  EXPECT_EQ(ir.at("escalation"), 2);
  EXPECT_EQ(ir.at("stage").at("code"), "reservation_dispatch");
  EXPECT_TRUE(ir.at("customer_manager").is_null());

  const json& c = board.at("counts");
  EXPECT_EQ(c.at("total"), 3);
  EXPECT_EQ(c.at("by_kind"), (json{{"application", 2}, {"reservation", 1}}));
  EXPECT_EQ(c.at("by_level"), (json{{"normal", 1}, {"warning", 1}, {"overdue", 1}}));
  EXPECT_EQ(c.at("by_escalation"), (json{{"0", 1}, {"1", 1}, {"2", 1}, {"3", 0}}));
  const json* m1 = bucket(c.at("by_manager"), "id", cm1.id);
  ASSERT_TRUE(m1);
  EXPECT_EQ(m1->at("total"), 1);
  EXPECT_EQ(m1->at("warning"), 1);
  EXPECT_EQ(bucket(c.at("by_manager"), "id", cm2.id)->at("total"), 1);
  EXPECT_EQ(bucket(c.at("by_manager"), "id", nullptr)->at("overdue"), 1);
  const json* app_stage = bucket(c.at("by_stage"), "code", "application");
  ASSERT_TRUE(app_stage);
  EXPECT_EQ(app_stage->at("total"), 2);
  EXPECT_EQ(app_stage->at("warning"), 1);
  EXPECT_EQ(bucket(c.at("by_stage"), "code", "reservation_dispatch")->at("overdue"), 1);

  // The admin sees the same board.
  EXPECT_EQ(lab.get_ok(lab.admin(), "/api/v1/board").at("counts").at("total"), 3);
}

TEST(Board, PermissionBoundaries) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.p", "经理");
  Party pm = lab.staff("project_manager", "pm.p", "项目");
  Party other_cm = lab.staff("customer_manager", "cm.q", "别的经理");
  Party cust = lab.customer("客户");
  lab.set_now("2026-06-08T09:00:00+08:00");
  const std::string n = lab.create_app(cust, lv_body("邾县南街5号", cm.id)).at("number");
  lab.set_now("2026-06-09T20:00:00+08:00");  // warned

  EXPECT_EQ(gp::ops::get(lab, nullptr, "/api/v1/board").status, 401);
  EXPECT_EQ(gp::ops::get(lab, &cust, "/api/v1/board").status, 403);
  EXPECT_EQ(gp::ops::get(lab, &cm, "/api/v1/board").status, 403);
  EXPECT_EQ(gp::ops::get(lab, &pm, "/api/v1/board").status, 403);

  EXPECT_EQ(ack(lab, nullptr, n).status, 401);
  EXPECT_EQ(ack(lab, &cust, n).status, 403) << "customers never handle warnings";
  EXPECT_EQ(ack(lab, &pm, n).status, 403);
  EXPECT_EQ(ack(lab, &other_cm, n).status, 404) << "a customer manager sees only their own applications";
  auto bad = ack(lab, &cm, n, "");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.field(), "note");
  EXPECT_EQ(gp::ops::post(lab, &cm, "/api/v1/applications/" + n + "/acknowledge", {{"note", "x"}, {"level", 3}}).field(), "level");
  EXPECT_EQ(ack(lab, &cm, "ZX-20260608-9999").status, 404);
  // The acknowledgement is internal: the customer's view has no trace of it.
  ASSERT_EQ(ack(lab, &cm, n).status, 200);
  EXPECT_TRUE(events_of(lab.app(cust, n), "warning_acknowledged").empty());
  EXPECT_EQ(events_of(lab.app(cm, n), "warning_acknowledged").size(), 1u);
}

TEST(Board, G6_ReassignmentFromTheBoard) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.r", "指挥");
  Party cm1 = lab.staff("customer_manager", "cm.r1", "甲经理");
  Party cm2 = lab.staff("customer_manager", "cm.r2", "乙经理");
  Party pm = lab.staff("project_manager", "pm.r", "项目");
  Party cust = lab.customer("改派客户");
  lab.set_now("2026-06-08T09:00:00+08:00");
  const std::string n = lab.create_app(cust, lv_body("邾县北街7号", cm1.id)).at("number");
  lab.set_now("2026-06-09T20:00:00+08:00");
  json board = lab.get_ok(cc, "/api/v1/board");
  EXPECT_EQ(item_of(board, n)->at("customer_manager").at("id"), cm1.id);

  // A customer manager may not reassign (the action is the command center's): 403.
  lab.act(cm1, n, "assign_managers", {{"customer_manager", std::to_string(cm2.id)}, {"project_manager", std::to_string(pm.id)}}, 403);
  lab.act(cc, n, "assign_managers", {{"customer_manager", std::to_string(cm2.id)}, {"project_manager", std::to_string(pm.id)}});

  board = lab.get_ok(cc, "/api/v1/board");
  EXPECT_EQ(item_of(board, n)->at("customer_manager").at("id"), cm2.id);
  EXPECT_EQ(bucket(board.at("counts").at("by_manager"), "id", cm2.id)->at("warning"), 1);
  EXPECT_FALSE(bucket(board.at("counts").at("by_manager"), "id", cm1.id));
  // The warning moves with the application: the old manager no longer sees or handles it.
  EXPECT_EQ(gp::ops::get(lab, &cm1, "/api/v1/applications/" + n).status, 404);
  EXPECT_EQ(ack(lab, &cm1, n).status, 404);
  EXPECT_EQ(ack(lab, &cm2, n).status, 200);
  EXPECT_EQ(item_of(lab.get_ok(cc, "/api/v1/board"), n)->at("acknowledged"), true);
}

// An LV resident's application (T1: 2 working days; the application step 1) submitted on Monday
// 2026-09-28, twice: X is handled, Y (the control) is not. Across National Day 2026 and two kill -9
// restarts, each warning, breach and escalation is recorded exactly once; X never reaches
// leadership once the command center has acknowledged each subject at level 2.
TEST(Board, M2_AcknowledgementStopsTheRiseToLeadershipExactlyOnceAcrossRestarts) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.ack", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.ack", "督办经理");
  lab.staff("project_manager", "pm.ack", "项目经理");
  Party cust = lab.customer("督办客户");
  lab.set_now("2026-09-28T09:00:00+08:00");
  const std::string x = lab.create_app(cust, lv_body("邾县督办路1号", cm.id)).at("number");
  const std::string y = lab.create_app(cust, lv_body("邾县督办路2号", cm.id)).at("number");
  auto sweep_at = [&](const char* when) {
    lab.set_now(when);
    return lab.sweep().at("marks_recorded").get<int>();
  };

  // Nothing to handle before the warning.
  EXPECT_EQ(ack(lab, &cm, x).code(), "nothing_to_acknowledge");

  // 80 % of the application step: a warning each, to the customer manager (level 1).
  EXPECT_EQ(sweep_at("2026-09-29T19:12:00+08:00"), 2);
  auto r = ack(lab, &cm, x, "已约客户明早勘查");
  ASSERT_EQ(r.status, 200) << gp::ops::show(r);
  EXPECT_EQ(r.body.at("acknowledged").at("escalation"), 1);
  EXPECT_EQ(r.body.at("acknowledged").at("stops_rise_to_leadership"), false);
  EXPECT_EQ(ack(lab, &cm, x).code(), "already_acknowledged");
  json board = lab.get_ok(cc, "/api/v1/board");
  EXPECT_EQ(item_of(board, x)->at("acknowledged"), true);
  EXPECT_EQ(item_of(board, y)->at("acknowledged"), false);

  // The step's limit is breached (close of 09-29): a new alarm — both reach the command center,
  // the customer manager's acknowledgement of the warning notwithstanding.
  EXPECT_EQ(sweep_at("2026-09-30T08:00:00+08:00"), 4);
  EXPECT_EQ(notices(lab, cc, x, "escalated"), 1);
  board = lab.get_ok(cc, "/api/v1/board");
  EXPECT_EQ(item_of(board, x)->at("escalation"), 2);
  EXPECT_EQ(item_of(board, x)->at("acknowledged"), false);
  // Escalated past the customer manager: the command center handles it now.
  EXPECT_EQ(ack(lab, &cm, x).code(), "escalated_beyond_role");
  r = ack(lab, &cc, x, "指挥中心已督办，责成今日完成");
  ASSERT_EQ(r.status, 200) << gp::ops::show(r);
  EXPECT_EQ(r.body.at("acknowledged").at("escalation"), 2);
  EXPECT_EQ(r.body.at("acknowledged").at("stops_rise_to_leadership"), true);
  EXPECT_EQ(r.body.at("acknowledged").at("subjects").size(), 1u) << "only the step is raised; the whole application is not yet warned";

  // 80 % of the whole application (T1 = 2 working days): a warning each.
  EXPECT_EQ(sweep_at("2026-09-30T14:24:00+08:00"), 2);

  lab.crash_and_restart();

  // National Day: the step overdue by a further working day -> leadership for Y only; the whole
  // application's limit is breached for both (a new subject: command center).
  EXPECT_EQ(sweep_at("2026-10-03T12:00:00+08:00"), 3 + 2);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  EXPECT_EQ(count_of(trail(lab.app(cc, x)), "escalated/application/3"), 0);
  EXPECT_EQ(count_of(trail(lab.app(cc, y)), "escalated/application/3"), 1);
  board = lab.get_ok(cc, "/api/v1/board");
  EXPECT_EQ(item_of(board, x)->at("escalation"), 2) << "acknowledged at level 2: not raised";
  EXPECT_EQ(item_of(board, y)->at("escalation"), 3);
  // The whole application is a new alarm at level 2: handled too.
  r = ack(lab, &cc, x, "整体时限已超，指挥中心跟进");
  ASSERT_EQ(r.status, 200) << gp::ops::show(r);
  EXPECT_EQ(ack(lab, &cc, x).code(), "already_acknowledged");
  // The command center does not handle what leadership holds.
  EXPECT_EQ(ack(lab, &cc, y).code(), "escalated_beyond_role");

  lab.crash_and_restart();

  // The whole application overdue by max(20 % of 2, 1) working day: leadership for Y only.
  EXPECT_EQ(sweep_at("2026-10-09T00:00:00+08:00"), 1);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  const auto tx = trail(lab.app(cc, x)), ty = trail(lab.app(cc, y));
  EXPECT_EQ(tx, (std::vector<std::string>{"sla_warning/application/1", "sla_overdue/application/2", "escalated/application/2",
                                          "sla_warning/app/1", "sla_overdue/app/2", "escalated/app/2"}));
  EXPECT_EQ(count_of(ty, "escalated/application/3"), 1);
  EXPECT_EQ(count_of(ty, "escalated/app/3"), 1);
  EXPECT_EQ(count_of(ty, "sla_warning/application/1"), 1);
  EXPECT_EQ(events_of(lab.app(cc, x), "warning_acknowledged").size(), 3u);
  EXPECT_EQ(notices(lab, lab.admin(), x, "escalated"), 0) << "leadership never bothered with the handled one";
  EXPECT_EQ(notices(lab, lab.admin(), y, "escalated"), 2);
  board = lab.get_ok(cc, "/api/v1/board");
  EXPECT_EQ(item_of(board, x)->at("escalation"), 2);
  EXPECT_EQ(item_of(board, x)->at("acknowledged"), true);
  EXPECT_EQ(item_of(board, y)->at("escalation"), 3);
  // Leadership (an admin) may still handle Y.
  EXPECT_EQ(ack(lab, &lab.admin(), y, "公司领导已知悉").status, 200);
}
