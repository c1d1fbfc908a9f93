#include "ui/screens/detail_screen.h"

#include <string>

#include "state/customer_common.h"
#include "state/strings.h"
#include "state/timeline.h"
#include "ui/timeline_view.h"
#include "ui/upload_slot.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::jstr;
using state::jtext;
using state::tr;
using state::trf;

namespace {

// A row of five "stars" (buttons 1..5); returns the score picked or `current`.
int stars(const char* id, std::string_view label, int current, bool enabled) {
  text(label);
  int picked = current;
  for (int i = 1; i <= 5; ++i) {
    if (i > 1) same_line(4);
    ButtonOpts o;
    o.style = i <= current ? ButtonStyle::Primary : ButtonStyle::Secondary;
    o.enabled = enabled;
    const std::string sid = std::string(id) + "." + std::to_string(i);
    if (button(sid.c_str(), "★", o)) picked = i;
  }
  if (current > 0) {
    same_line(12);
    text(trf("rate.score_n", {std::to_string(current)}), Tone::Muted);
  }
  return picked;
}

void summary(const nlohmann::json& a) {
  card_begin("detail.summary");
  heading("detail.number", jstr(a, "number"), 1);
  text("detail.what", jtext(a.value("business", nlohmann::json::object())) + " · " + jtext(a.value("customer_type", nlohmann::json::object())));
  text("detail.address", jstr(a, "address"), Tone::Muted);
  const std::string status = jstr(a, "status");
  const Tone tone = status == "completed" ? Tone::Success : jstr(a, "level") == "overdue" ? Tone::Error : Tone::Accent;
  std::string st = state::status_text(status);
  if (a.contains("current_stage") && a.at("current_stage").is_object()) st += " · " + jtext(a.at("current_stage"));
  text("detail.status", st, tone);
  field_row("detail.submitted", tr("track.submitted"), state::short_time(jstr(a, "submitted_at")));
  field_row("detail.limit", tr("track.limit"), trf("common.days_n", {std::to_string(a.value("time_limit_working_days", 0))}));
  if (const std::string scope = state::limit_scope_text(a); !scope.empty()) text("detail.limit.scope", scope, Tone::Muted);
  const std::string deadline = state::short_time(jstr(a, "deadline"));
  if (!deadline.empty() && status != "completed" && status != "withdrawn") {
    std::string d = deadline;
    if (a.contains("remaining_working_days") && a.at("remaining_working_days").is_number())
      d += " " + trf("my.remaining", {state::days_number(a.at("remaining_working_days").get<double>())});
    field_row("detail.deadline", tr("track.deadline"), d);
  }
  const std::string done = state::short_time(jstr(a, "completed_at"));
  if (!done.empty()) field_row("detail.completed", tr("detail.completed"), done);
  // rule F1: the one fee there is, as recorded with the supply plan (dual-power customers only).
  const nlohmann::json plan = a.value("plan", nlohmann::json::object());
  if (plan.is_object() && plan.contains("high_reliability_fee") && plan.at("high_reliability_fee").is_object())
    field_row("detail.fee", tr("detail.fee"), trf("indicators.yuan", {jstr(plan.at("high_reliability_fee"), "yuan")}) + " (F1)");
  card_end();
}

}  // namespace

