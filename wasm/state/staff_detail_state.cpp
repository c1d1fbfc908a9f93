#include "state/staff_detail_state.h"

#include <algorithm>
#include <set>

#include "gp/codes.h"
#include "state/app_state.h"
#include "state/board_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

namespace {

const nlohmann::json& arr(const nlohmann::json& j, const char* k) {
  static const nlohmann::json empty = nlohmann::json::array();
  return j.is_object() && j.contains(k) && j.at(k).is_array() ? j.at(k) : empty;
}

std::optional<double> opt_num(const nlohmann::json& j, const char* k) {
  if (j.is_object() && j.contains(k) && j.at(k).is_number()) return j.at(k).get<double>();
  return std::nullopt;
}

std::string document_name(const std::string& kind) {
  if (auto d = gp::parse_document(kind)) return pick(gp::named(*d).zh, gp::named(*d).en);
  const std::string key = "sd.kind." + kind;
  return has_key(key) ? tr(key) : kind;
}

}  // namespace

std::vector<DocRow> doc_rows(const nlohmann::json& app) {
  std::vector<DocRow> out;
  for (const auto& d : arr(app, "documents")) {
    DocRow r;
    r.id = d.value("id", 0LL);
    r.kind = jstr(d, "kind");
    r.kind_name = document_name(r.kind);
    r.filename = jstr(d, "filename");
    r.mime = jstr(d, "mime");
    r.url = jstr(d, "url");
    r.uploaded_at = jstr(d, "uploaded_at");
    r.size = opt_num(d, "size").value_or(0);
    r.image = r.mime == "image/png" || r.mime == "image/jpeg";
    out.push_back(r);
  }
  return out;
}

