// Time-limit supervision over HTTP (rules M1, M2 on the T1 limits and the holiday calendar): the
// sweep warns at 80 % of a limit, records the breach and escalates customer manager -> command
// center -> leadership, each exactly once — also across a kill -9 and restart — notifies the people
// responsible, and the queue shows the overdue application. Paused time (T6) is never supervised.
#include <gtest/gtest.h>

#include <map>

#include <SQLiteCpp/SQLiteCpp.h>

#include "life_helpers.h"

using gp::life::events_of;
using gp::life::json;
using gp::life::Lab;
using gp::life::Party;
using gp::life::stage_of;

namespace {

const std::vector<std::string> kSlaKinds = {"sla_warning", "sla_overdue", "escalated"};

// The supervision notifications a user received about one application, by kind.
std::map<std::string, int> sla_notices(Lab& lab, Party& p, const std::string& number) {
  std::map<std::string, int> out;
  const json inbox = lab.get_ok(p, "/api/v1/notifications?limit=200");
  for (const auto& n : inbox.at("items"))
    if (n.at("application_number") == number)
      for (const auto& k : kSlaKinds)
        if (n.at("kind") == k) ++out[k];
  return out;
}

int total(const std::map<std::string, int>& m) {
  int n = 0;
  for (const auto& [k, v] : m) n += v;
  return n;
}

bool listed(const json& page, const std::string& number) {
  for (const auto& it : page.at("items"))
    if (it.at("number") == number) return true;
  return false;
}

// Supervision trail of the application (staff view), as (type, subject stage, escalation) in order.
std::vector<std::string> trail(const json& app) {
  std::vector<std::string> out;
  for (const auto& e : app.at("events")) {
    const std::string t = e.at("type");
    if (t != "sla_warning" && t != "sla_overdue" && t != "escalated") continue;
    const std::string scope = e.at("data").at("stage").get<std::string>().empty() ? "app" : e.at("data").at("stage").get<std::string>();
    out.push_back(t + "/" + scope + "/" + std::to_string(e.at("data").at("escalation").get<int>()));
  }
  return out;
}

}  // namespace

