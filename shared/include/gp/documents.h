// Documents: what a customer must give (rules D1, D5, D6), how the service hall takes an
// application with what it has (rule D3), and what is archived at each stage (rules D7, D8).
#pragma once
#include <array>
#include <set>
#include <string_view>
#include <string>
#include <vector>

#include "gp/codes.h"
#include "gp/facts.h"

namespace gp {

// One accepted kind of proof for a document (e.g. 居民身份证 for identity_proof).
struct ProofKind {
  const char* code;
  const char* zh;
  const char* en;
};

struct DocumentRequirement {
  DocumentCode code;
  std::vector<ProofKind> accepted;
  std::string note_zh;  // what exactly (original or copy, the specific certificate) — seed attachment 1
  std::string note_en;
  const char* rule;     // "D5", "D1", "D6"
};

// The documents an application needs (rules D1, D5, D6), in order; the first is always the
// identity or subject proof. Never more than the policy allows (D1: no other document may be demanded).
std::vector<DocumentRequirement> required_documents(const Facts& f);

// Rule D3: the service hall's decision with the documents the customer brought.
enum class HallIntake {
  complete,                // 两证办结: everything present
  accept_with_gaps,        // 容缺办理: subject/identity proof present; the rest collected at the site survey
  guide_to_reservation,    // nothing usable: guide the customer to an online zero-document reservation
};
const char* to_string(HallIntake v);
HallIntake hall_intake(const std::vector<DocumentRequirement>& required, const std::set<DocumentCode>& present);

// Rule D7: the archive checklist (seed attachment 2), as data.
enum class Mark { none, required, conditional };  // blank, √, △
struct ArchiveItem {
  const char* stage;  // application | site_survey | supply_plan | design_review | inspection | connect | contract
  const char* stage_zh;
  const char* stage_en;
  const char* code;
  const char* zh;
  const char* en;
  // Marks per customer type, in the order of CustomerType (lv_residential ... base_station_5g; hv is
  // the attachment's last column, mapped to its enum position).
  std::array<Mark, 8> marks;
  const char* condition_zh;  // when a △ item is needed
  const char* condition_en;
};
const std::vector<ArchiveItem>& archive_checklist();
Mark archive_mark(const ArchiveItem& item, CustomerType t);

// The checklist of one application: each item for its customer type, with △ items resolved
// against the facts (e.g. the agent's letter only when an agent acts).
struct ArchiveEntry {
  const ArchiveItem* item;
  Mark mark;        // as in the table
  bool needed;      // required, or conditional and its condition holds for these facts
};
std::vector<ArchiveEntry> archive_checklist_for(const Facts& f, bool has_design_review);

// Rule D8: low-voltage business done in the app keeps electronic archives only.
bool electronic_archive_only(const Facts& f, bool done_online);
// Rule D8 ("低压手机APP办理的业务，取消纸质档案管理"): only the "online" channel is business done in the
// app; the service hall, the kiosk standing in the hall (D2) and staff-taken proactive applications
// keep the paper archive.
bool done_in_app(std::string_view channel);

}  // namespace gp
