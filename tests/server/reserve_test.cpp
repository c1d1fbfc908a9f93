// The reserve pool over HTTP (rules R1, R3): imports from the government's project-approval system
// as CSV or JSON, all or nothing with every bad row reported by line (also approval numbers already
// stored); each record's preliminary supply plan, the same as shared/ computes; one click turns a
// record into a formal application with everything carried over, as proactive service (S2, S4).
#include <gtest/gtest.h>

#include "gp/dto/reserve.h"
#include "gp/dto/wire.h"
#include "gp/reserve.h"
#include "gp/rules.h"
#include "ops_helpers.h"

using gp::life::events_of;
using gp::ops::error_fields;
using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

const std::string kHeader =
    "approval_number,project_name,company,credit_code,address,capacity_kw,voltage_kv,industry,in_provincial_park,expected_date,"
    "contact_name,contact_phone\n";
// An HV park customer (red line I1a) and an LV small/micro shop (I4).
const std::string kPark = "2026-411000-01,邾县新材料厂,邾县新材料有限公司,91350100M000100Y43,邾县工业园一路8号,2000,10,industrial,true,2027-03-01,王堃,13803751234\n";
const std::string kShop = "2026-411000-02,城南商场,邾县城南商贸有限公司,91350100M000100Y43,邾县人民路100号,120,0.38,commercial,false,,,\n";

gp::ops::Reply import_csv(Lab& lab, Party* p, const std::string& csv) {
  return gp::ops::send(lab, p, "POST", "/api/v1/reserve/import", csv, "text/csv");
}

// The plan shared/ computes for a CSV line of the pool.
gp::Plan shared_plan(const std::string& line, bool proactive = false) {
  auto in = gp::parse_reserve_csv(kHeader + line, gp::Date{2026, 6, 1});
  EXPECT_TRUE(in.errors.empty());
  gp::Facts f = gp::reserve_facts(in.records.at(0));
  f.proactive = proactive;
  auto p = gp::evaluate(f);
  EXPECT_TRUE(p.ok());
  return p.value();
}

std::vector<std::string> codes(const json& stages) {
  std::vector<std::string> out;
  for (const auto& s : stages) out.push_back(s.at("code"));
  return out;
}

std::vector<std::string> codes(const gp::Plan& p) {
  std::vector<std::string> out;
  for (const auto& s : p.stages) out.push_back(gp::to_string(s.code));
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

struct Pool {
  Lab lab;
  Party cc, cm, pm, cust;
  Pool()
      : cc(lab.staff("command_center", "cc.pool", "指挥中心")),
        cm(lab.staff("customer_manager", "cm.pool", "储备经理")),
        pm(lab.staff("project_manager", "pm.pool", "项目经理")),
        cust(lab.customer("储备客户")) {
    lab.set_now("2026-06-01T09:00:00+08:00");
  }
  json list(const std::string& query = "") { return lab.get_ok(pm, "/api/v1/reserve" + query); }
};

}  // namespace

TEST(Reserve, R1_CsvImportAndPreliminaryPlansAsSharedComputesThem) {
  Pool p;
  auto r = import_csv(p.lab, &p.cc, kHeader + kPark + kShop);
  ASSERT_EQ(r.status, 201) << show(r);
  EXPECT_EQ(r.body, (json{{"imported", 2}}));

  const json list = p.list();
  EXPECT_EQ(list.at("total"), 2);
  const json park = p.lab.get_ok(p.pm, "/api/v1/reserve/2026-411000-01");
  // The wire contract (issue 16): the pool's page and one record are the shared DTOs, key for key.
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ReservePageDto>(list)), list);
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ReserveItemDto>(park)), park);
  EXPECT_EQ(park.at("status"), "reserve");
  EXPECT_EQ(park.at("source"), "csv");
  EXPECT_EQ(park.at("company"), "邾县新材料有限公司");
  EXPECT_EQ(park.at("expected_date"), "2027-03-01");
  EXPECT_TRUE(park.at("application_number").is_null());
  const gp::Plan expected = shared_plan(kPark);
  const json& plan = park.at("preliminary_plan");
  EXPECT_EQ(codes(plan.at("stages")), codes(expected));
  EXPECT_EQ(plan.at("time_limit_working_days"), expected.time_limit_working_days);
  EXPECT_EQ(plan.at("red_line").at("invest_to_red_line"), true);  // rule I1a: HV customer in a provincial park
  EXPECT_EQ(plan.at("red_line").at("basis"), "I1a");
  // rule W1 at 10 kV: from the T-connection (7) to a new substation bay (60).
  EXPECT_EQ(plan.at("supporting_works_hint").at("min_working_days"), 7);
  EXPECT_EQ(plan.at("supporting_works_hint").at("max_working_days"), 60);
  EXPECT_EQ(plan.at("supporting_works_hint").at("items").size(), 5u);
  // rule R1: the record's own preliminary works plan — 2000 kW at 10 kV: a T-connection, W1 7 days;
  // its kinds are a company setting, labelled so.
  ASSERT_TRUE(plan.at("preliminary_works").is_object()) << plan.dump();
  EXPECT_EQ(plan.at("preliminary_works").at("items")[0].at("kind"), "t_connection");
  EXPECT_EQ(plan.at("preliminary_works").at("items")[0].at("limit_working_days"), 7);
  EXPECT_EQ(plan.at("preliminary_works").at("source"), "company_setting");
  EXPECT_EQ(plan.at("preliminary_works").at("rule"), "R1");

  const json shop = p.lab.get_ok(p.cm, "/api/v1/reserve/2026-411000-02");
  const gp::Plan lv = shared_plan(kShop);
  EXPECT_TRUE(lv.small_micro.yes);
  EXPECT_EQ(codes(shop.at("preliminary_plan").at("stages")), codes(lv));
  EXPECT_EQ(shop.at("preliminary_plan").at("time_limit_working_days"), lv.time_limit_working_days);
  EXPECT_EQ(shop.at("preliminary_plan").at("supporting_works_hint").at("max_working_days"), 13);  // LV small/micro works

  // Filters and search.
  EXPECT_EQ(p.list("?status=converted").at("total"), 0);
  EXPECT_EQ(p.list("?q=%E5%9F%8E%E5%8D%97").at("total"), 1);  // 城南
  EXPECT_EQ(gp::ops::get(p.lab, &p.pm, "/api/v1/reserve?status=gone").field(), "status");
  EXPECT_EQ(gp::ops::get(p.lab, &p.pm, "/api/v1/reserve/NO-SUCH").status, 404);
}

