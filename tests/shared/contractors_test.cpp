// Rule P3 (资质信息公开): the contractor record's validation, the CSV import (all or nothing,
// every bad line by line and field) and the licence status: an expired licence is never valid.
#include <gtest/gtest.h>

#include "gp/contractors.h"
#include "gp/publications.h"

namespace {

gp::ContractorRecord good() {
  gp::ContractorRecord r;
  r.kind = "construction";
  r.categories = {"install", "test"};
  r.name = "邾县电力安装有限公司";
  r.credit_code = "91350100M000100Y43";
  r.licence_number = "(承装)3-1-00123-2024";
  r.licence_class = "三级";
  r.scope = "10千伏及以下电力设施的安装";
  r.valid_from = gp::Date{2024, 1, 1};
  r.valid_until = gp::Date{2026, 12, 31};
  r.county = "邾县";
  r.phone = "0371-62345678";
  return r;
}

std::vector<std::string> fields(const std::vector<gp::Error>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

const std::string kHeader = "kind,categories,name,credit_code,licence_number,licence_class,scope,valid_from,valid_until,county,phone\n";

}  // namespace

TEST(Contractors, P3_StatusValidExpiringExpiredNeverValidOnceExpired) {
  const auto r = good();
  const int days = 30;  // the company setting's default (the seed gives no figure)
  EXPECT_EQ(gp::licence_status(r, false, gp::Date{2026, 6, 1}, days), "valid");
  EXPECT_EQ(gp::licence_status(r, false, gp::Date{2026, 12, 1}, days), "expiring");   // 30 days left
  EXPECT_EQ(gp::licence_status(r, false, gp::Date{2026, 11, 30}, days), "valid");     // 31 days left
  EXPECT_EQ(gp::licence_status(r, false, gp::Date{2026, 12, 31}, days), "expiring");  // its last valid day
  EXPECT_EQ(gp::licence_status(r, false, gp::Date{2027, 1, 1}, days), "expired");
  EXPECT_EQ(gp::licence_status(r, false, gp::Date{2023, 12, 31}, days), "not_yet_valid");
  EXPECT_EQ(gp::licence_status(r, true, gp::Date{2026, 6, 1}, days), "withdrawn");
  EXPECT_EQ(gp::licence_days_left(r, gp::Date{2027, 1, 2}), -2);
  // Whatever the setting, a day past valid_until is never valid.
  for (int d : {1, 30, 365}) EXPECT_NE(gp::licence_status(r, false, gp::Date{2027, 1, 1}, d), "valid");
}

TEST(Contractors, P3_ValidationNamesEachField) {
  EXPECT_TRUE(gp::validate_contractor(good()).empty());
  auto bad = good();
  bad.kind = "builder";
  bad.name = "x";
  bad.credit_code = "91350100M000100Y44";  // wrong check character
  bad.licence_number = "";
  bad.licence_class = "特级";
  bad.scope = "";
  bad.valid_until = gp::Date{2023, 1, 1};
  bad.county = "";
  bad.phone = "12345";
  EXPECT_EQ(fields(gp::validate_contractor(bad)),
            (std::vector<std::string>{"kind", "categories", "name", "credit_code", "licence_number", "licence_class", "scope",
                                      "valid_until", "county", "phone"}));
  auto design = good();
  design.kind = "design";
  design.categories.clear();
  design.licence_class = "甲级";  // design licences are classed 甲/乙/丙
  EXPECT_TRUE(gp::validate_contractor(design).empty());
  auto test_unit = good();
  test_unit.kind = "test";
  test_unit.categories.clear();
  test_unit.licence_class = "甲级";
  EXPECT_EQ(fields(gp::validate_contractor(test_unit)), (std::vector<std::string>{"licence_class"}));
  auto no_cats = good();
  no_cats.categories.clear();  // a construction unit holds at least one of 承装/承修/承试
  EXPECT_EQ(fields(gp::validate_contractor(no_cats)), (std::vector<std::string>{"categories"}));
  for (const char* phone : {"13803751234", "0371-62345678", "95598", "400-100-2000"}) {
    auto p = good();
    p.phone = phone;
    EXPECT_TRUE(gp::validate_contractor(p).empty()) << phone;
  }
  for (const char* phone : {"12345", "0371--6234", "abc-12345", "0371-"}) {
    auto p = good();
    p.phone = phone;
    EXPECT_EQ(fields(gp::validate_contractor(p)), (std::vector<std::string>{"phone"})) << phone;
  }
}

TEST(Contractors, P3_CsvImportIsAllOrNothingEveryBadLineReported) {
  const std::string ok1 = "construction,承装、承修,邾县送变电工程公司,91350100M000100Y43,(承装)2-1-1,二级,110千伏及以下,2023-03-01,2029-02-28,邾县,0371-62000001\n";
  const std::string ok2 = "design,,邾县电力设计院,91350100M000100Y43,A141000001,乙级,送变电工程设计,2024-01-01,2029-01-01,城关镇,13803750001\n";
  auto in = gp::parse_contractor_csv(kHeader + ok1 + ok2);
  ASSERT_TRUE(in.errors.empty());
  ASSERT_EQ(in.records.size(), 2u);
  EXPECT_EQ(in.records[0].categories, (std::vector<std::string>{"install", "repair"}));
  EXPECT_EQ(in.lines, (std::vector<int>{2, 3}));

  const std::string bad = "test,,试验所,91350100M000100Y43,T-0001,二级,电气试验,2025-02-30,2029-01-01,邾县,0371-1234567\n";
  in = gp::parse_contractor_csv(kHeader + ok1 + bad + ok2 + ok2);
  EXPECT_TRUE(in.records.empty());
  EXPECT_EQ(fields(in.errors), (std::vector<std::string>{"line 3: valid_from", "line 5: licence_number"}));
  in = gp::parse_contractor_csv("kind,name\ndesign,x\n");
  EXPECT_FALSE(in.errors.empty());
  EXPECT_EQ(in.errors[0].field, "line 1: credit_code");
  in = gp::parse_contractor_csv(kHeader);
  EXPECT_EQ(fields(in.errors), (std::vector<std::string>{"file"}));
  in = gp::parse_contractor_csv(kHeader + "design,,a\n");
  EXPECT_EQ(fields(in.errors), (std::vector<std::string>{"line 2: row"}));
}

TEST(Publications, P3_KindsAndValidation) {
  EXPECT_EQ(gp::publication_kinds().size(), 5u);
  EXPECT_EQ(gp::publication_kind_zh("typical_design"), "典型设计及工程造价参考手册");
  EXPECT_EQ(gp::publication_kind_zh("tariff_policy"), "电价电费政策");
  EXPECT_TRUE(gp::validate_publication("tariff_policy", "电价电费政策", "第一条\n第二条").empty());
  EXPECT_EQ(fields(gp::validate_publication("weather", "x", "")), (std::vector<std::string>{"kind", "title", "body"}));
  EXPECT_EQ(fields(gp::validate_publication("fee_list", "收费", std::string("a\x01", 2))), (std::vector<std::string>{"body"}));
}
