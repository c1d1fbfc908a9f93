// GET /api/v1/catalog (rules G1, G7, P3 and the published figures): what can be done online, the
// documents, steps and limits for each customer type, the fee list, the works table, the archive
// checklist, the promises. Written by gp::catalog_json (shared/src/catalog.cpp, from the rules
// themselves); this is its shape for readers. Plans' documents and stages travel as the plan's own
// JSON (gp/rules.h).
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"

namespace gp::dto {

struct TextZhEn {
  std::string zh, en;
};

struct CatalogPlanDto {  // a business for one customer type
  std::string customer_type;
  nlohmann::json documents, stages;
  int time_limit_working_days = 0;
  std::string time_limit_rule, limit_source;
};
struct CatalogBusinessDto {
  CodeName name;  // code, name_zh, name_en (flat)
  std::string kind;  // connection | change_of_use
  bool online = true, zero_visits = true;  // rule G1
  std::vector<CatalogPlanDto> by_customer_type;
};
struct CatalogScenarioDto {
  CodeName name;
  nlohmann::json facts, stages;
  int time_limit_working_days = 0;
  std::string time_limit_rule;
};
struct CatalogLimitDto {  // rules T1–T5
  std::string rule;
  int working_days = 0;
  std::string zh, en, source;
};
struct StageSplitDto {  // rule T6: a company setting
  std::string source, rule;
  int hv_application = 0, hv_supply_plan = 0, hv_connect = 0, lv_application = 0;
  std::string zh, en;
};
struct AssetTransferReviewDto {
  std::string source;
  std::vector<std::string> rules;
  int design_review = 0, mid_inspection = 0;
  std::string zh, en;
};
struct ChangeOfUseLimitDto {
  std::string business, name_zh, name_en;
  int working_days = 0;
  std::string limit_source;
};
struct FeeItemDto {
  std::string code, name_zh, name_en, applies_zh, applies_en;
};
struct FeesDto {  // rule F1
  nlohmann::json service_fees = nlohmann::json::array();
  std::string zh, en;
  std::vector<FeeItemDto> items;
  std::string rule;
};
struct WorksRowDto {  // rule W1
  std::string voltage;
  double voltage_kv = 0;
  std::string kind, condition;
  int limit_working_days = 0;
  std::string name_zh, name_en;
};
struct WorksTableDto {
  std::string rule;
  std::vector<WorksRowDto> rows;
  std::string contract_zh, contract_en;
  std::vector<CodeName> funding_routes;
};
struct ArchiveEntryDto {  // rule D7
  std::string stage, stage_zh, stage_en, code, name_zh, name_en;
  std::map<std::string, std::string> marks;  // customer type -> required | conditional | none
  std::string condition_zh, condition_en;
};
struct ArchiveChecklistDto {
  std::string rule;
  std::vector<ArchiveEntryDto> items;
  std::string electronic_only_zh, electronic_only_en;
};
struct ReservationPromiseDto {  // rule D4
  std::string rule;
  int phone_dispatch_minutes = 0, online_contact_hours = 0;
  std::string zh, en;
};
struct RuleTextDto {
  std::string rule, zh, en;
};
struct ReliabilityTargetsDto {  // rule G5
  std::string rule;
  double urban_asai_target = 0, rural_asai_target = 0, urban_outage_hours_target = 0, urban_outage_count_target = 0;
};

struct CatalogDto {
  TextZhEn company, product;
  std::string supervision_phone;  // rule G7
  TextZhEn service_hall;
  std::vector<CodeName> customer_types;
  std::vector<CatalogBusinessDto> businesses;
  int online_business_count = 0;
  std::vector<CatalogScenarioDto> scenarios;
  std::vector<CatalogLimitDto> limits;
  StageSplitDto stage_split;
  AssetTransferReviewDto asset_transfer_review;
  std::vector<ChangeOfUseLimitDto> change_of_use_limits;
  FeesDto fees;
  WorksTableDto supporting_works;
  std::vector<CodeName> documents;
  std::string documents_rule_zh, documents_rule_en;
  ArchiveChecklistDto archive_checklist;
  std::vector<CodeName> outage_plans;
  ReservationPromiseDto reservation;
  RuleTextDto channels;
  std::vector<RuleTextDto> promises;
  std::string investment_zh, investment_en;
  ReliabilityTargetsDto reliability;
};

#define GP_DTO_IO(T)                           \
  void to_json(nlohmann::json& j, const T& v); \
  void from_json(const nlohmann::json& j, T& v);
GP_DTO_IO(TextZhEn)
GP_DTO_IO(CatalogPlanDto)
GP_DTO_IO(CatalogBusinessDto)
GP_DTO_IO(CatalogScenarioDto)
GP_DTO_IO(CatalogLimitDto)
GP_DTO_IO(StageSplitDto)
GP_DTO_IO(AssetTransferReviewDto)
GP_DTO_IO(ChangeOfUseLimitDto)
GP_DTO_IO(FeeItemDto)
GP_DTO_IO(FeesDto)
GP_DTO_IO(WorksRowDto)
GP_DTO_IO(WorksTableDto)
GP_DTO_IO(ArchiveEntryDto)
GP_DTO_IO(ArchiveChecklistDto)
GP_DTO_IO(ReservationPromiseDto)
GP_DTO_IO(RuleTextDto)
GP_DTO_IO(ReliabilityTargetsDto)
GP_DTO_IO(CatalogDto)
#undef GP_DTO_IO

}  // namespace gp::dto
