// Telephone call-backs (电话回访, rule M5) over HTTP: after energizing (and after a closed
// complaint) the command center records what the customer says; an answer that contradicts the
// record opens a complaint in the matching ten-prohibitions category (rule M6); back-filled steps
// (补录) and call-back mismatches are counted per manager per month.
#include <gtest/gtest.h>

#include "life_helpers.h"
#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

// A two-step LV application lived to energizing, its site survey recorded two days after the day it
// claims (flagged 补录, rule M5, with the company's default of 24 hours).
std::string energized_with_late_survey(Lab& lab, Party& cm, Party& cust) {
  lab.set_now("2026-11-30T10:00:00+08:00");
  const std::string number = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                                   {"address", "邾县和平街18号"}, {"preferred_manager", cm.id}})
                                 .at("number");
  lab.act_rendered(cm, number, "accept");
  lab.set_now("2026-12-02T10:00:00+08:00");
  lab.act(cm, number, "site_survey", {{"survey_date", "2026-11-30"}, {"findings", "具备接电条件"}, {"documents_collected", true}});
  lab.act_rendered(cm, number, "complete_inspection");
  lab.act_rendered(cm, number, "install_meter");
  const json k = lab.get_ok(cust, "/api/v1/applications/" + number + "/contract");
  lab.post_ok(cust, "/api/v1/applications/" + number + "/contract/sign",
              {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", cust.password}});
  json done = lab.act_rendered(cm, number, "energize");
  EXPECT_EQ(done.value("status", ""), "completed");
  return number;
}

}  // namespace

TEST(Callbacks, M5_MismatchOpensACaseAndCountsAgainstTheManager) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.cb", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.cb", "孙经理");
  Party pm = lab.staff("project_manager", "pm.cb", "钱工");  // assigned on acceptance (G6)
  Party cust = lab.customer("回访客户");
  const std::string number = energized_with_late_survey(lab, cm, cust);
  lab.set_now("2026-12-03T15:00:00+08:00");

  // The customer says an extra document was asked for: the plan allows only the two (D1).
  auto r = gp::ops::post(lab, &cc, "/api/v1/callbacks",
                         {{"application_number", number}, {"reached", true}, {"satisfied", false},
                          {"said", {{"extra_document", true}}}, {"other", "还要求提供户口本复印件"}});
  ASSERT_EQ(r.status, 201) << show(r);
  ASSERT_EQ(r.body.at("mismatches").size(), 1u);
  const json& m = r.body.at("mismatches")[0];
  EXPECT_EQ(m.at("said"), "extra_document");
  EXPECT_EQ(m.at("category").at("code"), "extra_documents");
  EXPECT_EQ(r.body.at("customer_manager").at("id"), cm.id);
  const std::string case_number = m.at("case_number");
  json opened = lab.get_ok(cc, "/api/v1/cases/" + case_number);
  EXPECT_EQ(opened.at("kind").at("code"), "complaint");
  EXPECT_EQ(opened.at("channel"), "callback");
  EXPECT_EQ(opened.at("prohibition"), true);
  EXPECT_EQ(opened.at("application_number"), number);
  EXPECT_EQ(opened.at("callback_id"), r.body.at("id"));
  EXPECT_EQ(lab.get_ok(cust, "/api/v1/cases").at("total"), 1);  // the customer follows it too

  // Satisfied, nothing contradicting the record: no case. Not reached: nothing to compare.
  auto fine = gp::ops::post(lab, &cc, "/api/v1/callbacks", {{"application_number", number}, {"reached", true}, {"satisfied", true}});
  ASSERT_EQ(fine.status, 201) << show(fine);
  EXPECT_TRUE(fine.body.at("mismatches").empty());
  auto missed = gp::ops::post(lab, &cc, "/api/v1/callbacks", {{"application_number", number}, {"reached", false}});
  ASSERT_EQ(missed.status, 201) << show(missed);
  EXPECT_EQ(lab.get_ok(cc, "/api/v1/callbacks").at("total"), 3);

  // rule M5: counted per manager in the month — the late survey (recorded by cm) and the mismatch.
  json acc = lab.get_ok(cc, "/api/v1/callbacks/accountability?month=2026-12");
  ASSERT_EQ(acc.at("managers").size(), 1u);
  EXPECT_EQ(acc.at("managers")[0].at("manager").at("id"), cm.id);
  EXPECT_EQ(acc.at("managers")[0].at("backfilled"), 1);
  EXPECT_EQ(acc.at("managers")[0].at("callback_mismatches"), 1);
  EXPECT_EQ(acc.at("backfill_after_hours").at("source"), "company_setting");
  json nov = lab.get_ok(cc, "/api/v1/callbacks/accountability?month=2026-11");
  EXPECT_EQ(nov.at("callback_mismatches"), 0);
  EXPECT_EQ(nov.at("backfilled"), 0);

  // After the complaint is closed, a call-back about it: "exceeded time" while the record says the
  // answer came within the limit is a mismatch too.
  lab.post_ok(cc, "/api/v1/cases/" + case_number + "/assign", {{"department", "marketing"}, {"assignee", cm.id}});
  lab.post_ok(cm, "/api/v1/cases/" + case_number + "/answer", {{"answer", "已致歉"}});
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/callbacks", {{"case_number", case_number}, {"reached", true}, {"satisfied", true}}).status, 409);
  lab.post_ok(cc, "/api/v1/cases/" + case_number + "/close", {{"founded", true}, {"responsible_department", "marketing"},
                                                             {"responsible_team", "城关供电所"}, {"responsible_person", cm.id}});
  auto after = gp::ops::post(lab, &cc, "/api/v1/callbacks",
                             {{"case_number", case_number}, {"reached", true}, {"satisfied", false}, {"said", {{"exceeded_time", true}}}});
  ASSERT_EQ(after.status, 201) << show(after);
  ASSERT_EQ(after.body.at("mismatches").size(), 1u);
  EXPECT_EQ(after.body.at("mismatches")[0].at("category").at("code"), "exceeded_limit");

  // The monthly indicators carry them too (rule M4): the application's mismatch against its
  // manager, and the founded ten-prohibitions case closed in the month (rule M6).
  json ind = lab.get_ok(cc, "/api/v1/indicators?from=2026-12-01&to=2026-12-31");
  EXPECT_EQ(ind.at("callback_mismatches"), 1);
  EXPECT_EQ(ind.at("prohibition_cases"), 1);
  bool seen = false;
  for (const auto& mgr : ind.at("managers"))
    if (mgr.at("id") == cm.id) {
      seen = true;
      EXPECT_EQ(mgr.at("callback_mismatches"), 1);
    }
  EXPECT_TRUE(seen);
  EXPECT_EQ(lab.get_ok(cc, "/api/v1/indicators?from=2026-11-01&to=2026-11-30").at("callback_mismatches"), 0);
}

