// The reserve pool's import (rules R1, R3): every malformed row reported by line, all or nothing.
#include <gtest/gtest.h>

#include "gp/reserve.h"
#include "gp/rules.h"

namespace {
const gp::Date kToday{2026, 11, 30};
const char* kHeader = "approval_number,project_name,company,credit_code,address,capacity_kw,voltage_kv,industry,in_provincial_park,expected_date,contact_name,contact_phone\n";
}  // namespace

TEST(Reserve, R1_CsvImportWithPreliminaryPlan) {
  std::string csv = std::string(kHeader) +
                    "2026-411000-01,邾县新材料厂,邾县新材料有限公司,91350100M000100Y43,邾县工业园一路8号,2000,10,industrial,true,2027-03-01,王堃,13803751234\n"
                    "2026-411000-02,城南商场,邾县城南商贸有限公司,91350100M000100Y43,邾县人民路100号,120,0.38,commercial,false,,,\n";
  auto r = gp::parse_reserve_csv(csv, kToday);
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].field << " " << r.errors[0].message_en;
  ASSERT_EQ(r.records.size(), 2u);
  EXPECT_TRUE(r.records[0].in_provincial_park);
  auto plan = gp::evaluate(gp::reserve_facts(r.records[0]));
  ASSERT_TRUE(plan.ok());
  EXPECT_TRUE(plan->red_line.yes);  // rule I1a: HV park customer
  EXPECT_EQ(plan->stages.size(), 3u);
  auto lv = gp::evaluate(gp::reserve_facts(r.records[1]));
  EXPECT_TRUE(lv->small_micro.yes);
}

// rule R1: "超前编制初步供电方案与配套工程方案" — a reserve record gets a preliminary supporting-works plan:
// kinds from its voltage and capacity (a company setting: the seed does not say which), limits W1's
// (10 kV T-connection 7, overhead line 20, switching station or cable 50; 35 kV bay 60, line 90;
// 110 kV bay 90, line 120; LV 3, small/micro 13).
TEST(Reserve, R1_PreliminarySupportingWorksPlanFromVoltageAndCapacity) {
  auto record = [](double kv, double kw, gp::Industry ind = gp::Industry::industrial) {
    gp::ReserveRecord r;
    r.voltage_kv = kv;
    r.capacity_kw = kw;
    r.industry = ind;
    return r;
  };
  auto works = [](const gp::ReserveRecord& r) {
    auto p = gp::evaluate(gp::reserve_facts(r));
    EXPECT_TRUE(p.ok());
    std::vector<std::pair<std::string, int>> v;
    for (const auto& w : p->supporting_works) v.push_back({gp::to_string(w.item.kind), w.limit_working_days});
    return v;
  };
  using W = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(works(record(10, 2000)), (W{{"t_connection", 7}}));
  EXPECT_EQ(works(record(10, 5000)), (W{{"overhead_line", 20}}));
  EXPECT_EQ(works(record(10, 20000)), (W{{"switching_station_or_cable", 50}}));
  EXPECT_EQ(works(record(35, 20000)), (W{{"substation_bay", 60}, {"overhead_line", 90}}));
  EXPECT_EQ(works(record(110, 50000)), (W{{"substation_bay", 90}, {"overhead_line", 120}}));
  EXPECT_EQ(works(record(0.38, 300)), (W{{"lv", 3}}));
  EXPECT_EQ(works(record(0.38, 120, gp::Industry::commercial)), (W{{"lv", 13}}));  // small/micro (I4)
  // The thresholds are the company's: configurable, and validated.
  auto cfg = gp::ServiceConfig::from_json(R"({"reserve_works":{"t_connection_max_kw":6000}})");
  ASSERT_TRUE(cfg.ok());
  EXPECT_EQ(gp::preliminary_works(record(10, 5000), cfg.value()).at(0).kind, gp::WorksKind::t_connection);
  EXPECT_EQ(gp::ServiceConfig::from_json(R"({"reserve_works":{"t_connection_max_kw":9000}})").error().field,
            "reserve_works.overhead_line_max_kw");
}

TEST(Reserve, R1_EveryBadRowReportedByLineAndNothingImported) {
  std::string csv = std::string(kHeader) +
                    "A1,项目,公司,91350100M000100Y43,邾县人民路1号,100,10,industrial,true,2027-01-01,,\n"
                    "A2,项目,公司,91350100M000100Y44,邾县人民路1号,100,10,industrial,true,2027-01-01,,\n"   // bad check char
                    "A3,项目,公司,91350100M000100Y43,邾县人民路1号,-5,20,mining,maybe,2027-02-30,,123\n";
  auto r = gp::parse_reserve_csv(csv, kToday);
  EXPECT_TRUE(r.records.empty());
  std::vector<std::string> fields;
  for (const auto& e : r.errors) fields.push_back(e.field);
  for (const char* f : {"line 3: credit_code", "line 4: capacity_kw", "line 4: voltage_kv", "line 4: industry",
                        "line 4: in_provincial_park", "line 4: expected_date", "line 4: contact_phone"})
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
}

TEST(Reserve, R1_HeaderDuplicatesAndJson) {
  EXPECT_EQ(gp::parse_reserve_csv("approval_number,colour\n", kToday).errors.front().field, "line 1: colour");
  std::string dup = std::string(kHeader) + "A1,项目,公司,91350100M000100Y43,邾县人民路1号,100,10,,,,,\nA1,项目,公司,91350100M000100Y43,邾县人民路1号,100,10,,,,,\n";
  auto d = gp::parse_reserve_csv(dup, kToday);
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_EQ(d.errors[0].field, "line 3: approval_number");
  auto j = gp::parse_reserve_json(R"([{"approval_number":"J1","project_name":"项目","company":"公司","credit_code":"91350100M000100Y43","address":"邾县人民路2号","capacity_kw":800,"voltage_kv":10}])", kToday);
  ASSERT_TRUE(j.errors.empty());
  EXPECT_DOUBLE_EQ(j.records[0].capacity_kw, 800);
  auto bad = gp::parse_reserve_json(R"([{"approval_number":"J1","capacity_kw":"x","extra":1}, 5])", kToday);
  EXPECT_TRUE(bad.records.empty());
  EXPECT_GE(bad.errors.size(), 2u);
  EXPECT_EQ(gp::parse_reserve_json("{", kToday).errors[0].field, "file");
}
