// No back-filled records over HTTP (rule M5, "杜绝系统补录"): a survey dated before the application is
// refused; one recorded days after the day it claims is accepted but flagged 补录 in its event, on
// the board and in the indicators of its manager.
#include <gtest/gtest.h>

#include "life_helpers.h"

using gp::life::events_of;
using gp::life::json;
using gp::life::Lab;
using gp::life::Party;

TEST(BackfillHttp, M5_LateSurveyFlaggedOnBoardAndIndicators) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.bf", "服务指挥");
  Party cm = lab.staff("customer_manager", "cm.bf", "孙经理");
  Party pm = lab.staff("project_manager", "pm.bf", "钱工");
  Party cust = lab.customer("李八");
  lab.set_now("2026-11-30T10:00:00+08:00");
  const std::string number = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                                   {"address", "邾县和平街18号"}, {"preferred_manager", cm.id}})
                                 .at("number");
  lab.act_rendered(cm, number, "accept");
  lab.set_now("2026-12-02T10:00:00+08:00");
  json err = lab.act(cm, number, "site_survey", {{"survey_date", "2026-11-29"}, {"findings", "补录测试"}, {"documents_collected", true}}, 400);
  EXPECT_EQ(err.at("error").at("field"), "fields.survey_date");
  EXPECT_EQ(err.at("error").at("code"), "before_submission");
  json app = lab.act(cm, number, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", "具备接电条件"}, {"documents_collected", true}});
  auto ev = events_of(app, "site_survey");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].at("data").at("backfilled"), true);
  EXPECT_EQ(ev[0].at("data").at("claimed_at"), "2026-12-01T00:00:00+08:00");
  EXPECT_EQ(ev[0].at("at"), "2026-12-02T10:00:00+08:00");  // the recording instant, hash-chained

  const json board = lab.get_ok(cc, "/api/v1/board");
  bool found = false;
  for (const auto& it : board.at("items"))
    if (it.value("number", "") == number) {
      found = true;
      EXPECT_EQ(it.at("backfilled"), 1);
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(board.at("counts").at("backfilled"), 1);
  EXPECT_EQ(board.at("counts").at("backfill_after_hours").at("source"), "company_setting");

  const json ind = lab.get_ok(cc, "/api/v1/indicators?from=2026-11-01&to=2026-12-31");
  EXPECT_EQ(ind.at("backfilled"), 1);
  bool manager_seen = false;
  for (const auto& m : ind.at("managers"))
    if (m.at("id") == cm.id) {
      manager_seen = true;
      EXPECT_EQ(m.at("backfilled"), 1);
    }
  EXPECT_TRUE(manager_seen);
}
