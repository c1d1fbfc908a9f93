// The public catalogue and the service configuration (rules G1, G7, P3, F1, W1, D4, D7).
#include <gtest/gtest.h>

#include <map>

#include "gp/catalog.h"
#include "gp/time_limits.h"

using nlohmann::json;

// rule G1: "24项全办电业务具备线上'一次都不跑'条件" — at least 24 businesses, each online with zero
// visits, with its documents, steps and limit for every customer type.
TEST(Catalog, G1_AtLeast24BusinessesOnlineWithZeroVisits) {
  json c = gp::catalog_json();
  ASSERT_GE(c["businesses"].size(), 24u);
  EXPECT_EQ(c["online_business_count"], c["businesses"].size());
  std::map<std::string, std::string> names;
  for (const auto& b : c["businesses"]) {
    names[b["code"]] = b["name_zh"];
    EXPECT_TRUE(b["online"].get<bool>());
    EXPECT_TRUE(b["zero_visits"].get<bool>());
    EXPECT_EQ(b["by_customer_type"].size(), 8u) << b["code"];
    EXPECT_FALSE(b["name_en"].get<std::string>().empty());
    for (const auto& t : b["by_customer_type"]) {
      EXPECT_GE(t["documents"].size(), 1u) << b["code"];
      EXPECT_FALSE(t["stages"].empty()) << b["code"];
      EXPECT_GT(t["time_limit_working_days"].get<int>(), 0) << b["code"];
      // Limits the plan does not give are the company's, and say so (rule T6).
      if (b["kind"] == "change_of_use") EXPECT_EQ(t["limit_source"], "company_setting") << b["code"];
    }
  }
  // The seed's connection businesses, the change-of-use businesses of 供电营业规则, and the online
  // businesses the issue names (供电营业规则 2024, State Grid's online list).
  const std::map<std::string, std::string> expected = {
      {"new_connection", "新装"}, {"capacity_increase", "增容"}, {"capacity_reduction", "减容"},
      {"capacity_reduction_restore", "减容恢复"}, {"suspension", "暂停"}, {"suspension_restore", "暂停恢复"},
      {"temporary_swap", "暂换"}, {"temporary_swap_restore", "暂换恢复"}, {"relocation", "迁址"},
      {"meter_relocation", "移表"}, {"temporary_removal", "暂拆"}, {"reinstallation", "复装"}, {"rename", "更名"},
      {"ownership_transfer", "过户"}, {"account_split", "分户"}, {"account_merge", "并户"}, {"account_closure", "销户"},
      {"voltage_change", "改压"}, {"category_change", "改类"},
      {"temporary_supply", "临时用电新装"}, {"temporary_supply_extension", "临时用电延期"},
      {"temporary_supply_termination", "临时用电终止"}, {"pv_grid_connection", "分布式光伏并网"},
      {"meter_verification", "计量装置校验"}, {"basic_charge_method_change", "基本电费计收方式变更"},
      {"demand_value_change", "需量值变更"}, {"tou_tariff_choice", "峰谷分时电价选择"},
      {"customer_info_change", "客户信息变更"}};
  EXPECT_EQ(names, expected);
}

// rule G1 with D1/D5: a new temporary supply is a connection (temporary: I1a and I4 exclude it) with
// the two documents; the other new businesses need the identity/subject proof, PV also the
// property proof (the roof or site it connects at) — never a third document for an ordinary customer.
TEST(Catalog, G1_D1_NewBusinessesTwoDocumentsAtMost) {
  auto plan = [](const char* b, const char* t) {
    auto r = gp::evaluate_json({{"business", b}, {"customer_type", t}});
    EXPECT_TRUE(r.ok()) << b;
    return r.value();
  };
  auto temp = plan("temporary_supply", "lv_non_residential");
  EXPECT_TRUE(temp.facts.temporary);
  EXPECT_FALSE(temp.small_micro.yes);  // rule I4: 临时用电 excluded
  EXPECT_EQ(temp.time_limit_rule, "T1");
  EXPECT_EQ(temp.documents.size(), 2u);
  auto hv_temp = plan("temporary_supply", "hv");
  EXPECT_EQ(hv_temp.time_limit_working_days, 16);  // rule T4
  EXPECT_EQ(plan("pv_grid_connection", "lv_residential").documents.size(), 2u);
  for (const char* b : {"temporary_supply_extension", "temporary_supply_termination", "meter_verification",
                        "basic_charge_method_change", "demand_value_change", "tou_tariff_choice", "customer_info_change"}) {
    auto p = plan(b, "lv_non_residential");
    ASSERT_EQ(p.documents.size(), 1u) << b;
    EXPECT_EQ(p.documents[0].code, gp::DocumentCode::subject_proof) << b;
    EXPECT_EQ(p.limit_source, "company_setting") << b;
    EXPECT_EQ(p.time_limit_rule, "company_setting") << b;
  }
}

