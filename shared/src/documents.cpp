#include "gp/documents.h"

#include "gp/channel.h"

namespace gp {
namespace {

// Seed attachment 1: the accepted proofs.
const std::vector<ProofKind> kIdentityFull = {
    {"resident_id", "居民身份证", "Resident identity card"},
    {"temporary_id", "临时身份证", "Temporary identity card"},
    {"household_register", "户口本", "Household register"},
    {"military_id", "军官证或士兵证", "Military officer's or soldier's card"},
    {"taiwan_permit", "台胞证", "Taiwan compatriot permit"},
    {"hk_macau_pass", "港澳通行证", "Hong Kong/Macau travel permit"},
    {"foreign_passport", "外国护照", "Foreign passport"},
    {"foreign_permanent_residence", "外国永久居留证（绿卡）", "Foreign permanent residence card"},
    {"other_valid_id", "其它有效身份证明文书", "Other valid proof of identity"},
};
const std::vector<ProofKind> kIdentityWell = {  // attachment 1, row 4: a narrower list
    {"resident_id", "居民身份证", "Resident identity card"},
    {"temporary_id", "临时身份证", "Temporary identity card"},
    {"household_register", "户口本", "Household register"},
    {"other_valid_id", "其它有效身份证明文书", "Other valid proof of identity"},
};
const std::vector<ProofKind> kSubject = {
    {"business_licence", "营业执照", "Business licence"},
    {"organization_code", "组织机构代码证", "Organization code certificate"},
    {"religious_venue", "宗教活动场所登记证", "Religious venue registration"},
    {"social_organization", "社会团体法人登记证书", "Social organization legal-person certificate"},
    {"military_certificate", "军队或武警出具的办理用电业务的证明", "Certificate from the military or armed police"},
};
const std::vector<ProofKind> kSubjectWellCollective = {
    {"collective_authorization", "全部产权人联名签字并加盖村委会公章的授权委托书", "Authorization signed by all owners, stamped by the village committee"},
    {"committee_authorization", "加盖村委会公章的授权委托书", "Authorization stamped by the village committee"},
};
const std::vector<ProofKind> kProperty = {
    {"title_certificate", "产权证", "Title certificate"},
    {"state_land_use", "国有土地使用证", "State land-use certificate"},
    {"collective_land_use", "集体土地使用证", "Collective land-use certificate"},
    {"purchase_contract", "购房合同", "Purchase contract"},
    {"legal_instrument", "法律文书", "Legal instrument"},
    {"other_lawful_proof", "产权合法证明", "Other lawful proof of property"},
};
const ProofKind kVillageProof = {"village_committee_proof", "村委会及以上出具的产权证明（原件）", "Proof issued by the village committee or above (original)"};
const std::vector<ProofKind> kPropertyWell = {
    {"water_authority_opinion", "县级以上水利部门出具的机井合法合规性审查意见（含机井坐标）", "County water authority's compliance opinion incl. the well's coordinates"},
};
const std::vector<ProofKind> kPropertyEvResidential = {
    {"parking_title", "固定车位产权证明", "Parking-space title"},
    {"property_management_consent", "物业或相关管理机构同意安装充电设施的证明", "Property management's consent to install"},
};
const std::vector<ProofKind> kPropertyEvNonResidential = {
    {"parking_title", "固定车位产权证明（产权单位许可证明复印件）", "Parking-space title (copy of the owner's permit)"},
    {"owner_consent", "产权方同意安装使用充电设施的证明", "Owner's consent to install and use"},
};
const std::vector<ProofKind> kAddressList = {{"address_list", "报装地址列表", "List of installation addresses"}};
const std::vector<ProofKind> kApproval = {
    {"approval", "批复文件", "Approval"},
    {"permit", "核准文件", "Permit"},
    {"filing", "备案文件", "Filing"},
};
const std::vector<ProofKind> kAgentLetter = {
    {"authorization_letter", "授权委托书（原件）", "Letter of authorization (original)"},
    {"introduction_letter", "单位介绍信（原件）", "Letter of introduction (original)"},
};

// Change-of-use businesses that concern ownership or a new site need the property proof too;
// the others only identify the customer (rule D1's ceiling of two documents holds for all).
bool change_needs_property(Business b) {
  switch (b) {
    case Business::relocation: case Business::rename: case Business::ownership_transfer:
    case Business::account_split: case Business::account_merge:
    // rule D5 row 1/2 by analogy: a PV installation connects at a property, so its property proof
    // (the roof or site) is the second of the two documents (D1), never a third.
    case Business::pv_grid_connection:
      return true;
    default:
      return false;
  }
}

DocumentRequirement identity_or_subject(const Facts& f) {
  switch (f.customer_type) {
    case CustomerType::lv_residential:
    case CustomerType::ev_residential:
      return {DocumentCode::identity_proof, kIdentityFull, "原件及复印件（线上办理上传清晰照片或扫描件）", "original and copy (online: a clear photo or scan)", "D5"};
    case CustomerType::well_individual:
      return {DocumentCode::identity_proof, kIdentityWell, "原件及复印件", "original and copy", "D5"};
    case CustomerType::well_collective:
      return {DocumentCode::subject_proof, kSubjectWellCollective, "原件", "original", "D5"};
    default:
      return {DocumentCode::subject_proof, kSubject, "复印件", "copy", "D5"};
  }
}

DocumentRequirement property(const Facts& f) {
  switch (f.customer_type) {
    case CustomerType::well_individual:
    case CustomerType::well_collective:
      return {DocumentCode::property_proof, kPropertyWell, "原件", "original", "D5"};
    case CustomerType::ev_residential:
      return {DocumentCode::property_proof, kPropertyEvResidential, "原件", "original", "D5"};
    case CustomerType::ev_non_residential:
      return {DocumentCode::property_proof, kPropertyEvNonResidential, "复印件或原件", "copy or original", "D5"};
    default: {
      auto accepted = kProperty;
      // rule D5: in rural areas a low-voltage customer may bring the village committee's proof.
      if (f.rural && !is_high_voltage(f)) accepted.push_back(kVillageProof);
      return {DocumentCode::property_proof, accepted, "复印件", "copy", "D5"};
    }
  }
}

}  // namespace

std::vector<DocumentRequirement> required_documents(const Facts& f) {
  std::vector<DocumentRequirement> out;
  out.push_back(identity_or_subject(f));
  if (f.customer_type == CustomerType::base_station_5g && is_connection_business(f.business)) {
    out.push_back({DocumentCode::address_list, kAddressList, "", "", "D5"});  // rule D5 row 8
  } else if (is_connection_business(f.business) || change_needs_property(f.business)) {
    out.push_back(property(f));
  }
  // rule D1: an important customer also gives the project's approval, permit or filing.
  if (f.important)
    out.push_back({DocumentCode::project_approval, kApproval, "政府部门出具，供电方案中予以明确", "issued by the government; named in the supply plan", "D1"});
  // rule D6: an enterprise or institution acting through an agent.
  if (f.agent && !is_individual(f.customer_type)) {
    out.push_back({DocumentCode::agent_authorization, kAgentLetter, "原件", "original", "D6"});
    out.push_back({DocumentCode::agent_identity, kIdentityFull, "复印件", "copy", "D6"});
  }
  return out;
}

const char* to_string(HallIntake v) {
  switch (v) {
    case HallIntake::complete: return "complete";
    case HallIntake::accept_with_gaps: return "accept_with_gaps";
    case HallIntake::guide_to_reservation: return "guide_to_reservation";
  }
  return "complete";
}

HallIntake hall_intake(const std::vector<DocumentRequirement>& required, const std::set<DocumentCode>& present) {
  bool all = true;
  for (const auto& r : required) all = all && present.count(r.code);
  if (all) return HallIntake::complete;  // rule D3: 两证办结
  // rule D3: with only the identity/subject proof the hall accepts anyway (容缺办理).
  if (!required.empty() && present.count(required.front().code)) return HallIntake::accept_with_gaps;
  return HallIntake::guide_to_reservation;  // rule D3 -> D4
}

namespace {
constexpr Mark N = Mark::none, R = Mark::required, C = Mark::conditional;

// Attachment 2 lists columns as LV resident, LV non-resident, well individual, well collective,
// EV resident, EV non-resident, 5G, HV; CustomerType puts hv third.
std::array<Mark, 8> cols(Mark lv_res, Mark lv_non, Mark well_i, Mark well_c, Mark ev_r, Mark ev_n, Mark g5, Mark hv) {
  return {lv_res, lv_non, hv, well_i, well_c, ev_r, ev_n, g5};
}
}  // namespace

const std::vector<ArchiveItem>& archive_checklist() {
  // rule D7 — seed attachment 2, row by row; stages split as the issue asks.
  static const std::vector<ArchiveItem> items = {
      {"application", "受理申请", "Application", "registration_form", "用电登记表", "Application registration form", cols(R, R, R, R, R, R, R, R), "", ""},
      {"application", "受理申请", "Application", "identity_or_subject_proof", "客户有效身份证明（低压居民：身份证明；非居民：主体证明）", "Customer's identity proof (residents) or subject proof (others)", cols(R, R, R, R, R, R, R, R), "", ""},
      {"application", "受理申请", "Application", "property_proof", "产权证明（复印件）", "Proof of property rights (copy)", cols(R, R, R, R, R, R, R, R), "", ""},
      {"application", "受理申请", "Application", "equipment_list", "主要电气设备清单", "List of main electrical equipment", cols(N, N, N, N, N, N, N, C), "影响电能质量的用户提供", "when the customer affects power quality"},
      {"application", "受理申请", "Application", "agent_documents", "授权委托书或单位介绍信（原件）及经办人有效身份证明（复印件）", "Authorization or introduction letter (original) and the agent's identity proof (copy)", cols(N, C, R, R, N, C, C, C), "委托代理人办理时", "when an agent acts for the customer"},
      {"application", "受理申请", "Application", "project_approval", "政府职能部门有关本项目立项的批复、核准或备案文件", "Government approval, permit or filing of the project", cols(N, N, N, N, N, N, N, C), "重要或者有特殊负荷的客户必须留存", "required for important customers and customers with special loads"},
      {"site_survey", "现场勘查", "Site survey", "site_survey_form", "现场勘查单", "Site survey form", cols(R, R, R, R, R, R, R, R), "", ""},
      {"supply_plan", "供电方案答复", "Supply-plan reply", "supply_plan_reply", "供电方案答复单", "Supply-plan reply form", cols(N, N, N, N, N, N, N, R), "", ""},
      {"design_review", "受电工程设计文件审查", "Design review", "designer_qualification", "设计资质证书复印件", "Designer's qualification certificate (copy)", cols(N, N, N, N, N, N, N, R), "", ""},
      {"design_review", "受电工程设计文件审查", "Design review", "design_submission", "客户受电工程设计文件送审单", "Design documents submission form", cols(N, N, N, N, N, N, N, C), "有设计审查环节时（重要客户、资产移交客户）", "when the plan has a design review (important or asset-transfer customers)"},
      {"design_review", "受电工程设计文件审查", "Design review", "design_review_opinion", "客户受电工程设计文件审查意见单", "Design review opinion", cols(N, N, N, N, N, N, N, C), "有设计审查环节时（重要客户、资产移交客户）", "when the plan has a design review (important or asset-transfer customers)"},
      {"inspection", "中间检查及竣工检验", "Mid-term and completion inspection", "contractor_licences", "承装（修、试）电力设施许可证（复印件）、试验单位资质证明（复印件）", "Contractor's installation licence and test-unit qualification (copies)", cols(N, N, N, N, N, N, N, R), "", ""},
      {"inspection", "中间检查及竣工检验", "Mid-term and completion inspection", "completion_report", "客户受电工程竣工报验单", "Completion inspection request", cols(N, N, N, N, N, N, N, R), "", ""},
      {"inspection", "中间检查及竣工检验", "Mid-term and completion inspection", "completion_documents", "竣工资料（竣工图纸、电气设备出厂合格证书、电气设备交接试验记录）", "Completion documents (as-built drawings, equipment certificates, handover test records)", cols(N, N, N, N, N, N, N, R), "", ""},
      {"inspection", "中间检查及竣工检验", "Mid-term and completion inspection", "completion_opinion", "客户受电工程竣工检验意见单", "Completion inspection opinion", cols(N, N, N, N, N, N, N, R), "", ""},
      {"connect", "装表接电", "Metering and energizing", "metering_form", "电能计量装接单", "Metering installation form", cols(R, R, R, R, R, R, R, R), "", ""},
      {"connect", "装表接电", "Metering and energizing", "energizing_form", "新装（增容）送电单", "Energizing form", cols(R, R, R, R, R, R, R, R), "", ""},
      {"contract", "供用电合同", "Supply contract", "supply_contract", "供用电合同及其附件", "Supply contract and its annexes", cols(R, R, R, R, R, R, R, R), "", ""},
  };
  return items;
}

Mark archive_mark(const ArchiveItem& item, CustomerType t) { return item.marks.at(static_cast<std::size_t>(t)); }

std::vector<ArchiveEntry> archive_checklist_for(const Facts& f, bool has_design_review) {
  std::vector<ArchiveEntry> out;
  for (const auto& item : archive_checklist()) {
    Mark m = archive_mark(item, f.customer_type);
    if (m == Mark::none) continue;
    bool needed = m == Mark::required;
    const std::string code = item.code;
    if (code == "agent_documents") {
      needed = f.agent;  // the row itself is "when an agent acts", whatever its mark
    } else if (m == Mark::conditional) {
      if (code == "equipment_list") needed = f.special_load;
      else if (code == "project_approval") needed = f.important || f.special_load;
      else if (code == "design_submission" || code == "design_review_opinion") needed = has_design_review;
    }
    out.push_back({&item, m, needed});
  }
  return out;
}

// rule D8: LV business done in the app: electronic archive only, no paper.
bool electronic_archive_only(const Facts& f, bool done_online) { return done_online && !is_high_voltage(f); }

}  // namespace gp

namespace gp {
// rule D8 on rule D2's one classification of channels: only the online channel is "done in the app".
bool done_in_app(std::string_view channel) { return intake_channel_class(std::string(channel)) == IntakeChannel::online; }
}  // namespace gp
