// Customer requests and reports (rule M6), call-backs (rule M5).
#include "gp/cases.h"

#include "gp/validate.h"

namespace gp {
namespace {

const Named kKinds[] = {
    {"complaint", "投诉", "Complaint"},
    {"report", "举报", "Report of misconduct"},
    {"opinion", "意见", "Opinion"},
    {"suggestion", "建议", "Suggestion"},
};

// rule M6: the seed's "十个不准" as it names them (section 四(二)), in its order, then general ones.
const std::vector<CaseCategory> kCategories = {
    {"extra_documents", "增收办电资料", "Demanding extra documents", true},
    {"extra_cost", "增加客户办电成本", "Adding to the customer's cost", true},
    {"exceeded_limit", "超出办电时限", "Exceeding the time limit", true},
    {"raised_threshold", "提高办电门槛", "Raising the threshold", true},
    {"private_approval", "私设审批环节", "Private approval steps", true},
    {"bribery", "吃拿卡要", "Asking for favours or bribes", true},
    {"shirking_delay", "推诿拖延", "Shirking and delay", true},
    {"other_prohibited", "其他违反“十个不准”的行为", "Other behaviour the ten prohibitions forbid", true},
    {"service_attitude", "服务态度", "Service attitude", false},
    {"progress", "办电进度", "Progress of an application", false},
    {"power_quality", "供电质量", "Quality of supply", false},
    {"channels", "办电渠道与系统", "Channels and the app", false},
    {"other", "其他", "Other", false},
};

const Named kDepartments[] = {
    {"marketing", "营销部", "Marketing"},
    {"equipment", "设备部", "Equipment"},
    {"dispatch_control", "调控中心", "Dispatch and control"},
    {"materials", "物资部", "Materials"},
    {"development", "发展部", "Development"},
};

const Named kStatuses[] = {
    {"received", "已受理", "Received"},
    {"assigned", "已派单", "Assigned"},
    {"answered", "已答复", "Answered"},
    {"closed", "已办结", "Closed"},
};

Error field_error(const char* field, const std::string& zh, const std::string& en) { return make_error("invalid", field, zh, en); }

}  // namespace

const Named& named(CaseKind k) { return kKinds[static_cast<int>(k)]; }
const char* to_string(CaseKind k) { return named(k).code; }
std::optional<CaseKind> parse_case_kind(std::string_view s) {
  for (int i = 0; i < 4; ++i)
    if (s == kKinds[i].code) return static_cast<CaseKind>(i);
  return std::nullopt;
}
const std::vector<CaseKind>& all_case_kinds() {
  static const std::vector<CaseKind> v = {CaseKind::complaint, CaseKind::report, CaseKind::opinion, CaseKind::suggestion};
  return v;
}

const std::vector<CaseCategory>& case_categories() { return kCategories; }
const CaseCategory* find_case_category(std::string_view code) {
  for (const auto& c : kCategories)
    if (code == c.code) return &c;
  return nullptr;
}
bool is_prohibition(std::string_view category) {
  const auto* c = find_case_category(category);
  return c && c->prohibition;
}

const Named& named(Department d) { return kDepartments[static_cast<int>(d)]; }
const char* to_string(Department d) { return named(d).code; }
std::optional<Department> parse_department(std::string_view s) {
  for (int i = 0; i < 5; ++i)
    if (s == kDepartments[i].code) return static_cast<Department>(i);
  return std::nullopt;
}
const std::vector<Department>& all_departments() {
  static const std::vector<Department> v = {Department::marketing, Department::equipment, Department::dispatch_control,
                                            Department::materials, Department::development};
  return v;
}

const Named& named(CaseStatus s) { return kStatuses[static_cast<int>(s)]; }
const char* to_string(CaseStatus s) { return named(s).code; }
std::optional<CaseStatus> parse_case_status(std::string_view s) {
  for (int i = 0; i < 4; ++i)
    if (s == kStatuses[i].code) return static_cast<CaseStatus>(i);
  return std::nullopt;
}

Status check_case_step(CaseStatus s, CaseStep step, bool rated) {
  auto no = [](const std::string& zh, const std::string& en) { return make_error("not_allowed_now", "", zh, en); };
  switch (step) {
    case CaseStep::assign:
      if (s == CaseStatus::received || s == CaseStatus::assigned) return std::nullopt;
      return no("已答复或已办结的诉求不能再派单", "an answered or closed case cannot be assigned");
    case CaseStep::answer:
      if (s == CaseStatus::assigned) return std::nullopt;
      return no("只有已派单、未答复的诉求可以答复", "only an assigned case not yet answered can be answered");
    case CaseStep::close:
      if (s == CaseStatus::answered) return std::nullopt;
      return no("诉求答复后才能办结", "a case is closed after it has been answered");
    case CaseStep::rate:
      if (s != CaseStatus::closed) return no("诉求办结后才能评价", "a case is rated after it is closed");
      if (rated) return no("该诉求已评价", "this case has already been rated");
      return std::nullopt;
  }
  return no("不支持的操作", "unknown step");
}

CaseStatus status_after(CaseStatus s, CaseStep step) {
  switch (step) {
    case CaseStep::assign: return CaseStatus::assigned;
    case CaseStep::answer: return CaseStatus::answered;
    case CaseStep::close: return CaseStatus::closed;
    case CaseStep::rate: return s;
  }
  return s;
}

Role case_desk(CaseKind k) { return k == CaseKind::report ? Role::discipline_inspector : Role::command_center; }

Status validate_case_submission(const CaseSubmission& s) {
  const auto kind = parse_case_kind(s.kind);
  if (!kind)
    return field_error("kind", "类别应为 complaint（投诉）、report（举报）、opinion（意见）或 suggestion（建议）",
                       "kind must be complaint, report, opinion or suggestion");
  const auto* cat = find_case_category(s.category);
  if (!cat) return field_error("category", "未知的诉求分类：" + s.category, "unknown category: " + s.category);
  if (cat->prohibition && *kind != CaseKind::complaint && *kind != CaseKind::report)
    return field_error("category", "“十个不准”分类只用于投诉或举报（M6）", "a ten-prohibitions category is for complaints and reports only (M6)");
  if (auto e = validate::text(s.text, "text", kCaseTextMin, kCaseTextMax)) return e;
  if (s.anonymous && *kind != CaseKind::report)
    return field_error("anonymous", "只有举报可以匿名（M6）", "only a report may be anonymous (M6)");
  if (!s.contact_phone.empty()) {
    if (auto e = validate::mobile_phone(s.contact_phone, "contact_phone")) return e;
  } else if (!s.has_account && !s.anonymous) {
    return make_error("required", "contact_phone", "请填写手机号码，用于查询办理结果", "a mobile number is required to follow the outcome");
  }
  if (!s.contact_name.empty())
    if (auto e = validate::text(s.contact_name, "contact_name", 1, kCaseNameMax)) return e;
  if (s.anonymous && !s.contact_name.empty())
    return field_error("contact_name", "匿名举报不填写姓名", "an anonymous report carries no name");
  if (s.application_number.size() > 40)
    return field_error("application_number", "申请编号过长", "application_number is too long");
  return std::nullopt;
}

Status validate_case_closing(const CaseClosing& c, std::string_view category) {
  if (!c.note.empty())
    if (auto e = validate::text(c.note, "note", 1, 2000)) return e;
  if (!c.department.empty() && !parse_department(c.department))
    return field_error("responsible_department", "未知的部门：" + c.department, "unknown department: " + c.department);
  if (!c.team.empty())
    if (auto e = validate::text(c.team, "responsible_team", 1, 60)) return e;
  // rule M6: a founded case of the ten prohibitions is traced to department, team and person.
  if (c.founded && is_prohibition(category)) {
    if (c.department.empty())
      return make_error("required", "responsible_department", "查实的“十个不准”问题须落实责任部门（M6）",
                        "a founded ten-prohibitions case names the responsible department (M6)");
    if (c.team.empty())
      return make_error("required", "responsible_team", "查实的“十个不准”问题须落实责任班组（M6）",
                        "a founded ten-prohibitions case names the responsible team (M6)");
    if (!c.has_person)
      return make_error("required", "responsible_person", "查实的“十个不准”问题须落实责任人（M6）",
                        "a founded ten-prohibitions case names the responsible person (M6)");
  }
  return std::nullopt;
}

Status validate_callback(const CallbackAnswers& a) {
  if (!a.reached && (a.satisfied || a.extra_document || a.visited_more_than_once || a.asked_to_pay || a.exceeded_time || !a.other.empty()))
    return field_error("reached", "未接通的回访不能记录客户的答复", "a call that did not reach the customer records no answers");
  if (a.reached && !a.satisfied)
    return make_error("required", "satisfied", "接通后请记录客户是否满意", "record whether the customer is satisfied");
  if (!a.other.empty())
    if (auto e = validate::text(a.other, "other", 1, 1000)) return e;
  return std::nullopt;
}

std::vector<CallbackMismatch> callback_mismatches(const CallbackAnswers& a, const CallbackRecord& r) {
  std::vector<CallbackMismatch> out;
  if (!a.reached) return out;
  // rule D1: no document may be demanded beyond the two (D5's list); the record holds no other.
  if (a.extra_document)
    out.push_back({"extra_document", "extra_documents", "客户称被要求提供额外资料，而办电只需两证（D1）",
                   "the customer says an extra document was asked for; only the two documents are allowed (D1)"});
  // rules G1, G4: zero visits; the record shows none beyond the site survey.
  if (a.visited_more_than_once)
    out.push_back({"visited_more_than_once", "shirking_delay", "客户称多次往返，而承诺“一次都不跑”（G1）",
                   "the customer says they had to come more than once; the promise is zero visits (G1)"});
  // rule F1: no fee but the recorded dual-power fee.
  if (a.asked_to_pay && !r.fee_recorded)
    out.push_back({"asked_to_pay", "extra_cost", "客户称被要求付费，而记录中无任何收费（F1）",
                   "the customer says they were asked to pay; the record holds no fee (F1)"});
  // The record says the limit was kept; the customer says it was not (a record made to look on time).
  if (a.exceeded_time && r.has_limit && r.on_time)
    out.push_back({"exceeded_time", "exceeded_limit", "客户称超出时限，而记录显示按时办结",
                   "the customer says the limit was exceeded; the record says it was kept"});
  return out;
}

}  // namespace gp