TEST(Reserve, R1_EveryBadRowByLineAndNothingHalfImported) {
  Pool p;
  const std::string bad_credit = "2026-411000-03,项目甲,公司甲,91350100M000100Y44,邾县人民路1号,100,10,industrial,false,,,\n";
  const std::string bad_voltage = "2026-411000-04,项目乙,公司乙,91350100M000100Y43,邾县人民路2号,100,20,industrial,false,,,\n";
  auto r = import_csv(p.lab, &p.cc, kHeader + kPark + bad_credit + kShop + bad_voltage);
  ASSERT_EQ(r.status, 400) << show(r);
  EXPECT_EQ(r.code(), "invalid_rows");
  const auto fields = error_fields(r);
  EXPECT_TRUE(contains(fields, "line 3: credit_code")) << r.raw;
  EXPECT_TRUE(contains(fields, "line 5: voltage_kv")) << r.raw;
  for (const auto& e : r.body.at("errors")) {
    EXPECT_FALSE(e.at("message_zh").get<std::string>().empty());
    EXPECT_FALSE(e.at("message_en").get<std::string>().empty());
  }
  EXPECT_EQ(p.list().at("total"), 0) << "all or nothing";

  ASSERT_EQ(import_csv(p.lab, &p.cc, kHeader + kPark + kShop).status, 201);
  // An approval number already in the pool is reported by line too; the new row is not imported.
  const std::string fresh = "2026-411000-05,新项目,新公司,91350100M000100Y43,邾县人民路5号,300,10,commercial,false,,,\n";
  r = import_csv(p.lab, &p.cm, kHeader + fresh + kShop);
  ASSERT_EQ(r.status, 400) << show(r);
  EXPECT_EQ(error_fields(r), (std::vector<std::string>{"line 3: approval_number"}));
  EXPECT_EQ(r.body.at("errors")[0].at("code"), "duplicate");
  EXPECT_EQ(p.list().at("total"), 2);

  // JSON: the same rules, rows named by index.
  const json rows = json::array({{{"approval_number", "J-1"}, {"project_name", "光伏项目"}, {"company", "邾县光伏有限公司"},
                                  {"credit_code", gp::ops::kCreditCode}, {"address", "邾县东郊"}, {"capacity_kw", 800}, {"voltage_kv", 10}},
                                 {{"approval_number", "J-2"}, {"project_name", "仓库"}, {"company", "邾县物流有限公司"},
                                  {"credit_code", gp::ops::kCreditCode}, {"address", "邾县西郊"}, {"capacity_kw", "很多"}, {"voltage_kv", 10}}});
  r = gp::ops::post(p.lab, &p.cc, "/api/v1/reserve/import", rows);
  ASSERT_EQ(r.status, 400) << show(r);
  EXPECT_TRUE(contains(error_fields(r), "[1].capacity_kw")) << r.raw;
  EXPECT_EQ(p.list().at("total"), 2);
  r = gp::ops::post(p.lab, &p.cc, "/api/v1/reserve/import", json::array({rows[0]}));
  ASSERT_EQ(r.status, 201) << show(r);
  EXPECT_EQ(p.lab.get_ok(p.cc, "/api/v1/reserve/J-1").at("source"), "json");
  EXPECT_EQ(p.list().at("total"), 3);

  // Not CSV or JSON, or empty: refused before anything is read.
  r = gp::ops::send(p.lab, &p.cc, "POST", "/api/v1/reserve/import", kHeader + fresh, "text/plain");
  EXPECT_EQ(r.status, 415);
  EXPECT_EQ(r.field(), "Content-Type");
  EXPECT_EQ(import_csv(p.lab, &p.cc, "").status, 400);
  EXPECT_EQ(import_csv(p.lab, &p.cc, kHeader).status, 400) << "a header without rows imports nothing";
  r = import_csv(p.lab, &p.cc, kHeader + "\"unterminated,quote\n");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(p.list().at("total"), 3);
}

