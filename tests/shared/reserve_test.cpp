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
