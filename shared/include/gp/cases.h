// Customer requests and reports (rule M6) and telephone call-backs (rule M5), the parts both the
// server and the browser need: kinds, categories (every one of the "十个不准" the seed names),
// departments, the status machine, validation with field-precise errors, and how a call-back's
// answers are compared with the record. Pure: no clock, no I/O.
//
// The seed (section 四(二)) heads the list "十个不准" but names seven behaviours followed by 等
// ("and so on"): 增收办电资料, 增加客户办电成本, 超出办电时限, 提高办电门槛, 私设审批环节, 吃拿卡要,
// 推诿拖延. Those seven are the prohibition categories here; the three it does not name are not
// invented — a case of another prohibited behaviour is filed as "other_prohibited" (also zero
// tolerance, traced like the named ones).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gp/codes.h"
#include "gp/error.h"
#include "gp/workflow.h"

namespace gp {

// rule M6: 投诉, 举报, 意见, 建议.
enum class CaseKind { complaint, report, opinion, suggestion };
const Named& named(CaseKind k);
const char* to_string(CaseKind k);
std::optional<CaseKind> parse_case_kind(std::string_view s);
const std::vector<CaseKind>& all_case_kinds();

struct CaseCategory {
  const char* code;
  const char* zh;
  const char* en;
  bool prohibition;  // one of the "十个不准" (rule M6: zero tolerance, traced to department, team, person)
};
// The prohibitions first (in the seed's order), then the general categories.
const std::vector<CaseCategory>& case_categories();
const CaseCategory* find_case_category(std::string_view code);
bool is_prohibition(std::string_view category);

// rule C2 / M6: the departments a request is assigned to.
enum class Department { marketing, equipment, dispatch_control, materials, development };
const Named& named(Department d);
const char* to_string(Department d);
std::optional<Department> parse_department(std::string_view s);
const std::vector<Department>& all_departments();

// received → assigned → answered → closed; a closed case is rated once by its customer.
enum class CaseStatus { received, assigned, answered, closed };
const Named& named(CaseStatus s);
const char* to_string(CaseStatus s);
std::optional<CaseStatus> parse_case_status(std::string_view s);

enum class CaseStep { assign, answer, close, rate };
// Whether `step` may happen now; "not_allowed_now" (HTTP 409) otherwise. Assigning again
// (re-assignment) is allowed until the case is answered; closing needs an answer; rating needs a
// closed case not yet rated.
Status check_case_step(CaseStatus s, CaseStep step, bool rated);
CaseStatus status_after(CaseStatus s, CaseStep step);

// rule M6: reports (举报) go to the discipline-inspection role, never to the command center.
Role case_desk(CaseKind k);

// A request as submitted (online, kiosk, or recorded by staff for a caller: channel "phone").
struct CaseSubmission {
  std::string kind, category, text;
  std::string contact_name, contact_phone;  // the submitter's (required without an account unless anonymous)
  std::string application_number;           // optional: "" when not about an application
  bool anonymous = false;                   // reports only: no identity recorded
  bool has_account = false;                 // a logged-in customer (their phone is known)
};
constexpr std::size_t kCaseTextMin = 5, kCaseTextMax = 2000, kCaseNameMax = 40;
// Field-precise: kind, category (a prohibition only for complaints and reports), text
// (5–2000 characters), anonymous (reports only), contact_phone (a mobile number; required without
// an account unless anonymous), contact_name (at most 40), application_number (at most 40).
Status validate_case_submission(const CaseSubmission& s);

// Closing (rule M6): whether the case was founded and, for a founded prohibition, who is
// responsible: department, team (班组/站所) and person.
struct CaseClosing {
  bool founded = false;
  std::string department, team, note;
  bool has_person = false;
};
Status validate_case_closing(const CaseClosing& c, std::string_view category);

// rule M5: a telephone call-back (电话回访) after energizing or after a closed complaint.
struct CallbackAnswers {
  bool reached = false;
  std::optional<bool> satisfied;   // only when reached
  bool extra_document = false;     // "was asked for a document beyond the two" (D1)
  bool visited_more_than_once = false;  // G1/G4: zero visits
  bool asked_to_pay = false;       // F1: no service fee
  bool exceeded_time = false;      // T1–T5 / the case's handling limit
  std::string other;               // what else the customer says (at most 1000 characters)
};
Status validate_callback(const CallbackAnswers& a);

// What the record says about the subject of the call-back.
struct CallbackRecord {
  bool fee_recorded = false;  // rule F1: the dual-power high-reliability fee was recorded
  bool on_time = true;        // the record says the limit was kept
  bool has_limit = true;      // the subject has a limit the customer can speak of
};
// One answer that contradicts the record: a case is opened (kind complaint, this category).
struct CallbackMismatch {
  std::string said;      // "extra_document" | "visited_more_than_once" | "asked_to_pay" | "exceeded_time"
  std::string category;  // a prohibition category
  std::string zh, en;    // why it contradicts the record
};
std::vector<CallbackMismatch> callback_mismatches(const CallbackAnswers& a, const CallbackRecord& r);

}  // namespace gp
