// Cost consultation (造价咨询, rule P4) over HTTP: a customer describes the load and gets the first
// estimate (company settings: installed kW × demand factor ÷ power factor, rounded up to a
// standard transformer size, with that size's typical-design equipment); a customer manager or the
// command center answers within the company-set limit, which the SLA sweep warns and escalates
// exactly once per level; the customer reads and rates the answer; nobody sees another's.
#include <gtest/gtest.h>

#include <iostream>

#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

// 4 air conditioners of 3.5 kW + 2 ovens of 10 kW + lighting 6 kW = 40 kW installed, commercial.
json shop() {
  return {{"equipment", json::array({{{"kind", "空调"}, {"count", 4}, {"kw_each", 3.5}},
                                     {{"kind", "电烤箱"}, {"count", 2}, {"kw_each", 10}},
                                     {{"kind", "照明"}, {"count", 1}, {"kw_each", 6}}})},
          {"use", "commercial"}, {"voltage_kv", 0.38}, {"area", "城关镇"}, {"address", "邾县城关镇解放路88号"}};
}

// 10 kV prospect with only a business licence (rule R2): 20 welders of 25 kW, industrial.
json factory() {
  return {{"equipment", json::array({{{"kind", "电焊机"}, {"count", 20}, {"kw_each", 25}}})},
          {"use", "industrial"}, {"voltage_kv", 10}, {"area", "经开区"}, {"address", "邾县经开区纬二路6号"},
          {"company", "邾县精工机械有限公司"}, {"credit_code", gp::ops::kCreditCode}};
}

json answer_body() {
  return {{"recommended_capacity_kva", 500}, {"standard_equipment", "10 kV 箱式变电站 1 台（500 kVA）"},
          {"cost_reference", "参照《典型设计及工程造价参考手册》箱变方案，客户工程约 35 万元（参考）。"}};
}

int notices_of(Lab& lab, Party& p, const std::string& kind) {
  int n = 0;
  const json inbox = lab.get_ok(p, "/api/v1/notifications?limit=200");
  for (const auto& it : inbox.at("items")) n += it.at("kind") == kind;
  if (!n) std::cerr << "DEBUG inbox of " << p.id << ": " << inbox.dump() << "\n";
  return n;
}

}  // namespace