TEST(Callbacks, M5_OnlyAfterEnergizingByTheCommandCenterWithPreciseErrors) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.cb2", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.cb2", "周经理");
  Party cust = lab.customer("客户戊");
  lab.set_now("2026-12-07T09:00:00+08:00");
  const std::string open = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                                 {"address", "邾县城关镇解放路12号"}, {"preferred_manager", cm.id}})
                               .at("number");
  const json ok = {{"application_number", open}, {"reached", true}, {"satisfied", true}};
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/callbacks", ok).status, 409);  // not energized yet
  for (Party* p : {&cm, &cust}) EXPECT_EQ(gp::ops::post(lab, p, "/api/v1/callbacks", ok).status, 403);
  EXPECT_EQ(gp::ops::post(lab, nullptr, "/api/v1/callbacks", ok).status, 401);
  EXPECT_EQ(gp::ops::get(lab, &cm, "/api/v1/callbacks").status, 403);
  EXPECT_EQ(gp::ops::get(lab, &cm, "/api/v1/callbacks/accountability?month=2026-12").status, 403);

  struct Bad { json body; const char* field; };
  const std::vector<Bad> bad = {
      {{{"reached", true}, {"satisfied", true}}, "application_number"},
      {{{"application_number", open}, {"case_number", "SQ-1"}, {"reached", true}}, "application_number"},
      {{{"application_number", open}}, "reached"},
      {{{"application_number", open}, {"reached", "yes"}}, "reached"},
      {{{"application_number", open}, {"reached", false}, {"said", {{"extra_document", true}}}}, "reached"},
      {{{"application_number", open}, {"reached", true}}, "satisfied"},
      {{{"application_number", open}, {"reached", true}, {"satisfied", true}, {"said", {{"bribe", true}}}}, "said.bribe"},
      {{{"application_number", open}, {"reached", true}, {"satisfied", true}, {"said", {{"asked_to_pay", 1}}}}, "said.asked_to_pay"},
      {{{"application_number", "ZX-20990101-0001"}, {"reached", true}, {"satisfied", true}}, "application_number"},
      {{{"case_number", "SQ-20990101-0001"}, {"reached", true}, {"satisfied", true}}, "case_number"},
      {{{"application_number", open}, {"reached", true}, {"satisfied", true}, {"other", std::string(1001, 'x')}}, "other"},
  };
  for (const auto& b : bad) {
    auto r = gp::ops::post(lab, &cc, "/api/v1/callbacks", b.body);
    EXPECT_EQ(r.status, 400) << b.body.dump() << " " << show(r);
    EXPECT_EQ(r.field(), b.field) << b.body.dump() << " " << show(r);
  }
  EXPECT_EQ(gp::ops::get(lab, &cc, "/api/v1/callbacks/accountability?month=12-2026").field(), "month");
  EXPECT_EQ(lab.get_ok(cc, "/api/v1/callbacks").at("total"), 0);  // nothing stored
}
