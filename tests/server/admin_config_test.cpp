// Administration over HTTP: the service configuration (change-of-use limits marked as
// configuration, the supervision phone published on every channel, SLA thresholds) read and
// replaced by an admin, validated field by field and kept across a restart; and the holiday
// calendar of a newly published year (2027) loaded at run time, after which working-day answers
// for 2027 become confirmed — also after a restart.
#include <gtest/gtest.h>

#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

// A 2027 schedule in the shape of shared/data/cn-holidays.json (for the test; not the official one).
json year_2027() {
  return {{"notice", "测试用 2027 年节假日安排"},
          {"holidays", json::array({{{"name", "元旦"}, {"off", {"2027-01-01", "2027-01-02", "2027-01-03"}}},
                                    {{"name", "春节"}, {"off", {"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
                                                               "2027-02-10", "2027-02-11"}}}})},
          {"workdays", {"2027-01-31", "2027-02-20"}}};
}

const json* year_of(const json& calendar, int year) {
  for (const auto& y : calendar.at("years"))
    if (y.at("year") == year) return &y;
  return nullptr;
}

}  // namespace

TEST(AdminConfig, ConfigurationReadValidatedReplacedAndKept) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.cfg", "指挥中心");
  Party cm = lab.staff("customer_manager", "cm.cfg", "客户经理");
  lab.staff("project_manager", "pm.cfg", "项目经理");
  Party cust = lab.customer("配置客户");
  Party& admin = lab.admin();

  EXPECT_EQ(gp::ops::get(lab, nullptr, "/api/v1/admin/config").status, 401);
  EXPECT_EQ(gp::ops::get(lab, &cust, "/api/v1/admin/config").status, 403);
  EXPECT_EQ(gp::ops::get(lab, &cc, "/api/v1/admin/config").status, 403);
  EXPECT_EQ(gp::ops::put(lab, &cc, "/api/v1/admin/config", {{"supervision_phone", "12345"}}).status, 403);
  EXPECT_EQ(gp::ops::put(lab, &cust, "/api/v1/admin/config", {{"supervision_phone", "12345"}}).status, 403);

  json cfg = lab.get_ok(admin, "/api/v1/admin/config");
  EXPECT_EQ(cfg.at("config").at("supervision_phone"), "95598");
  EXPECT_EQ(cfg.at("config").at("change_of_use_limits").at("rename"), (json{{"application", 1}, {"completion", 2}}));
  EXPECT_EQ(cfg.at("sources").at("change_of_use_limits").at("source"), "company_setting");
  for (const char* k : {"stage_split", "asset_transfer_review", "lv_outage_plan_affecting_others", "reserve_works", "backfill_after_hours"})
    EXPECT_EQ(cfg.at("sources").at(k).at("source"), "company_setting") << k;
  EXPECT_NEAR(cfg.at("config").at("sla").at("warning_fraction").get<double>(), 0.8, 1e-12);

  // Refusals name the field, and change nothing.
  struct Bad {
    json body;
    const char* field;
  };
  for (const Bad& b : {Bad{{{"sla", {{"warning_fraction", 1.5}}}}, "sla.warning_fraction"},
                       Bad{{{"sla", {{"warning_frac", 0.5}}}}, "sla.warning_frac"},
                       Bad{{{"change_of_use_limits", {{"new_connection", {{"application", 1}}}}}}, "change_of_use_limits.new_connection"},
                       Bad{{{"change_of_use_limits", {{"rename", {{"application", -1}}}}}}, "change_of_use_limits.rename.application"},
                       Bad{{{"change_of_use_limits", {{"rename", {{"days", 1}}}}}}, "change_of_use_limits.rename.days"},
                       Bad{{{"supervision_phone", "热线"}}, "supervision_phone"},
                       Bad{{{"supervision_phone", nullptr}}, "supervision_phone"},
                       Bad{{{"company", {{"zh", ""}, {"en", "x"}}}}, "company.zh"},
                       // rule T6: the company's split must keep the plan's total (T4: 16)
                       Bad{{{"stage_split", {{"hv_application", 3}}}}, "stage_split"},
                       Bad{{{"stage_split", {{"hv_days", 3}}}}, "stage_split.hv_days"},
                       Bad{{{"lv_outage_plan_affecting_others", "yearly"}}, "lv_outage_plan_affecting_others"},
                       // rule M5: the back-filling threshold, whole hours 1–720
                       Bad{{{"backfill_after_hours", 0}}, "backfill_after_hours"},
                       Bad{{{"backfill_after_hours", "24"}}, "backfill_after_hours"},
                       Bad{{{"colour", "red"}}, "colour"}}) {
    auto r = gp::ops::put(lab, &admin, "/api/v1/admin/config", b.body);
    EXPECT_EQ(r.status, 400) << b.body.dump() << " " << show(r);
    EXPECT_EQ(r.field(), b.field) << b.body.dump();
  }
  EXPECT_EQ(lab.get_ok(admin, "/api/v1/admin/config").at("config"), cfg.at("config")) << "nothing changed";

  // A partial replacement: the given keys change, the rest stays.
  auto r = gp::ops::put(lab, &admin, "/api/v1/admin/config",
                        {{"supervision_phone", "0371-95598"}, {"change_of_use_limits", {{"rename", {{"application", 2}, {"completion", 3}}}}}});
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.body.at("config").at("supervision_phone"), "0371-95598");
  EXPECT_EQ(r.body.at("config").at("change_of_use_limits").at("rename"), (json{{"application", 2}, {"completion", 3}}));
  EXPECT_EQ(r.body.at("config").at("change_of_use_limits").at("relocation"), cfg.at("config").at("change_of_use_limits").at("relocation"));
  EXPECT_EQ(r.body.at("config").at("company"), cfg.at("config").at("company"));
  r = gp::ops::put(lab, &admin, "/api/v1/admin/config", {{"backfill_after_hours", 48}});  // rule M5, editable like the rest
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.body.at("config").at("backfill_after_hours"), 48);
  // Published on every channel (G7) and used by the rules (configuration, not policy).
  EXPECT_EQ(lab.get_ok(cust, "/api/v1/catalog").at("supervision_phone"), "0371-95598");
  const json plan = lab.post_ok(cust, "/api/v1/rules/evaluate", {{"business", "rename"}, {"customer_type", "lv_residential"}});
  EXPECT_EQ(plan.at("time_limit_working_days"), 5);
  EXPECT_EQ(plan.at("limit_source"), "company_setting");

  // SLA thresholds apply at once: half of the application step's day used is a warning at 50 %.
  lab.set_now("2026-06-08T09:00:00+08:00");
  const std::string n = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                              {"address", "邾县配置路1号"}, {"preferred_manager", cm.id}}).at("number");
  lab.set_now("2026-06-09T12:00:00+08:00");
  EXPECT_EQ(lab.app(cm, n).at("level"), "normal");
  ASSERT_EQ(gp::ops::put(lab, &admin, "/api/v1/admin/config", {{"sla", {{"warning_fraction", 0.5}}}}).status, 200);
  EXPECT_EQ(lab.app(cm, n).at("level"), "warning");
  EXPECT_EQ(lab.sweep().at("marks_recorded"), 1) << "the supervision job follows the new threshold";

  // Kept across a restart.
  lab.crash_and_restart();
  cfg = lab.get_ok(admin, "/api/v1/admin/config");
  EXPECT_EQ(cfg.at("config").at("supervision_phone"), "0371-95598");
  EXPECT_NEAR(cfg.at("config").at("sla").at("warning_fraction").get<double>(), 0.5, 1e-12);
  EXPECT_EQ(lab.get_ok(cust, "/api/v1/catalog").at("supervision_phone"), "0371-95598");

  // Every change is traced in the one hash chain (rule M5), and the history is intact.
  lab.server().stop();
  auto v = gp::test::run_server_command({"verify", "--data", lab.data_dir().string()});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  EXPECT_NE(v.out.find("intact"), std::string::npos) << v.out;
  lab.server().restart();
}