std::vector<ArchiveRow> archive_rows(const nlohmann::json& app) {
  // What the application holds.
  std::set<std::string> kinds;      // uploaded documents by kind
  for (const auto& d : arr(app, "documents")) kinds.insert(jstr(d, "kind"));
  std::set<std::string> present;    // the D5 checklist's documents present
  for (const auto& c : arr(app, "checklist"))
    if (jstr(c, "state") == "present") present.insert(jstr(c, "code"));
  std::set<std::string> events;     // what happened (each step's own record, D8)
  for (const auto& e : arr(app, "events")) events.insert(jstr(e, "type"));
  std::map<std::string, std::string> stage_state;  // stage code -> pending | active | done
  for (const auto& s : arr(app, "stages")) stage_state[jstr(s, "code")] = jstr(s, "state");
  const bool signed_contract = app.is_object() && app.contains("contract") && app.at("contract").is_object() &&
                               app.at("contract").value("signed", false);
  const bool contract_available = app.is_object() && app.contains("contract") && app.at("contract").is_object() &&
                                  app.at("contract").value("available", false);
  const std::string status = jstr(app, "status");
  const bool finished = status == "completed";

  auto started = [&](std::initializer_list<const char*> codes) {
    for (const char* c : codes) {
      auto it = stage_state.find(c);
      if (it != stage_state.end() && it->second != "pending") return true;
    }
    return false;
  };
  auto has = [&](std::initializer_list<const char*> xs, const std::set<std::string>& in) {
    for (const char* x : xs)
      if (in.count(x)) return true;
    return false;
  };

  std::vector<ArchiveRow> out;
  for (const auto& a : arr(app, "archive_checklist")) {
    ArchiveRow r;
    r.stage = jstr(a, "stage");
    r.stage_name = jtext(a, "stage");
    r.code = jstr(a, "code");
    r.name = jtext(a);
    r.required = jstr(a, "mark") == "required";
    const std::string need = jstr(a, "state");  // required | needed | conditional (not for this case)
    if (need == "conditional") {
      r.state = ArchiveState::NotNeeded;
      out.push_back(r);
      continue;
    }
    // On file?
    const std::string& c = r.code;
    if (c == "registration_form" && events.count("submitted")) r.source = "electronic";
    else if (c == "identity_or_subject_proof" && has({"identity_proof", "subject_proof"}, present)) r.source = "document";
    else if (c == "identity_or_subject_proof" && has({"identity_proof", "subject_proof"}, kinds)) r.source = "document";
    else if (c == "property_proof" && has({"property_proof", "address_list"}, present)) r.source = "document";  // 5G: the address list (D5 #8)
    else if (c == "property_proof" && has({"property_proof", "address_list"}, kinds)) r.source = "document";
    else if (c == "agent_documents" && has({"agent_authorization"}, present) && has({"agent_identity"}, present)) r.source = "document";
    else if (c == "project_approval" && (present.count("project_approval") || kinds.count("project_approval"))) r.source = "document";
    else if (c == "site_survey_form" && events.count("site_survey")) r.source = "electronic";
    else if (c == "supply_plan_reply" && (events.count("reply_supply_plan") || kinds.count("supply_plan_reply"))) r.source = "electronic";
    else if ((c == "design_submission" || c == "designer_qualification") && (events.count("submit_design") || kinds.count("design_document")))
      r.source = "document";
    else if (c == "design_review_opinion" && events.count("complete_design_review")) r.source = "electronic";
    else if ((c == "completion_documents" || c == "contractor_licences") && kinds.count("completion_documents")) r.source = "document";
    else if (c == "completion_report" && events.count("finish_customer_works")) r.source = "electronic";
    else if (c == "completion_opinion" && events.count("complete_inspection")) r.source = "electronic";
    else if (c == "metering_form" && events.count("install_meter")) r.source = "electronic";
    else if (c == "energizing_form" && (events.count("energize") || events.count("complete_change"))) r.source = "electronic";
    else if (c == "supply_contract" && (signed_contract || events.count("contract_signed"))) r.source = "contract";
    else if (kinds.count(c)) r.source = "document";
    if (!r.source.empty()) {
      r.state = ArchiveState::OnFile;
      out.push_back(r);
      continue;
    }
    // Not on file: missing once its step is reached, else later.
    bool reached = finished;
    if (r.stage == "application" || r.stage == "site_survey") reached = true;
    else if (r.stage == "supply_plan") reached = reached || started({"supply_plan", "application_with_plan"});
    else if (r.stage == "design_review") reached = reached || started({"design_review"});
    else if (r.stage == "inspection") reached = reached || started({"mid_inspection", "connect"});
    else if (r.stage == "connect") reached = reached || started({"connect"});
    else if (r.stage == "contract") reached = reached || contract_available;
    r.state = reached ? ArchiveState::Missing : ArchiveState::Later;
    out.push_back(r);
  }
  return out;
}

int count_missing(const std::vector<ArchiveRow>& rows) {
  return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const ArchiveRow& r) { return r.state == ArchiveState::Missing; }));
}

std::vector<SupportingWorksRow> works_rows(const nlohmann::json& app) {
  std::vector<SupportingWorksRow> out;
  // The customer's own works' completion (rule W2: the agreed date never after it).
  std::string customer_done;
  for (const auto& s : arr(app, "stages"))
    if (jstr(s, "code") == "customer_works" && s.contains("deadline") && s.at("deadline").is_string())
      customer_done = short_date(s.at("deadline").get<std::string>());
  for (const auto& w : arr(app, "supporting_works")) {
    SupportingWorksRow r;
    r.item = w.value("item", 0);
    r.name = jtext(w);
    r.funding = jtext(w, "funding_route");
    if (r.funding.empty()) r.funding = jstr(w, "funding_route_zh");
    r.agreed_date = jstr(w, "agreed_completion_date");
    r.started = jstr(w, "started_at");
    r.done_at = w.contains("done_at") && w.at("done_at").is_string() ? w.at("done_at").get<std::string>() : "";
    r.level = jstr(w, "level");
    r.deadline = w.contains("deadline") && w.at("deadline").is_string() ? w.at("deadline").get<std::string>() : "";
    r.voltage_kv = opt_num(w, "voltage_kv").value_or(0);
    r.limit = opt_num(w, "limit_working_days").value_or(0);
    r.used = opt_num(w, "elapsed_working_days");
    r.remaining = opt_num(w, "remaining_working_days");
    r.fraction = opt_num(w, "used_fraction");
    r.urgent = w.value("urgent", false);
    r.done = !r.done_at.empty() || w.value("done", false);
    r.agreed_after_customer = !customer_done.empty() && !r.agreed_date.empty() && r.agreed_date > customer_done;
    out.push_back(r);
  }
  return out;
}