// An LV resident's application (T1: 2 working days; the application step: 1) submitted on Monday
// 2026-09-28, left untouched across National Day 2026.
TEST(SlaEscalation, M1_M2_WarningOverdueEscalationOnceEachAcrossRestart) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.sla", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.sla", "督办经理");
  Party pm = lab.staff("project_manager", "pm.sla", "项目经理甲");
  Party cust = lab.customer("超时客户");
  lab.set_now("2026-09-28T09:00:00+08:00");
  json app = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县北关街3号"}});
  const std::string number = app.at("number");
  // rule M1: the warning starts at 80 % of the step's 1 working day (counted from 09-29 00:00).
  EXPECT_EQ(stage_of(app, "application").at("warning_at"), "2026-09-29T19:12:00+08:00");
  EXPECT_EQ(app.at("sla").at("warning_at"), "2026-09-30T14:24:00+08:00");

  auto sweep_at = [&](const char* when) {
    lab.set_now(when);
    return lab.sweep().at("marks_recorded").get<int>();
  };

  EXPECT_EQ(sweep_at("2026-09-29T19:11:59+08:00"), 0) << "just before 80 %";
  EXPECT_EQ(lab.app(cc, number).at("level"), "normal");

  // 80 % of the application step: one warning, to the customer manager only.
  EXPECT_EQ(sweep_at("2026-09-29T19:12:00+08:00"), 1);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0) << "recorded once";
  app = lab.app(cc, number);
  EXPECT_EQ(app.at("level"), "warning");
  EXPECT_EQ(trail(app), (std::vector<std::string>{"sla_warning/application/1"}));
  auto w = events_of(app, "sla_warning");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].at("role"), "system");
  EXPECT_EQ(w[0].at("channel"), "system");
  EXPECT_EQ(w[0].at("at"), "2026-09-29T19:12:00+08:00");
  EXPECT_EQ(w[0].at("data").at("escalation_to"), "customer_manager");
  EXPECT_EQ(sla_notices(lab, cm, number)["sla_warning"], 1);
  EXPECT_EQ(total(sla_notices(lab, cc, number)), 0) << "the command center is not bothered by a warning";
  EXPECT_TRUE(listed(lab.get_ok(cc, "/api/v1/applications?level=warning"), number));

  // Past the step's deadline (close of 09-29): overdue, escalated to the command center.
  EXPECT_EQ(sweep_at("2026-09-30T08:00:00+08:00"), 2);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  app = lab.app(cc, number);
  EXPECT_EQ(app.at("level"), "overdue");
  EXPECT_EQ(app.at("escalation"), 2);
  EXPECT_TRUE(listed(lab.get_ok(cc, "/api/v1/applications?level=overdue"), number));
  EXPECT_TRUE(listed(lab.get_ok(cm, "/api/v1/applications?level=overdue"), number));
  EXPECT_FALSE(listed(lab.get_ok(cc, "/api/v1/applications?level=warning"), number));
  EXPECT_EQ(sla_notices(lab, cc, number)["sla_overdue"], 1);
  EXPECT_EQ(sla_notices(lab, cc, number)["escalated"], 1);

  // 80 % of the whole application (T1 = 2 working days).
  EXPECT_EQ(sweep_at("2026-09-30T14:24:00+08:00"), 1);
  // National Day: the application's 2 days are used up at the close of 09-30 (overdue + command
  // center); the step is overdue by a further working day (leadership).
  EXPECT_EQ(sweep_at("2026-10-03T12:00:00+08:00"), 3);
  // No working time passes in the holiday, and the first working day after it ends at 24:00.
  EXPECT_EQ(sweep_at("2026-10-07T23:00:00+08:00"), 0);
  EXPECT_EQ(sweep_at("2026-10-08T23:59:59+08:00"), 0);
  // The application overdue by max(20 % of 2, 1) working day: leadership.
  EXPECT_EQ(sweep_at("2026-10-09T00:00:00+08:00"), 1);
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);

  app = lab.app(cc, number);
  EXPECT_EQ(app.at("escalation"), 3);
  // Levels rise in order, each recorded once, for the step and for the whole application.
  const std::vector<std::string> expected = {
      "sla_warning/application/1", "sla_overdue/application/2", "escalated/application/2", "sla_warning/app/1",
      "sla_overdue/app/2",         "escalated/app/2",           "escalated/application/3", "escalated/app/3"};
  EXPECT_EQ(trail(app), expected);
  const json before = app.at("events");

  // rule M2: who heard of it. The customer manager at every level, the command center from the
  // breach, leadership (the admins) at the last level.
  EXPECT_EQ(sla_notices(lab, cm, number), (std::map<std::string, int>{{"sla_warning", 2}, {"sla_overdue", 2}, {"escalated", 4}}));
  EXPECT_EQ(sla_notices(lab, cc, number), (std::map<std::string, int>{{"sla_overdue", 2}, {"escalated", 4}}));
  EXPECT_EQ(sla_notices(lab, lab.admin(), number), (std::map<std::string, int>{{"escalated", 2}}));
  EXPECT_EQ(total(sla_notices(lab, pm, number)), 0);
  EXPECT_EQ(total(sla_notices(lab, cust, number)), 0);
  // The customer's timeline has no supervision trail (internal).
  EXPECT_TRUE(trail(lab.app(cust, number)).empty());

  // Idempotent across a crash: kill -9, restart on the same data (its start-up sweep runs on the
  // real clock), sweep again at the same instant — nothing is recorded twice.
  lab.crash_and_restart();
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  lab.set_now("2026-10-20T10:00:00+08:00");
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0) << "every level was already recorded";
  app = lab.app(cc, number);
  EXPECT_EQ(app.at("events"), before);
  EXPECT_EQ(sla_notices(lab, cm, number)["escalated"], 4);
  EXPECT_TRUE(listed(lab.get_ok(cc, "/api/v1/applications?level=overdue"), number));

  // The history is intact (hash chain, replay = stored state).
  lab.server().stop();
  auto v = gp::test::run_server_command({"verify", "--data", lab.data_dir().string()});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  EXPECT_NE(v.out.find("intact"), std::string::npos) << v.out;
  lab.server().restart();
}

