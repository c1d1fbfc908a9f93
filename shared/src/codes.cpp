#include "gp/codes.h"

#include <array>

namespace gp {
namespace {

// The tables are indexed by the enum's value; keep them in declaration order.
constexpr std::array<Named, 8> kCustomerTypes{{
    {"lv_residential", "低压居民", "Low-voltage residential"},
    {"lv_non_residential", "低压非居民", "Low-voltage non-residential"},
    {"hv", "高压客户", "High-voltage customer"},
    {"well_individual", "机井（个人所有）", "Irrigation well (individually owned)"},
    {"well_collective", "机井（村民集体或村委会所有）", "Irrigation well (collective or village committee)"},
    {"ev_residential", "居民个人低压充电设施", "Residential EV charger"},
    {"ev_non_residential", "非居民充电设施", "Non-residential EV charging"},
    {"base_station_5g", "5G基站", "5G base station"},
}};

constexpr std::array<Named, 28> kBusinesses{{
    {"new_connection", "新装", "New connection"},
    {"capacity_increase", "增容", "Capacity increase"},
    {"capacity_reduction", "减容", "Capacity reduction"},
    {"capacity_reduction_restore", "减容恢复", "Capacity reduction reversal"},
    {"suspension", "暂停", "Suspension"},
    {"suspension_restore", "暂停恢复", "Suspension reversal"},
    {"temporary_swap", "暂换", "Temporary transformer swap"},
    {"temporary_swap_restore", "暂换恢复", "Temporary swap reversal"},
    {"relocation", "迁址", "Relocation"},
    {"meter_relocation", "移表", "Meter relocation"},
    {"temporary_removal", "暂拆", "Temporary removal"},
    {"reinstallation", "复装", "Reinstallation"},
    {"rename", "更名", "Change of name"},
    {"ownership_transfer", "过户", "Change of owner"},
    {"account_split", "分户", "Account split"},
    {"account_merge", "并户", "Account merge"},
    {"account_closure", "销户", "Account closure"},
    {"voltage_change", "改压", "Change of supply voltage"},
    {"category_change", "改类", "Change of tariff category"},
    {"temporary_supply", "临时用电新装", "Temporary supply, new"},
    {"temporary_supply_extension", "临时用电延期", "Temporary supply extension"},
    {"temporary_supply_termination", "临时用电终止", "Temporary supply termination"},
    {"pv_grid_connection", "分布式光伏并网", "Distributed PV grid connection"},
    {"meter_verification", "计量装置校验", "Meter verification request"},
    {"basic_charge_method_change", "基本电费计收方式变更", "Change of basic-charge method"},
    {"demand_value_change", "需量值变更", "Change of contracted demand"},
    {"tou_tariff_choice", "峰谷分时电价选择", "Time-of-use tariff choice"},
    {"customer_info_change", "客户信息变更", "Change of account information"},
}};

constexpr std::array<Named, 8> kIndustries{{
    {"residential", "居民生活", "Residential"},
    {"industrial", "工业", "Industrial"},
    {"commercial", "商业", "Commercial"},
    {"agricultural", "农业生产及排灌", "Agricultural production and irrigation"},
    {"non_residential_lighting", "非居民照明", "Non-residential lighting"},
    {"telecom_base_station", "通讯基站", "Telecom base station"},
    {"petrol_station", "加油站", "Petrol station"},
    {"other", "其他", "Other"},
}};

constexpr std::array<Named, 7> kStages{{
    {"application", "用电申请", "Application"},
    {"supply_plan", "供电方案答复", "Supply-plan reply"},
    {"application_with_plan", "申请方案答复", "Application with supply-plan reply"},
    {"design_review", "设计审查", "Design review"},
    {"customer_works", "客户外部工程实施", "Customer's external works"},
    {"mid_inspection", "中间检查", "Mid-term inspection"},
    {"connect", "装表接电", "Meter installation and energizing"},
}};

constexpr std::array<Named, 7> kDocuments{{
    {"identity_proof", "身份证明", "Proof of identity"},
    {"subject_proof", "主体证明", "Proof of legal entity"},
    {"property_proof", "产权证明", "Proof of property rights"},
    {"project_approval", "项目批复、核准或备案文件", "Government approval, permit or filing of the project"},
    {"address_list", "报装地址列表", "List of installation addresses"},
    {"agent_authorization", "授权委托书或单位介绍信", "Letter of authorization or introduction"},
    {"agent_identity", "经办人有效身份证明", "Agent's proof of identity"},
}};

constexpr std::array<Named, 7> kWorksKinds{{
    {"lv", "低压配套工程", "Low-voltage works"},
    {"t_connection", "线路T接", "Line T-connection"},
    {"overhead_line", "新、改建架空线路", "New or rebuilt overhead line"},
    {"ring_main_unit", "新、改建环网柜或分支箱", "New or rebuilt ring main unit or branch box"},
    {"switching_station_or_cable", "新建开闭所或电缆线路", "New switching station or cable line"},
    {"substation_bay", "新、改建变电站间隔", "New or rebuilt substation bay"},
    {"cable_or_other", "新建电缆线路及其他", "New cable line and other works"},
}};

constexpr std::array<Named, 4> kOutagePlans{{
    {"monthly", "月停（送）电计划", "Monthly outage/energizing plan"},
    {"weekly", "周停（送）电计划", "Weekly outage/energizing plan"},
    {"daily", "日停（送）电计划，随到随批", "Daily plan, approved on arrival"},
    {"on_request", "不停电作业，随报随接", "Live-line work, connected on request"},
}};

template <class E, std::size_t N>
std::optional<E> parse_in(const std::array<Named, N>& table, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i)
    if (s == table[i].code) return static_cast<E>(i);
  return std::nullopt;
}

template <class E, std::size_t N>
std::vector<E> all_of(const std::array<Named, N>&) {
  std::vector<E> v;
  for (std::size_t i = 0; i < N; ++i) v.push_back(static_cast<E>(i));
  return v;
}

}  // namespace