TEST(AdminConfig, T6_PublishingTheYear2027ConfirmsItsDatesAndSurvivesARestart) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.cal", "指挥中心");
  Party cust = lab.customer("日历客户");
  Party& admin = lab.admin();
  lab.set_now("2026-12-01T09:00:00+08:00");
  const std::string add = "/api/v1/calendar/add?from=2027-02-04&working_days=1";

  // Before: 2027 counts weekends only, and says so.
  json before = lab.get_ok(cust, add);
  EXPECT_EQ(before.at("confirmed"), false);
  EXPECT_EQ(before.at("date"), "2027-02-05");
  json cal = gp::ops::get(lab, nullptr, "/api/v1/calendar").body;
  ASSERT_TRUE(year_of(cal, 2026));
  EXPECT_EQ(year_of(cal, 2026)->at("confirmed"), true);
  EXPECT_EQ(year_of(cal, 2026)->at("source"), "builtin");
  ASSERT_TRUE(year_of(cal, 2027));
  EXPECT_EQ(year_of(cal, 2027)->at("confirmed"), false);

  // Who may publish, and what.
  const std::string publish = "/api/v1/admin/calendar/2027";
  EXPECT_EQ(gp::ops::post(lab, nullptr, publish, year_2027()).status, 401);
  EXPECT_EQ(gp::ops::post(lab, &cust, publish, year_2027()).status, 403);
  EXPECT_EQ(gp::ops::post(lab, &cc, publish, year_2027()).status, 403);
  json bad = year_2027();
  bad["holidays"][1]["off"][2] = "2027-02-30";
  auto r = gp::ops::post(lab, &admin, publish, bad);
  EXPECT_EQ(r.status, 400) << show(r);
  EXPECT_NE(r.field().find("holidays"), std::string::npos) << r.field();
  bad = year_2027();
  bad["workdays"] = {"2027-02-12"};  // a Friday cannot be a make-up working day
  EXPECT_EQ(gp::ops::post(lab, &admin, publish, bad).status, 400);
  EXPECT_EQ(gp::ops::post(lab, &admin, "/api/v1/admin/calendar/1999", year_2027()).field(), "year");
  EXPECT_EQ(lab.get_ok(cust, add).at("confirmed"), false) << "a refused year changes nothing";

  r = gp::ops::post(lab, &admin, publish, year_2027());
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.body.at("year").at("confirmed"), true);
  EXPECT_EQ(r.body.at("year").at("source"), "published");

  // After: the Spring Festival days are off, the answer is confirmed.
  json after = lab.get_ok(cust, add);
  EXPECT_EQ(after.at("confirmed"), true);
  EXPECT_EQ(after.at("date"), "2027-02-12");
  EXPECT_EQ(lab.get_ok(cust, "/api/v1/calendar/add?from=2027-02-19&working_days=1").at("date"), "2027-02-20") << "make-up Saturday";
  EXPECT_EQ(lab.get_ok(cust, "/api/v1/calendar/count?from=2027-01-31&to=2027-02-12").at("confirmed"), true);
  cal = gp::ops::get(lab, nullptr, "/api/v1/calendar").body;
  ASSERT_TRUE(year_of(cal, 2027));
  EXPECT_EQ(year_of(cal, 2027)->at("confirmed"), true);
  EXPECT_EQ(year_of(cal, 2027)->at("notice"), "测试用 2027 年节假日安排");
  EXPECT_EQ(year_of(cal, 2027)->at("holidays").size(), 2u);

  // Kept and loaded again at start-up.
  lab.crash_and_restart();
  after = lab.get_ok(cust, add);
  EXPECT_EQ(after.at("confirmed"), true);
  EXPECT_EQ(after.at("date"), "2027-02-12");
  EXPECT_EQ(year_of(gp::ops::get(lab, nullptr, "/api/v1/calendar").body, 2027)->at("source"), "published");
}