TEST(CostConsultation, P4_EstimateAnswerAndRating) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.cost", "造价经理");
  Party pm = lab.staff("project_manager", "pm.cost", "方案工程师");
  Party shopkeeper = lab.customer("面包房");
  Party firm = lab.customer("精工机械");
  lab.set_now("2026-06-01T10:00:00+08:00");

  // LV shop: 40 kW × 0.7 (commercial) = 28 kW, within the LV limit of 100 kW (company settings):
  // met at low voltage, 28 kW, no transformer.
  auto r = gp::ops::post(lab, &shopkeeper, "/api/v1/cost-consultations", shop());
  ASSERT_EQ(r.status, 201) << show(r);
  const std::int64_t id = r.body.at("id");
  EXPECT_EQ(r.body.at("status"), "open");
  EXPECT_EQ(r.body.at("rule"), "P4");
  const json& est = r.body.at("estimate");
  EXPECT_DOUBLE_EQ(est.at("installed_kw").get<double>(), 40);
  EXPECT_TRUE(est.at("low_voltage").get<bool>());
  EXPECT_DOUBLE_EQ(est.at("suggested_capacity").get<double>(), 28);
  EXPECT_EQ(est.at("unit"), "kW");
  EXPECT_EQ(est.at("source"), "company_setting") << "the seed gives no formula: labelled as the company's";
  EXPECT_EQ(r.body.at("limit_source"), "company_setting");
  EXPECT_EQ(r.body.at("limit_working_days"), 2);
  EXPECT_EQ(r.body.at("use").at("name_zh"), "商业");

  // The firm: 500 kW × 0.75 ÷ 0.85 = 441 kVA -> the next standard size, 500 kVA, a box substation.
  auto f = gp::ops::post(lab, &firm, "/api/v1/cost-consultations", factory());
  ASSERT_EQ(f.status, 201) << show(f);
  EXPECT_DOUBLE_EQ(f.body.at("estimate").at("suggested_capacity").get<double>(), 500);
  EXPECT_EQ(f.body.at("estimate").at("unit"), "kVA");
  EXPECT_NE(f.body.at("estimate").at("equipment_zh").get<std::string>().find("箱式变电站"), std::string::npos);
  EXPECT_EQ(f.body.at("company"), "邾县精工机械有限公司");
  const std::int64_t fid = f.body.at("id");

  // Customers see their own only: another's is 404 (never 403: its existence is not revealed).
  EXPECT_EQ(lab.get_ok(shopkeeper, "/api/v1/cost-consultations").at("total"), 1);
  EXPECT_EQ(gp::ops::get(lab, &firm, "/api/v1/cost-consultations/" + std::to_string(id)).status, 404);
  EXPECT_EQ(gp::ops::post(lab, &firm, "/api/v1/cost-consultations/" + std::to_string(id) + "/rating", {{"score", 1}}).status, 404);
  EXPECT_EQ(gp::ops::get(lab, nullptr, "/api/v1/cost-consultations").status, 401);
  // Staff who answer see all, with filters; other staff: 403.
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cost-consultations").at("total"), 2);
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cost-consultations?use=industrial").at("total"), 1);
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cost-consultations?area=%E5%9F%8E%E5%85%B3%E9%95%87").at("total"), 1);
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cost-consultations?status=open").at("items")[0].at("customer").at("id"), firm.id);
  EXPECT_EQ(gp::ops::get(lab, &cm, "/api/v1/cost-consultations?status=closed").field(), "status");
  EXPECT_EQ(gp::ops::get(lab, &pm, "/api/v1/cost-consultations").status, 403);
  EXPECT_EQ(gp::ops::get(lab, &lab.admin(), "/api/v1/cost-consultations/" + std::to_string(id)).status, 403);
  EXPECT_EQ(gp::ops::post(lab, &cm, "/api/v1/cost-consultations", shop()).status, 403) << "asked by the customer";

  // Rating before the answer: 409. The answer: customer managers and the command center, once.
  const std::string ans = "/api/v1/cost-consultations/" + std::to_string(fid) + "/answer";
  EXPECT_EQ(gp::ops::post(lab, &firm, "/api/v1/cost-consultations/" + std::to_string(fid) + "/rating", {{"score", 5}}).code(), "not_answered");
  EXPECT_EQ(gp::ops::post(lab, &firm, ans, answer_body()).status, 403);
  EXPECT_EQ(gp::ops::post(lab, &pm, ans, answer_body()).status, 403);
  auto ok = gp::ops::post(lab, &cm, ans, answer_body());
  ASSERT_EQ(ok.status, 200) << show(ok);
  EXPECT_EQ(ok.body.at("status"), "answered");
  EXPECT_EQ(ok.body.at("answer").at("answered_by").at("name"), "造价经理");
  EXPECT_EQ(gp::ops::post(lab, &cm, ans, answer_body()).code(), "already_answered");
  EXPECT_EQ(notices_of(lab, firm, "cost_consultation_answered"), 1);

  // The customer reads and rates (1–5 + comment), once.
  const json mine = lab.get_ok(firm, "/api/v1/cost-consultations/" + std::to_string(fid));
  EXPECT_DOUBLE_EQ(mine.at("answer").at("recommended_capacity_kva").get<double>(), 500);
  EXPECT_FALSE(mine.contains("customer")) << "the staff's view of the customer is not the customer's";
  const std::string rate = "/api/v1/cost-consultations/" + std::to_string(fid) + "/rating";
  EXPECT_EQ(gp::ops::post(lab, &firm, rate, {{"score", 6}}).field(), "score");
  EXPECT_EQ(gp::ops::post(lab, &firm, rate, {{"score", "5"}}).field(), "score");
  EXPECT_EQ(gp::ops::post(lab, &firm, rate, {{"score", 4}, {"comment", std::string(501, 'x')}}).field(), "comment");
  auto rated = gp::ops::post(lab, &firm, rate, {{"score", 4}, {"comment", "答复清楚"}});
  ASSERT_EQ(rated.status, 200) << show(rated);
  EXPECT_EQ(rated.body.at("status"), "rated");
  EXPECT_EQ(rated.body.at("rating").at("score"), 4);
  EXPECT_EQ(gp::ops::post(lab, &firm, rate, {{"score", 5}}).code(), "already_rated");
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cost-consultations?status=rated").at("total"), 1);
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/cost-consultations?status=open").at("total"), 1);
}