// rule T6 with M1: while the application waits on the customer nothing is supervised; the clock
// resumes where it stopped.
TEST(SlaEscalation, T6_NoWarningsWhilePaused) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.pause", "暂停经理");
  Party pm = lab.staff("project_manager", "pm.pause", "项目经理乙");
  Party cust = lab.customer("等待客户");
  lab.set_now("2026-09-28T09:00:00+08:00");
  json app = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "ev_residential"}, {"address", "邾县南关小区5栋"}});
  const std::string number = app.at("number");
  lab.set_now("2026-09-29T12:00:00+08:00");  // half of the step's day used
  lab.act(cm, number, "request_information", {{"message", "请提供车位产权证明"}});
  lab.set_now("2026-10-30T12:00:00+08:00");
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0) << "a month of waiting on the customer";
  app = lab.app(cm, number);
  EXPECT_EQ(app.at("level"), "normal");
  EXPECT_TRUE(events_of(app, "sla_warning").empty());
  lab.act(cust, number, "provide_information", {{"message", "已补充"}});
  // 0.5 of the step was used before the pause; 80 % is reached 0.3 working days after Friday noon.
  lab.set_now("2026-10-30T19:11:00+08:00");
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 0);
  lab.set_now("2026-10-30T19:12:00+08:00");
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 1);
  EXPECT_EQ(events_of(lab.app(cm, number), "sla_warning").size(), 1u);
}

// A sweep stops once its time budget is used (--sla-budget-ms; 0: one application per sweep) and
// says how many applications are still due; the next sweep goes on with them, oldest due first,
// and every mark is still recorded exactly once. This is how the job works off a working-day
// boundary where tens of thousands are due at the same instant (docs/performance.md).
TEST(SlaEscalation, M2_BudgetedSweepsLeaveTheRestToTheNext) {
  Lab lab({"--sla-budget-ms", "0"});
  Party cc = lab.staff("command_center", "cc.budget", "指挥中心夜班");
  Party cm = lab.staff("customer_manager", "cm.budget", "批量经理");
  Party pm = lab.staff("project_manager", "pm.budget", "项目经理丙");
  Party cust = lab.customer("批量客户");
  std::vector<std::string> numbers;
  for (const char* at : {"2026-09-28T09:00:00+08:00", "2026-09-28T09:30:00+08:00", "2026-09-28T10:00:00+08:00"}) {
    lab.set_now(at);
    numbers.push_back(lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县北关街5号"}})
                          .at("number"));
  }
  // Past the application step's deadline for all three: warning, overdue, command center each.
  lab.set_now("2026-09-30T08:00:00+08:00");
  int marks = 0;
  for (int left : {2, 1, 0}) {
    const json r = lab.sweep();
    EXPECT_EQ(r.at("applications_checked"), 1);
    EXPECT_EQ(r.at("applications_left"), left);
    marks += r.at("marks_recorded").get<int>();
    // Oldest due first: the first application submitted is the first one swept.
    if (left == 2) EXPECT_EQ(trail(lab.app(cc, numbers[0])).size(), 3u);
    if (left == 2) EXPECT_TRUE(trail(lab.app(cc, numbers[2])).empty());
  }
  EXPECT_EQ(marks, 9);
  const json quiet = lab.sweep();
  EXPECT_EQ(quiet.at("applications_checked"), 0);
  EXPECT_EQ(quiet.at("marks_recorded"), 0);
  for (const auto& n : numbers) {
    EXPECT_EQ(trail(lab.app(cc, n)),
              (std::vector<std::string>{"sla_warning/application/1", "sla_overdue/application/2", "escalated/application/2"}))
        << n;
    EXPECT_EQ(sla_notices(lab, cc, n)["sla_overdue"], 1) << n;
  }
}