state::DetailIntent draw_detail(state::DetailState& s, bool customer, const ui::FormClock& clock) {
  state::DetailIntent in;
  if (link("detail.back", tr("nav.back"))) in.back = true;
  if (!s.error.empty()) {
    text("detail.error", s.error, Tone::Error);
    if (button("detail.retry", tr("common.retry"))) in.reload = true;
  }
  if (!s.app.is_object()) {
    if (s.error.empty()) text("detail.loading", tr("common.loading"), Tone::Muted);
    return in;
  }
  const auto& a = s.app;
  summary(a);
  if (!s.notice.empty()) text("detail.notice", s.notice, Tone::Success);

  if (customer) {  // what the customer must do now
    spacing(8);
    card_begin("detail.todo");
    heading("detail.todo.title", tr("detail.todo_title"), 2);
    int i = 0;
    for (const auto& t : state::customer_todo(a))
      text(("detail.todo." + std::to_string(i++)).c_str(), "• " + t.text, t.key == "none" || t.key == "finished" ? Tone::Normal : Tone::Accent);
    card_end();
  }

  spacing(8);
  card_begin("detail.timeline.card");
  heading("detail.timeline.title", tr("detail.timeline_title"), 2);
  draw_timeline("detail.timeline", state::stage_rows(a));
  draw_works_clock("detail.works_clock", a);
  card_end();

  // The server's next actions, each a form built from its field descriptors.
  if (!s.actions.empty()) {
    spacing(8);
    card_begin("detail.actions");
    heading("detail.actions.title", tr("detail.actions_title"), 2);
    for (std::size_t i = 0; i < s.actions.size(); ++i) {
      auto& f = s.actions[i];
      const std::string b = "detail.action." + f.action;
      ButtonOpts o;
      o.style = f.open ? ButtonStyle::Primary : f.action == "withdraw" ? ButtonStyle::Danger : ButtonStyle::Secondary;
      o.full_width = is_narrow();
      if (!f.open && button(b.c_str(), state::action_label(f), o)) in.toggle_action = static_cast<int>(i);
      if (f.open) {
        card_begin((b + ".card").c_str());
        heading((b + ".title").c_str(), state::action_label(f), 2);
        const auto fi = draw_action_form(("detail.form." + f.action).c_str(), f, clock);
        if (fi.edited) in.edited_action = static_cast<int>(i);
        if (fi.submit) in.submit_action = static_cast<int>(i);
        if (fi.cancel) in.toggle_action = static_cast<int>(i);
        card_end();
      }
    }
    card_end();
  }

  // The contract (rule P1).
  const auto& contract = a.value("contract", nlohmann::json::object());
  if (contract.value("available", false) || contract.value("signed", false)) {
    spacing(8);
    card_begin("detail.contract.card");
    heading("detail.contract.title", tr("contract.title"), 2);
    const bool signed_ = contract.value("signed", false);
    text("detail.contract.state",
         signed_ ? trf("detail.contract_signed", {state::short_time(jstr(contract, "signed_at"))}) : std::string(tr("detail.contract_unsigned")),
         signed_ ? Tone::Success : Tone::Accent);
    ButtonOpts o;
    o.style = signed_ || !customer ? ButtonStyle::Secondary : ButtonStyle::Primary;
    o.full_width = is_narrow();
    if (button("detail.contract", signed_ || !customer ? tr("detail.contract_view") : tr("detail.contract_sign"), o)) in.contract = true;
    card_end();
  }

  // The works contract (服务契约, rule W2): the supporting works' agreed dates, signed online.
  const auto& wc = a.value("works_contract", nlohmann::json());
  if (wc.is_object()) {
    spacing(8);
    card_begin("detail.works_contract.card");
    heading("detail.works_contract.title", tr("works_contract.title"), 2);
    const bool signed_ = wc.value("signed", false);
    text("detail.works_contract.state",
         signed_ ? trf("detail.contract_signed", {state::short_time(jstr(wc, "signed_at"))}) : std::string(tr("detail.works_contract_unsigned")),
         signed_ ? Tone::Success : Tone::Accent);
    if (wc.value("breach", false)) text("detail.works_contract.breach", tr("detail.works_contract_breach"), Tone::Error);
    ButtonOpts o;
    o.style = signed_ || !customer ? ButtonStyle::Secondary : ButtonStyle::Primary;
    o.full_width = is_narrow();
    if (button("detail.works_contract", signed_ || !customer ? tr("detail.contract_view") : tr("detail.works_contract_sign"), o))
      in.works_contract = true;
    card_end();
  }

  // Rating once energized (rules P1, M3).
  if (a.contains("rating") && a.at("rating").is_object()) {
    spacing(8);
    card_begin("detail.rating.card");
    heading("detail.rating.title", tr("rate.title"), 2);
    const auto& r = a.at("rating");
    std::string line = trf("rate.given_service", {std::to_string(r.value("service_score", 0))});
    if (r.contains("manager_score") && r.at("manager_score").is_number())
      line += " · " + trf("rate.given_manager", {std::to_string(r.at("manager_score").get<int>())});
    text("detail.rating", line, Tone::Success);
    if (!jstr(r, "comment").empty()) text(jstr(r, "comment"), Tone::Muted);
    card_end();
  } else if (customer && state::can_rate(a)) {
    spacing(8);
    card_begin("detail.rate.card");
    heading("detail.rate.title", tr("rate.title"), 2);
    text(tr("rate.intro"), Tone::Muted);
    auto& rf = s.rating;
    const bool busy = rf.pending.busy();
    int v = stars("detail.rate.service", tr("rate.service"), rf.service, !busy);
    if (v != rf.service) { rf.service = v; in.rate_edited = true; }
    if (!field_error(rf.errors, "service_score").empty()) text("detail.rate.service.error", field_error(rf.errors, "service_score"), Tone::Error);
    if (a.contains("customer_manager") && a.at("customer_manager").is_object()) {
      v = stars("detail.rate.manager", trf("rate.manager", {jstr(a.at("customer_manager"), "name")}), rf.manager, !busy);
      if (v != rf.manager) { rf.manager = v; in.rate_edited = true; }
      if (!field_error(rf.errors, "manager_score").empty()) text("detail.rate.manager.error", field_error(rf.errors, "manager_score"), Tone::Error);
    }
    InputOpts c;
    c.error = field_error(rf.errors, "comment");
    c.max_bytes = 1500;
    c.enabled = !busy;
    in.rate_edited |= input_text("detail.rate.comment", tr("rate.comment"), rf.comment, c);
    if (!field_error(rf.errors, "form").empty()) text("detail.rate.error", field_error(rf.errors, "form"), Tone::Error);
    ButtonOpts o;
    o.style = ButtonStyle::Primary;
    o.enabled = !busy;
    o.full_width = is_narrow();
    if (button("detail.rate.submit", busy ? tr("common.loading") : tr("rate.submit"), o)) in.rate_submit = true;
    card_end();
  }

  // Who to call (rule G6: a customer manager and a project manager).
  spacing(8);
  card_begin("detail.managers");
  heading("detail.managers.title", tr("detail.managers_title"), 2);
  const std::string cm = state::manager_line(a);
  field_row("detail.manager", tr("stage.role.customer_manager"), cm.empty() ? std::string(tr("detail.manager_pending")) : cm);
  if (a.contains("project_manager") && a.at("project_manager").is_object())
    field_row("detail.project_manager", tr("stage.role.project_manager"), jstr(a.at("project_manager"), "name"));
  const std::string status = jstr(a, "status");
  if (customer && status != "completed" && status != "withdrawn" && link("detail.choose_manager", tr("detail.choose_manager")))
    in.choose_manager = true;
  card_end();

  // Documents (rules D1, D3, D5): what is there, what may still be added.
  spacing(8);
  card_begin("detail.documents");
  heading("detail.documents.title", tr("detail.documents_title"), 2);
  const bool open = status != "completed" && status != "withdrawn";
  for (std::size_t i = 0; i < s.uploads.size(); ++i) {
    const auto si = draw_upload_slot(("detail.doc." + std::to_string(i)).c_str(), s.uploads[i], open, open);
    if (si.pick) in.pick = static_cast<int>(i);
    if (si.retry) in.retry = static_cast<int>(i);
  }
  if (a.contains("documents") && a.at("documents").is_array() && !a.at("documents").empty()) {
    text(tr("detail.uploaded"), Tone::Muted);
    int i = 0;
    for (const auto& d : a.at("documents"))
      text(("detail.file." + std::to_string(i++)).c_str(),
           jstr(d, "filename") + " · " + state::size_text(d.value("size", 0.0)) + " · " + state::short_time(jstr(d, "uploaded_at")), Tone::Muted);
  }
  card_end();

  // History (rule M5: everything traced).
  spacing(8);
  if (link("detail.events.toggle", s.show_events ? tr("detail.events_hide") : tr("detail.events_show"))) in.toggle_events = true;
  if (s.show_events && a.contains("events") && a.at("events").is_array()) {
    card_begin("detail.events");
    int i = 0;
    for (const auto& e : a.at("events")) {
      std::string who = e.contains("actor") && e.at("actor").is_object() ? jstr(e.at("actor"), "name") : "";
      text(("detail.event." + std::to_string(i++)).c_str(), state::short_time(jstr(e, "at")) + "  " + jtext(e, "label") + (who.empty() ? "" : "  · " + who));
    }
    card_end();
  }
  return in;
}

}  // namespace ui::screens
