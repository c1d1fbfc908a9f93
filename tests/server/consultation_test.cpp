// Supply-plan consultation with only a business licence (rule R2) over HTTP: a 10 kV customer gets
// a preliminary plan at once (the plan shared/ computes) and, when asset-transfer, the drawing
// pre-review note; staff list and reply; the customer reads the reply; nobody sees another's.
#include <gtest/gtest.h>

#include "gp/reserve.h"
#include "gp/rules.h"
#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

json consultation(bool asset_transfer) {
  return {{"company", "邾县精工机械有限公司"}, {"credit_code", gp::ops::kCreditCode}, {"capacity_kw", 630},
          {"voltage_kv", 10}, {"address", "邾县经开区纬二路6号"}, {"asset_transfer", asset_transfer}};
}

}  // namespace

TEST(Consultation, R2_BusinessLicenceOnlyGetsAPreliminaryPlanAndTheReply) {
  Lab lab;
  Party cm = lab.staff("command_center", "cc.consult", "指挥中心值班");  // answers with the project managers (issue 15)
  Party pm = lab.staff("project_manager", "pm.consult", "方案工程师");
  Party firm = lab.customer("精工机械");
  Party other = lab.customer("别家公司");
  lab.set_now("2026-06-03T10:00:00+08:00");

  auto r = gp::ops::post(lab, &firm, "/api/v1/consultations", consultation(true));
  ASSERT_EQ(r.status, 201) << show(r);
  const std::int64_t id = r.body.at("id");
  EXPECT_EQ(r.body.at("status"), "open");
  EXPECT_TRUE(r.body.at("reply").is_null());
  // The plan is shared/'s for the same facts: an HV new connection, asset transfer (S5: design
  // review and mid-term inspection come back).
  gp::ReserveRecord rec;
  rec.capacity_kw = 630;
  rec.voltage_kv = 10;
  gp::Facts f = gp::reserve_facts(rec);
  f.asset_transfer = true;
  const gp::Plan expected = gp::evaluate(f).value();
  const json& plan = r.body.at("preliminary_plan");
  EXPECT_EQ(plan.at("stage_count"), static_cast<int>(expected.stages.size()));
  EXPECT_EQ(plan.at("time_limit_working_days"), expected.time_limit_working_days);
  EXPECT_EQ(plan.at("design_review"), true);
  EXPECT_EQ(plan.at("mid_inspection"), true);
  EXPECT_EQ(r.body.at("pre_review").at("available"), true);
  EXPECT_EQ(r.body.at("pre_review").at("rule"), "R2");

  // Not asset-transfer: no pre-review; design review abolished (S5).
  auto plain = gp::ops::post(lab, &firm, "/api/v1/consultations", consultation(false));
  ASSERT_EQ(plain.status, 201) << show(plain);
  EXPECT_EQ(plain.body.at("pre_review").at("available"), false);
  EXPECT_EQ(plain.body.at("preliminary_plan").at("design_review"), false);

  // The roles that answer them see every consultation with its customer; a customer only their own.
  json list = lab.get_ok(cm, "/api/v1/consultations?status=open");
  EXPECT_EQ(list.at("total"), 2);
  EXPECT_EQ(list.at("items")[0].at("customer").at("id"), firm.id);
  EXPECT_EQ(lab.get_ok(firm, "/api/v1/consultations").at("total"), 2);
  EXPECT_EQ(lab.get_ok(other, "/api/v1/consultations").at("total"), 0);
  EXPECT_EQ(gp::ops::get(lab, &other, "/api/v1/consultations/" + std::to_string(id)).status, 404) << "never another's";

  // The reply: project managers and the command center only, once; the customer is told and reads it.
  const std::string reply = "/api/v1/consultations/" + std::to_string(id) + "/reply";
  EXPECT_EQ(gp::ops::post(lab, &firm, reply, {{"opinion", "自己答复"}}).status, 403);
  EXPECT_EQ(gp::ops::post(lab, nullptr, reply, {{"opinion", "匿名"}}).status, 401);
  EXPECT_EQ(gp::ops::post(lab, &pm, reply, {{"opinion", ""}}).field(), "opinion");
  auto ok = gp::ops::post(lab, &pm, reply, {{"opinion", "建议由经开区2号开闭所10千伏间隔T接，移交图纸请在线提交预审。"}});
  ASSERT_EQ(ok.status, 200) << show(ok);
  EXPECT_EQ(gp::ops::post(lab, &cm, reply, {{"opinion", "再答复一次"}}).code(), "already_replied");
  const json mine = lab.get_ok(firm, "/api/v1/consultations/" + std::to_string(id));
  EXPECT_EQ(mine.at("status"), "replied");
  EXPECT_EQ(mine.at("reply").at("opinion"), "建议由经开区2号开闭所10千伏间隔T接，移交图纸请在线提交预审。");
  EXPECT_EQ(mine.at("reply").at("replied_by").at("name"), "方案工程师");
  int told = 0;
  const json inbox = lab.get_ok(firm, "/api/v1/notifications");
  for (const auto& n : inbox.at("items")) told += n.at("kind") == "consultation_replied";
  EXPECT_EQ(told, 1);
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/consultations?status=replied").at("total"), 1);
  EXPECT_EQ(gp::ops::get(lab, &cm, "/api/v1/consultations/999999").status, 404);
}

TEST(Consultation, R2_InputIsCheckedFieldByField) {
  Lab lab;
  Party firm = lab.customer("校验公司");
  EXPECT_EQ(gp::ops::post(lab, nullptr, "/api/v1/consultations", consultation(false)).status, 401);
  struct Case {
    const char* key;
    json value;
    const char* field;
  };
  for (const Case& c : {Case{"voltage_kv", 0.38, "voltage_kv"},  // R2 is for 10 kV and above
                        Case{"voltage_kv", "10", "voltage_kv"},
                        Case{"credit_code", "91350100M000100Y44", "credit_code"},
                        Case{"capacity_kw", -1, "capacity_kw"},
                        Case{"address", "", "address"},
                        Case{"industry", "residential", "industry"},
                        Case{"colour", "red", "colour"}}) {
    json body = consultation(false);
    body[c.key] = c.value;
    auto r = gp::ops::post(lab, &firm, "/api/v1/consultations", body);
    EXPECT_EQ(r.status, 400) << c.key << ": " << show(r);
    EXPECT_EQ(r.field(), c.field) << c.key;
  }
  json missing = consultation(false);
  missing.erase("company");
  EXPECT_EQ(gp::ops::post(lab, &firm, "/api/v1/consultations", missing).field(), "company");
  EXPECT_EQ(lab.get_ok(firm, "/api/v1/consultations").at("total"), 0);
}