TEST(CostConsultation, P4_InputIsCheckedFieldByField) {
  Lab lab;
  Party cust = lab.customer("校验客户");
  EXPECT_EQ(gp::ops::post(lab, nullptr, "/api/v1/cost-consultations", shop()).status, 401);
  struct Case {
    json::json_pointer at;
    json value;
    const char* field;
  };
  const std::vector<Case> cases = {
      {json::json_pointer("/equipment"), json::array(), "equipment"},
      {json::json_pointer("/equipment"), "空调", "equipment"},
      {json::json_pointer("/equipment/0/kind"), "", "equipment[0].kind"},
      {json::json_pointer("/equipment/1/count"), 0, "equipment[1].count"},
      {json::json_pointer("/equipment/1/count"), 1.5, "equipment[1].count"},
      {json::json_pointer("/equipment/2/kw_each"), -3, "equipment[2].kw_each"},
      {json::json_pointer("/equipment/2/colour"), "red", "equipment[2].colour"},
      {json::json_pointer("/use"), "space_station", "use"},
      {json::json_pointer("/voltage_kv"), 0.4, "voltage_kv"},
      {json::json_pointer("/voltage_kv"), "10", "voltage_kv"},
      {json::json_pointer("/area"), "", "area"},
      {json::json_pointer("/address"), "x", "address"},
      {json::json_pointer("/note"), std::string(1001, 'n'), "note"},
      {json::json_pointer("/company"), "只有名称公司", "credit_code"},
      {json::json_pointer("/credit_code"), "91350100M000100Y44", "company"},
      {json::json_pointer("/colour"), "red", "colour"},
  };
  for (const Case& c : cases) {
    json body = shop();
    body[c.at] = c.value;
    auto r = gp::ops::post(lab, &cust, "/api/v1/cost-consultations", body);
    EXPECT_EQ(r.status, 400) << c.at.to_string() << ": " << show(r);
    EXPECT_EQ(r.field(), c.field) << c.at.to_string() << ": " << show(r);
  }
  json bad_code = factory();
  bad_code["credit_code"] = "91350100M000100Y44";
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/cost-consultations", bad_code).field(), "credit_code");
  json missing = shop();
  missing.erase("use");
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/cost-consultations", missing).field(), "use");
  json many = shop();
  for (int i = 0; i < 60; ++i) many["equipment"].push_back({{"kind", "灯"}, {"count", 1}, {"kw_each", 0.1}});
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/cost-consultations", many).field(), "equipment");
  EXPECT_EQ(gp::ops::send(lab, &cust, "POST", "/api/v1/cost-consultations", "{not json").status, 400);
  EXPECT_EQ(lab.get_ok(cust, "/api/v1/cost-consultations").at("total"), 0) << "nothing stored";
}

// The answer limit (2 working days, company setting) counted from the next working day's start,
// like every working-day limit: asked Monday 2026-06-01 10:00 -> due Thursday 06-04 00:00; the
// warning at 80 % (Wednesday 14:24); overdue after; leadership once overdue by a working day.
TEST(CostConsultation, P4_AnswerLimitWarnsAndEscalatesOncePerLevel) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.cost", "指挥中心值班");
  Party cust = lab.customer("等待答复");
  lab.set_now("2026-06-01T10:00:00+08:00");
  const json c = lab.post_ok(cust, "/api/v1/cost-consultations", shop(), 201);
  EXPECT_EQ(c.at("due_at"), "2026-06-04T00:00:00+08:00");
  auto sweep_at = [&](const char* when) {
    lab.set_now(when);
    return lab.sweep().at("marks_recorded").get<int>();
  };
  EXPECT_EQ(sweep_at("2026-06-03T14:00:00+08:00"), 0) << "before 80 %";
  EXPECT_EQ(sweep_at("2026-06-03T14:30:00+08:00"), 1) << "the warning";
  EXPECT_EQ(sweep_at("2026-06-03T16:00:00+08:00"), 0) << "once";
  EXPECT_EQ(notices_of(lab, cc, "sla_warning"), 1);
  EXPECT_EQ(lab.get_ok(cc, "/api/v1/cost-consultations/" + std::to_string(c.at("id").get<int>())).at("level"), "warning");
  EXPECT_EQ(sweep_at("2026-06-04T09:00:00+08:00"), 1) << "overdue: the command center";
  EXPECT_EQ(sweep_at("2026-06-04T12:00:00+08:00"), 0) << "once";
  EXPECT_EQ(notices_of(lab, cc, "sla_overdue"), 1);
  EXPECT_EQ(sweep_at("2026-06-05T12:00:00+08:00"), 1) << "leadership";
  EXPECT_EQ(sweep_at("2026-06-08T12:00:00+08:00"), 0) << "once";
  EXPECT_EQ(notices_of(lab, lab.admin(), "escalated"), 1);
  // Answered late: the clock stops; nothing more is recorded.
  Party cm = lab.staff("customer_manager", "cm.late", "迟到经理");
  lab.post_ok(cm, "/api/v1/cost-consultations/" + std::to_string(c.at("id").get<int>()) + "/answer", answer_body());
  EXPECT_EQ(sweep_at("2026-06-10T12:00:00+08:00"), 0);
}