// rule M1 is a 7x24 watch: one application that cannot be swept (here its stored facts no longer
// parse) is skipped, logged and counted, and the others in the same batch are still supervised;
// it is tried again on the next sweep, and nothing is recorded twice.
TEST(SlaEscalation, M1_OneBrokenApplicationDoesNotStopTheWatch) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.broken", "指挥中心甲");
  Party cm = lab.staff("customer_manager", "cm.broken", "经理甲");
  Party pm = lab.staff("project_manager", "pm.broken", "项目经理丁");
  Party cust = lab.customer("坏数据客户");
  lab.set_now("2026-09-28T09:00:00+08:00");
  const json body = {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县北关街7号"}};
  const std::string broken = lab.create_app(cust, body).at("number");  // swept first (same deadline, lower id)
  const std::string sound = lab.create_app(cust, body).at("number");
  {
    SQLite::Database db((lab.data_dir() / "getpower.db").string(), SQLite::OPEN_READWRITE, 5000);
    SQLite::Statement q(db, "UPDATE applications SET facts = '{\"customer_type\": 42}' WHERE number = ?");
    q.bind(1, broken);
    ASSERT_EQ(q.exec(), 1);
  }
  lab.crash_and_restart();  // a fresh process: nothing of the broken application is remembered

  lab.set_now("2026-09-30T08:00:00+08:00");
  const json r = lab.sweep();
  EXPECT_EQ(r.at("applications_checked"), 2);
  EXPECT_EQ(r.at("applications_failed"), 1);
  EXPECT_EQ(r.at("marks_recorded"), 3) << r.dump();
  EXPECT_EQ(trail(lab.app(cc, sound)),
            (std::vector<std::string>{"sla_warning/application/1", "sla_overdue/application/2", "escalated/application/2"}));
  EXPECT_NE(lab.server().stderr_text().find("not swept"), std::string::npos);
  const json again = lab.sweep();
  EXPECT_EQ(again.at("applications_failed"), 1) << "tried again";
  EXPECT_EQ(again.at("marks_recorded"), 0);
}

