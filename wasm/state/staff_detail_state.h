// The staff's panels on an application's detail screen (issue 5): its documents (images previewed
// in the app, PDFs downloaded), the archive checklist (rule D7) with what is still missing, the
// supporting works (rules W1–W3) with their limits, agreed dates, funding route and progress, the
// outage/energizing plan level (rule O1), and handling (acknowledging) a warning (rule M2).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/request.h"

namespace state {

struct DocRow {
  long long id = 0;
  std::string kind, kind_name, filename, mime, url, uploaded_at;
  double size = 0;
  bool image = false;  // PNG/JPEG: previewed in the app
};
std::vector<DocRow> doc_rows(const nlohmann::json& app);

// One line of the archive checklist (rule D7) for this application.
enum class ArchiveState { OnFile, Missing, Later, NotNeeded };
struct ArchiveRow {
  std::string stage, stage_name, code, name;
  bool required = false;    // √ (else △, needed here or not)
  ArchiveState state = ArchiveState::Later;
  std::string source;       // how it is on file: "document", "electronic" (the system's own record), "contract"
};
// Resolves each item of app["archive_checklist"] against what the application holds: uploaded
// documents (by kind, and the D5 checklist), forms the system itself produced as steps finished
// (D8: electronic archives), the signed contract. A needed item of a step already reached and not
// on file is Missing; of a later step, Later.
std::vector<ArchiveRow> archive_rows(const nlohmann::json& app);
int count_missing(const std::vector<ArchiveRow>& rows);

struct SupportingWorksRow {
  int item = 0;
  std::string name, funding, agreed_date, started, done_at, level, deadline;
  double voltage_kv = 0, limit = 0;
  std::optional<double> used, remaining, fraction;  // working days; share of the W1 limit used
  bool urgent = false, done = false;
  bool agreed_after_customer = false;  // W2 broken: agreed later than the customer's own works
};
std::vector<SupportingWorksRow> works_rows(const nlohmann::json& app);

// The application's warning and whether it can be handled by this role now.
struct WarningInfo {
  std::string level;   // normal | warning | overdue
  int escalation = 0;  // 0 none, 1 customer manager, 2 command center, 3 leadership
  bool acknowledged = false;
  std::string acknowledged_note, acknowledged_by, acknowledged_at;
};
WarningInfo warning_info(const nlohmann::json& app);
bool can_acknowledge(const WarningInfo& w, const std::string& role);

// The internal events staff see (notes, supervision trail), newest first.
struct StaffEvent {
  std::string at, label, actor, detail;
};
std::vector<StaffEvent> staff_events(const nlohmann::json& app, std::size_t max = 30);

struct StaffDetailState {
  std::string number;           // the application the state belongs to
  std::string ack_note, ack_error, ack_notice;
  Pending ack;                  // POST /applications/{n}/acknowledge in flight
  bool show_archive_all = false;
  bool show_trail = false;
  long long viewing = 0;        // document id shown large (0: none)
  bool reload = false;          // ask the detail screen to fetch the application again
};
// Resets the state when another application is shown.
void staff_detail_for(StaffDetailState& s, const std::string& number);

// What the user did on the staff's panels this frame (ui/screens/detail_staff_screen).
struct DetailStaffIntent {
  bool acknowledge = false;
  bool note_edited = false;
  std::string download_url, download_name;  // a PDF (or any file) to download (the controller)
  long long view = -1;                       // document id to show large (0: close)
  bool toggle_archive = false;
  bool toggle_trail = false;
  // Filled by the controller:
  std::string number;                        // the application shown
};

// Handling a warning (rule M2) posts the note; when it is done `reload` asks the detail screen to
// fetch the application again (the detail screen takes it with take_staff_reload).
Requests apply(AppState& s, const DetailStaffIntent& in);
// The staff panels' answer to the detail screen: true once after an action changed the application.
bool take_staff_reload(AppState& s);

}  // namespace state