TEST(Reserve, PermissionBoundaries) {
  Pool p;
  ASSERT_EQ(import_csv(p.lab, &p.cc, kHeader + kPark).status, 201);
  EXPECT_EQ(import_csv(p.lab, nullptr, kHeader + kShop).status, 401);
  EXPECT_EQ(import_csv(p.lab, &p.cust, kHeader + kShop).status, 403) << "customers never reach staff endpoints";
  EXPECT_EQ(import_csv(p.lab, &p.pm, kHeader + kShop).status, 403);
  EXPECT_EQ(import_csv(p.lab, &p.lab.admin(), kHeader + kShop).status, 201);
  EXPECT_EQ(gp::ops::get(p.lab, nullptr, "/api/v1/reserve").status, 401);
  EXPECT_EQ(gp::ops::get(p.lab, &p.cust, "/api/v1/reserve").status, 403);
  EXPECT_EQ(gp::ops::get(p.lab, &p.cust, "/api/v1/reserve/2026-411000-01").status, 403);
  const std::string convert = "/api/v1/reserve/2026-411000-01/convert";
  EXPECT_EQ(gp::ops::post(p.lab, nullptr, convert, json::object()).status, 401);
  EXPECT_EQ(gp::ops::post(p.lab, &p.cust, convert, json::object()).status, 403);
  EXPECT_EQ(gp::ops::post(p.lab, &p.pm, convert, json::object()).status, 403);
  EXPECT_EQ(p.lab.get_ok(p.cc, "/api/v1/reserve/2026-411000-01").at("status"), "reserve");
}