TEST(Catalog, G7_P3_PublishesPhoneFeesLimitsWorksDocuments) {
  json c = gp::catalog_json();
  EXPECT_EQ(c["supervision_phone"], "95598");
  EXPECT_TRUE(c["fees"]["service_fees"].empty());  // rule F1
  EXPECT_EQ(c["fees"]["items"].size(), 1u);
  EXPECT_EQ(c["supporting_works"]["rows"].size(), 13u);  // rule W1
  EXPECT_EQ(c["reservation"]["phone_dispatch_minutes"], 20);  // rule D4
  EXPECT_EQ(c["reservation"]["online_contact_hours"], 18);
  EXPECT_EQ(c["archive_checklist"]["items"].size(), 18u);  // rule D7
  EXPECT_EQ(c["scenarios"].size(), gp::publication_scenarios().size());
  for (const auto& l : c["change_of_use_limits"]) EXPECT_EQ(l["limit_source"], "company_setting");  // rule T6
}

// Rules T1–T5, the seed's numbers: "低压无配套工程项目、有配套工程项目分别在2个、5个工作日内送电，低压小微企业在
// 15个工作日内送电，10千伏及以上项目不含配套工程办电时长不超过16个工作日（重要用户不超过21个工作日）".
TEST(Catalog, T1_T5_PublishedLimitsAreTheSeedsAndTheRulesOwn) {
  json c = gp::catalog_json();
  std::map<std::string, int> published;
  for (const auto& l : c["limits"]) {
    published[l["rule"]] = l["working_days"];
    EXPECT_EQ(l["source"], "policy");
  }
  EXPECT_EQ(published, (std::map<std::string, int>{{"T1", 2}, {"T2", 5}, {"T3", 15}, {"T4", 16}, {"T5", 21}}));
  // The same numbers the rules give each scenario: one table, no second copy in the catalogue.
  std::map<std::string, int> limits;
  std::map<std::string, std::string> rule;
  for (const auto& s : c["scenarios"]) {
    limits[s["code"]] = s["time_limit_working_days"];
    rule[s["code"]] = s["time_limit_rule"];
  }
  EXPECT_EQ(limits["lv_no_works"], 2);          // T1
  EXPECT_EQ(limits["lv_with_works"], 5);        // T2
  EXPECT_EQ(limits["lv_small_micro"], 15);      // T3
  EXPECT_EQ(limits["hv_standard"], 16);         // T4
  EXPECT_EQ(limits["hv_important"], 21);        // T5
  for (const char* code : {"lv_no_works", "lv_with_works", "lv_small_micro", "hv_standard", "hv_important"})
    EXPECT_EQ(published[rule[code]], limits[code]) << code;
  // The constants the rules read, against the seed's literals.
  EXPECT_EQ(gp::policy::kT1, 2);
  EXPECT_EQ(gp::policy::kT2, 5);
  EXPECT_EQ(gp::policy::kT3, 15);
  EXPECT_EQ(gp::policy::kT4, 16);
  EXPECT_EQ(gp::policy::kT5DesignReview, 3);
  EXPECT_EQ(gp::policy::kT5MidInspection, 2);
  EXPECT_EQ(gp::policy::kT5, 21);
}

// Rule T6: the split between steps is published as the company's setting, not as the plan.
TEST(Catalog, T6_StageSplitPublishedAsCompanySetting) {
  json c = gp::catalog_json();
  EXPECT_EQ(c["stage_split"]["source"], "company_setting");
  EXPECT_EQ(c["asset_transfer_review"]["source"], "company_setting");
}

TEST(ServiceConfig, BuiltinAndValidation) {
  const auto& c = gp::ServiceConfig::builtin();
  EXPECT_EQ(c.supervision_phone, "95598");
  EXPECT_EQ(c.change_of_use_limits.size(), gp::all_businesses().size() - 3);  // all but the three connection businesses
  EXPECT_DOUBLE_EQ(c.sla.warning_fraction, 0.8);
  auto again = gp::ServiceConfig::from_json(c.to_json());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->to_json(), c.to_json());
  auto bad = gp::ServiceConfig::from_json(R"({"change_of_use_limits":{"rename":{"completion":-1}}})");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "change_of_use_limits.rename.completion");
  EXPECT_EQ(gp::ServiceConfig::from_json(R"({"change_of_use_limits":{"new_connection":{}}})").error().field,
            "change_of_use_limits.new_connection");
  EXPECT_EQ(gp::ServiceConfig::from_json(R"({"sla":{"warning_fraction":2}})").error().field, "sla.warning_fraction");
  EXPECT_FALSE(gp::ServiceConfig::from_json("{").ok());
}

TEST(Codes, WireNamesRoundTrip) {
  for (auto t : gp::all_customer_types()) EXPECT_EQ(gp::parse_customer_type(gp::to_string(t)), t);
  for (auto b : gp::all_businesses()) EXPECT_EQ(gp::parse_business(gp::to_string(b)), b);
  for (auto k : gp::all_works_kinds()) EXPECT_EQ(gp::parse_works_kind(gp::to_string(k)), k);
  EXPECT_FALSE(gp::parse_business("NEW_CONNECTION").has_value());
  EXPECT_EQ(gp::all_businesses().size(), 28u);  // 3 connection + 25 change-of-use (rule G1: at least 24)
}