const Named& named(CustomerType v) { return kCustomerTypes.at(static_cast<std::size_t>(v)); }
const Named& named(Business v) { return kBusinesses.at(static_cast<std::size_t>(v)); }
const Named& named(Industry v) { return kIndustries.at(static_cast<std::size_t>(v)); }
const Named& named(StageCode v) { return kStages.at(static_cast<std::size_t>(v)); }
const Named& named(DocumentCode v) { return kDocuments.at(static_cast<std::size_t>(v)); }
const Named& named(WorksKind v) { return kWorksKinds.at(static_cast<std::size_t>(v)); }
const Named& named(OutagePlan v) { return kOutagePlans.at(static_cast<std::size_t>(v)); }

std::optional<CustomerType> parse_customer_type(std::string_view s) { return parse_in<CustomerType>(kCustomerTypes, s); }
std::optional<Business> parse_business(std::string_view s) { return parse_in<Business>(kBusinesses, s); }
std::optional<Industry> parse_industry(std::string_view s) { return parse_in<Industry>(kIndustries, s); }
std::optional<StageCode> parse_stage(std::string_view s) { return parse_in<StageCode>(kStages, s); }
std::optional<DocumentCode> parse_document(std::string_view s) { return parse_in<DocumentCode>(kDocuments, s); }
std::optional<WorksKind> parse_works_kind(std::string_view s) { return parse_in<WorksKind>(kWorksKinds, s); }
std::optional<OutagePlan> parse_outage_plan(std::string_view s) { return parse_in<OutagePlan>(kOutagePlans, s); }

const std::vector<CustomerType>& all_customer_types() {
  static const auto v = all_of<CustomerType>(kCustomerTypes);
  return v;
}
const std::vector<Business>& all_businesses() {
  static const auto v = all_of<Business>(kBusinesses);
  return v;
}
const std::vector<Industry>& all_industries() {
  static const auto v = all_of<Industry>(kIndustries);
  return v;
}
const std::vector<WorksKind>& all_works_kinds() {
  static const auto v = all_of<WorksKind>(kWorksKinds);
  return v;
}

bool is_individual(CustomerType t) {
  return t == CustomerType::lv_residential || t == CustomerType::well_individual ||
         t == CustomerType::ev_residential;
}

std::string list_codes(const std::vector<const Named*>& items) {
  std::string out;
  for (const Named* n : items) {
    if (!out.empty()) out += ", ";
    out += n->code;
  }
  return out;
}

}  // namespace gp
