#include "state/timeline.h"

#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

std::vector<StageRow> stage_rows(const nlohmann::json& app) {
  std::vector<StageRow> out;
  if (!app.is_object() || !app.contains("stages") || !app.at("stages").is_array()) return out;
  for (const auto& s : app.at("stages")) {
    StageRow r;
    r.code = jstr(s, "code");
    r.name = jtext(s);
    r.state = jstr(s, "state");
    r.started = short_time(jstr(s, "started_at"));
    r.done_at = short_time(jstr(s, "done_at"));
    r.deadline = short_time(jstr(s, "deadline"));
    if (s.contains("remaining_working_days") && s.at("remaining_working_days").is_number())
      r.remaining = s.at("remaining_working_days").get<double>();
    if (s.contains("limit_working_days") && s.at("limit_working_days").is_number())
      r.limit = s.at("limit_working_days").get<int>();
    r.customer_side = s.value("customer_side", false);
    r.company_setting = jstr(s, "source") == "company_setting";  // rule T6
    r.paused = s.value("paused", false);
    r.level = s.contains("level") && s.at("level").is_string() ? s.at("level").get<std::string>() : "normal";
    if (s.contains("holder") && s.at("holder").is_object()) {
      const auto& h = s.at("holder");
      r.holder_role = jstr(h, "role");
      r.holder_name = jstr(h, "name");
      r.holder_phone = jstr(h, "phone");
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::string stage_state_text(const StageRow& r) {
  std::string s = r.state == "done" ? tr("stage.done") : r.state == "active" ? tr("stage.active") : tr("stage.pending");
  if (r.state == "active") {
    if (r.paused) s += std::string(" · ") + tr("stage.paused");
    if (r.level == "warning") s += std::string(" · ") + tr("stage.warning");
    if (r.level == "overdue") s += std::string(" · ") + tr("stage.overdue");
  }
  return s;
}

std::string stage_detail_text(const StageRow& r) {
  if (r.state == "done") return r.done_at.empty() ? "" : trf("stage.done_at", {r.done_at});
  std::string limit = r.limit ? trf("stage.limit", {std::to_string(*r.limit)}) : std::string(tr("stage.customer_time"));
  if (r.limit && r.company_setting) limit += std::string("（") + tr("common.company_setting") + "）";  // rule T6
  if (r.state == "active") {
    std::string s;
    if (!r.deadline.empty()) s = trf("stage.deadline", {r.deadline});
    if (r.remaining) s += (s.empty() ? "" : " · ") + trf("stage.remaining", {days_number(*r.remaining)});
    return s.empty() ? limit : s + " · " + limit;
  }
  return limit;
}

std::vector<WorksClockRow> works_clock_rows(const nlohmann::json& app) {
  std::vector<WorksClockRow> out;
  if (!app.is_object() || !app.contains("supporting_works") || !app.at("supporting_works").is_array()) return out;
  for (const auto& w : app.at("supporting_works")) {
    if (!w.is_object()) continue;
    WorksClockRow r;
    r.name = jtext(w);
    if (w.contains("limit_working_days") && w.at("limit_working_days").is_number()) r.limit = w.at("limit_working_days").get<int>();
    r.agreed = jstr(w, "agreed_completion_date");
    r.started = short_time(jstr(w, "started_at"));
    r.done_at = short_time(jstr(w, "done_at"));
    r.deadline = short_time(jstr(w, "deadline"));
    if (w.contains("level") && w.at("level").is_string()) r.level = w.at("level").get<std::string>();
    out.push_back(std::move(r));
  }
  return out;
}

std::string works_clock_text(const WorksClockRow& r) {
  std::string s = trf("works_clock.item", {r.name}) + " · " + trf("stage.limit", {std::to_string(r.limit)});
  if (!r.agreed.empty()) s += " · " + trf("works_clock.agreed", {r.agreed});
  if (!r.done_at.empty()) return s + " · " + trf("stage.done_at", {r.done_at});
  if (!r.deadline.empty()) s += " · " + trf("stage.deadline", {r.deadline});
  if (r.level == "warning") s += std::string(" · ") + tr("stage.warning");
  if (r.level == "overdue") s += std::string(" · ") + tr("stage.overdue");
  return s;
}

std::string limit_scope_text(const nlohmann::json& app) {
  if (!app.is_object() || !app.contains("supporting_works") || !app.at("supporting_works").is_array() ||
      app.at("supporting_works").empty())
    return "";
  bool excludes = app.value("limit_excludes_supporting_works", false);
  if (app.contains("clocks") && app.at("clocks").is_object() && app.at("clocks").contains("application"))
    excludes = app.at("clocks").at("application").value("excludes_supporting_works", excludes);
  return tr(excludes ? "works_clock.excluded" : "works_clock.included");
}

std::string stage_holder_text(const StageRow& r) {
  if (r.state != "active" || r.holder_role.empty()) return "";  // who holds it now
  if (r.holder_role == "customer") return tr("stage.holder_you");
  const std::string key = "stage.role." + r.holder_role;
  const std::string role = has_key(key) ? tr(key) : r.holder_role;
  std::string s = role;
  if (!r.holder_name.empty()) s += " " + r.holder_name;
  if (!r.holder_phone.empty()) s += " " + r.holder_phone;
  return trf("stage.holder", {s});
}

}  // namespace state