// rules T4, W1, M1, M2: "10千伏及以上项目不含配套工程办电时长不超过16个工作日". An HV red-line job
// (three steps, S4) with a 10 kV overhead line (W1: 20 working days): the supporting works run on
// their own clock, warned and escalated by the sweep, while the application's 16 days stand still —
// no false "overdue" on the application, and the board shows both clocks.
TEST(SlaEscalation, T4_W1_HvSupportingWorksOnTheirOwnClock) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.works", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.works", "客户经理甲");
  Party pm = lab.staff("project_manager", "pm.works", "项目经理乙");
  Party cust = lab.customer("园区工厂");
  lab.set_now("2026-11-30T09:00:00+08:00");
  json app = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "hv"}, {"voltage_kv", 10},
                                   {"capacity_kw", 800}, {"industry", "industrial"}, {"in_provincial_park", true},
                                   {"address", "邾县经济开发区创业大道1号"},
                                   {"supporting_works", json::array({{{"kind", "overhead_line"}, {"voltage_kv", 10}}})}});
  const std::string number = app.at("number");
  EXPECT_EQ(app.at("time_limit_working_days"), 16);  // rule T4
  EXPECT_EQ(app.at("clocks").at("application").at("excludes_supporting_works"), true);
  lab.act_rendered(cc, number, "accept");
  lab.act_rendered(cc, number, "assign_managers");
  lab.act_rendered(cm, number, "site_survey");
  lab.act_rendered(cm, number, "reply_supply_plan");
  lab.act_rendered(cust, number, "confirm_supply_plan", {{"agree", true}});
  app = lab.act_rendered(pm, number, "record_supporting_works",
                         {{"kind", "overhead_line"}, {"voltage_kv", "10"}, {"agreed_completion_date", "2026-12-24"}});
  ASSERT_EQ(app.at("supporting_works").size(), 1u);
  EXPECT_EQ(app.at("supporting_works")[0].at("limit_working_days"), 20);  // rule W1

  // Noon of 2026-12-23: 16.5 working days of works. One clock would now be past 16 days.
  lab.set_now("2026-12-23T12:00:00+08:00");
  lab.sweep();
  app = lab.app(cc, number);
  EXPECT_EQ(app.at("clocks").at("application").at("level"), "normal");
  EXPECT_TRUE(app.at("clocks").at("application").at("deadline").is_null()) << "stopped while the works run";
  EXPECT_EQ(app.at("clocks").at("supporting_works").at("level"), "warning");
  EXPECT_EQ(app.at("clocks").at("supporting_works").at("limit_working_days"), 20);
  bool works_warned = false;
  for (const auto& e : app.at("events")) {
    const std::string t = e.at("type");
    if (t != "sla_warning" && t != "sla_overdue" && t != "escalated") continue;
    EXPECT_EQ(e.at("data").at("stage"), "supporting_works") << e.dump();  // nothing on the application's clock
    works_warned = works_warned || t == "sla_warning";
  }
  EXPECT_TRUE(works_warned);

  // Past the works' own 20 days: overdue and escalated to the command center on the works clock.
  lab.set_now("2027-01-06T12:00:00+08:00");
  lab.sweep();
  app = lab.app(cc, number);
  EXPECT_EQ(app.at("clocks").at("application").at("level"), "normal");
  EXPECT_EQ(app.at("clocks").at("supporting_works").at("level"), "overdue");
  int overdue = 0;
  for (const auto& e : events_of(app, "sla_overdue")) {
    EXPECT_EQ(e.at("data").at("stage"), "supporting_works");
    ++overdue;
  }
  EXPECT_EQ(overdue, 1);
  EXPECT_GE(sla_notices(lab, cc, number)["sla_overdue"], 1) << "the command center hears of it (rule M2)";
  const json board = lab.get_ok(cc, "/api/v1/board");
  bool found = false;
  for (const auto& it : board.at("items")) {
    if (it.value("number", "") != number) continue;
    found = true;
    EXPECT_EQ(it.at("application_level"), "normal");
    EXPECT_EQ(it.at("limit_excludes_supporting_works"), true);
    EXPECT_EQ(it.at("supporting_works").at("level"), "overdue");
    EXPECT_EQ(it.at("supporting_works").at("limit_working_days"), 20);
    EXPECT_EQ(it.at("level"), "overdue");  // the command center's queue shows the works' breach
  }
  EXPECT_TRUE(found);
  // The public progress answer shows the works' own limit and agreed date too.
  const json tracked = lab.post_ok(cust, "/api/v1/track", {{"number", number}, {"phone", cust.phone}});
  EXPECT_EQ(tracked.at("limit_excludes_supporting_works"), true);
  ASSERT_EQ(tracked.at("supporting_works").size(), 1u);
  EXPECT_EQ(tracked.at("supporting_works")[0].at("limit_working_days"), 20);
  EXPECT_EQ(tracked.at("supporting_works")[0].at("agreed_completion_date"), "2026-12-24");
  // rule T6: the public progress page labels a step's limit as the company's split, not policy.
  EXPECT_EQ(tracked.at("stages")[0].at("source"), "company_setting");
  EXPECT_EQ(tracked.at("stages")[0].at("limit_working_days"), 2);
}