WarningInfo warning_info(const nlohmann::json& app) {
  WarningInfo w;
  w.level = jstr(app, "level");
  w.escalation = app.is_object() ? app.value("escalation", 0) : 0;
  // The last acknowledgement after the last rise is the one in force.
  for (const auto& e : arr(app, "events")) {
    const std::string t = jstr(e, "type");
    if (t == "escalated" || t == "sla_warning" || t == "sla_overdue") {
      w.acknowledged = false;
    } else if (t == "warning_acknowledged") {
      w.acknowledged = true;
      w.acknowledged_at = jstr(e, "at");
      w.acknowledged_note = e.contains("data") ? jstr(e.at("data"), "note") : "";
      w.acknowledged_by = e.contains("actor") && e.at("actor").is_object() ? jstr(e.at("actor"), "name") : "";
    }
  }
  return w;
}

bool can_acknowledge(const WarningInfo& w, const std::string& role) {
  // Each role answers for its level (rule M2): a warning that rose past it is handled above.
  return w.escalation >= 1 && !w.acknowledged && w.escalation <= handling_level(role);
}

std::vector<StaffEvent> staff_events(const nlohmann::json& app, std::size_t max) {
  std::vector<StaffEvent> out;
  const auto& ev = arr(app, "events");
  for (auto it = ev.rbegin(); it != ev.rend() && out.size() < max; ++it) {
    const auto& e = *it;
    StaffEvent s;
    s.at = short_time(jstr(e, "at"));
    s.label = jtext(e, "label");
    if (e.contains("actor") && e.at("actor").is_object()) s.actor = jstr(e.at("actor"), "name");
    if (e.contains("data") && e.at("data").is_object()) {
      const auto& d = e.at("data");
      for (const char* k : {"note", "message", "reason", "opinion"})
        if (!jstr(d, k).empty()) {
          s.detail = jstr(d, k);
          break;
        }
      if (s.detail.empty() && d.contains("escalation_to")) s.detail = jstr(d, "escalation_to");
    }
    out.push_back(s);
  }
  return out;
}

void staff_detail_for(StaffDetailState& s, const std::string& number) {
  if (s.number == number) return;
  s = StaffDetailState{};
  s.number = number;
}

namespace {
Pending& ack_slot(AppState& s) { return s.staff.detail.ack; }
}  // namespace

Requests apply(AppState& s, const DetailStaffIntent& in) {
  auto& x = s.staff.detail;
  staff_detail_for(x, in.number);
  Requests out;
  if (in.view >= 0) x.viewing = in.view;
  if (in.toggle_archive) x.show_archive_all = !x.show_archive_all;
  if (in.toggle_trail) x.show_trail = !x.show_trail;
  if (in.note_edited) x.ack_error.clear();
  if (in.acknowledge && !x.ack.busy()) {  // rule M2: handling the warning
    if (x.ack_note.empty()) {
      x.ack_error = tr("board.ack_note_required");
    } else {
      out.push_back(pending(s, ack_slot, post("/applications/" + url_encode(in.number) + "/acknowledge", {{"note", x.ack_note}},
                                              [](AppState& st, const net::ApiReply& r) {
                                                auto& xx = st.staff.detail;
                                                if (!r.ok()) {
                                                  xx.ack_error = reply_text(r);
                                                  return Requests{};
                                                }
                                                xx.ack_note.clear();
                                                xx.ack_notice = tr("board.ack_done");
                                                xx.reload = true;  // the detail screen fetches the application again
                                                return Requests{};
                                              })));
    }
  }
  return out;
}

bool take_staff_reload(AppState& s) {
  auto& x = s.staff.detail;
  if (!x.reload) return false;
  x.reload = false;
  return true;
}

}  // namespace state