TEST(Reserve, R3_OneClickConversionCarriesEverythingOverAsProactiveService) {
  Pool p;
  ASSERT_EQ(import_csv(p.lab, &p.cc, kHeader + kPark + kShop).status, 201);
  p.lab.set_now("2026-06-02T10:00:00+08:00");

  // The customer manager converts the park project: no re-entry, the company becomes the customer.
  auto r = gp::ops::post(p.lab, &p.cm, "/api/v1/reserve/2026-411000-01/convert", json::object());
  ASSERT_EQ(r.status, 201) << show(r);
  const json& app = r.body.at("application");
  const std::string number = app.at("number");
  ASSERT_TRUE(r.body.contains("claim")) << "no claim code for the company (issue 15)";
  const std::string claim_code = r.body.at("claim").at("code");
  EXPECT_EQ(app.at("channel"), "proactive");
  EXPECT_EQ(app.at("address"), "邾县工业园一路8号");
  EXPECT_EQ(app.at("contact_name"), "王堃");
  EXPECT_EQ(app.at("contact_phone"), "13803751234");
  EXPECT_EQ(app.at("customer").at("name"), "邾县新材料有限公司");
  EXPECT_EQ(app.at("customer_manager").at("id"), p.cm.id) << "the converting manager keeps it";
  const json& facts = app.at("plan").at("facts");
  EXPECT_EQ(facts.at("proactive"), true);
  EXPECT_EQ(facts.at("capacity_kw"), 2000.0);
  EXPECT_EQ(facts.at("voltage_kv"), 10.0);
  EXPECT_EQ(facts.at("industry"), "industrial");
  EXPECT_EQ(facts.at("in_provincial_park"), true);
  // rule R3: the preliminary works plan (R1) carried over with its W1 limit.
  ASSERT_EQ(app.at("plan").at("supporting_works").size(), 1u);
  EXPECT_EQ(app.at("plan").at("supporting_works")[0].at("kind"), "t_connection");
  EXPECT_EQ(app.at("plan").at("supporting_works")[0].at("limit_working_days"), 7);
  // rule S4: proactive HV service has 2 steps (application with plan reply -> meter & connect).
  const gp::Plan expected = shared_plan(kPark, /*proactive=*/true);
  EXPECT_EQ(codes(app.at("stages")), codes(expected));
  EXPECT_EQ(expected.stages.size(), 2u);
  EXPECT_LT(expected.stages.size(), shared_plan(kPark).stages.size());
  auto link = events_of(p.lab.app(p.cm, number), "converted_from_reserve");
  ASSERT_EQ(link.size(), 1u);
  EXPECT_EQ(link[0].at("data").at("approval_number"), "2026-411000-01");
  EXPECT_EQ(link[0].at("data").at("credit_code"), gp::ops::kCreditCode);
  EXPECT_EQ(link[0].at("data").at("expected_date"), "2027-03-01");
  // Linked both ways.
  EXPECT_EQ(r.body.at("reserve").at("status"), "converted");
  EXPECT_EQ(p.lab.get_ok(p.cc, "/api/v1/reserve/2026-411000-01").at("application_number"), number);
  EXPECT_EQ(p.lab.get_ok(p.cc, "/api/v1/reserve?status=converted").at("total"), 1);
  // Twice: 409, and no second application.
  r = gp::ops::post(p.lab, &p.cc, "/api/v1/reserve/2026-411000-01/convert", json::object());
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.code(), "already_converted");
  EXPECT_EQ(p.lab.get_ok(p.cc, "/api/v1/applications?q=13803751234").at("total"), 1);
  // The company registers online with the contact number (proven by SMS) and claims the
  // application with the claim code handed over at conversion (issue 15).
  Party company = p.lab.customer("王堃", "13803751234");
  EXPECT_EQ(p.lab.get_ok(company, "/api/v1/applications").at("total"), 0);
  ASSERT_EQ(p.lab.claim(company, claim_code).status, 200);
  const json mine = p.lab.get_ok(company, "/api/v1/applications");
  ASSERT_EQ(mine.at("total"), 1);
  EXPECT_EQ(mine.at("items")[0].at("number"), number);

  // The command center converts the shop with a named customer and corrected facts.
  r = gp::ops::post(p.lab, &p.cc, "/api/v1/reserve/2026-411000-02/convert",
                    {{"customer", {{"phone", "13900002222"}, {"name", "李四"}}}, {"capacity_kw", 150}});
  ASSERT_EQ(r.status, 201) << show(r);
  const json& shop = r.body.at("application");
  EXPECT_EQ(shop.at("channel"), "proactive");
  EXPECT_EQ(shop.at("plan").at("facts").at("capacity_kw"), 150.0);
  EXPECT_EQ(shop.at("contact_phone"), "13900002222");
  auto f = gp::reserve_facts(gp::parse_reserve_csv(kHeader + kShop, gp::Date{2026, 6, 1}).records.at(0));
  f.capacity_kw = 150;
  f.proactive = true;
  const gp::Plan lv = gp::evaluate(f).value();
  EXPECT_EQ(codes(shop.at("stages")), codes(lv));
  EXPECT_EQ(lv.stages.size(), 1u);  // rule S2: proactive LV small/micro service is one step
}

TEST(Reserve, D2_ProactiveChannelOnlyForProactiveFactsAndOnlyFromTheReservePath) {
  Pool p;
  json body = {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县人民路9号"},
               {"channel", "proactive"}, {"customer", {{"phone", "13900003333"}, {"name", "王五"}}}};
  auto r = gp::ops::post(p.lab, &p.cm, "/api/v1/applications", body);
  EXPECT_EQ(r.status, 400) << show(r);
  EXPECT_EQ(r.field(), "channel");
  body.erase("customer");
  body["customer_type"] = "lv_non_residential";  // proactive service is for enterprises
  body["industry"] = "commercial";
  body["proactive"] = true;
  r = gp::ops::post(p.lab, &p.cust, "/api/v1/applications", body);
  EXPECT_EQ(r.status, 400) << "customers apply online or at the kiosk";
  EXPECT_EQ(r.field(), "channel");
  // Conversions are proactive by definition.
  ASSERT_EQ(import_csv(p.lab, &p.cc, kHeader + kShop).status, 201);
  r = gp::ops::post(p.lab, &p.cc, "/api/v1/reserve/2026-411000-02/convert",
                    {{"proactive", false}, {"customer", {{"phone", "13900002222"}, {"name", "李四"}}}});
  EXPECT_EQ(r.field(), "proactive");
  r = gp::ops::post(p.lab, &p.cc, "/api/v1/reserve/2026-411000-02/convert", {{"business", "rename"}});
  EXPECT_EQ(r.field(), "business") << "a reserve record is a new connection";
  r = gp::ops::post(p.lab, &p.cc, "/api/v1/reserve/2026-411000-02/convert", json::object());
  EXPECT_EQ(r.status, 400) << "the shop's record has no contact phone: the customer must be named";
  EXPECT_EQ(r.field(), "customer.phone");
  EXPECT_EQ(p.lab.get_ok(p.cc, "/api/v1/reserve/2026-411000-02").at("status"), "reserve") << "nothing half done";
}
