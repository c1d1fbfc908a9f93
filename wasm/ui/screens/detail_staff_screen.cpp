#include "ui/screens/detail_staff_screen.h"

#include <imgui.h>

#include <string>
#include <vector>

#include "state/customer_common.h"
#include "state/staff_common.h"
#include "state/strings.h"
#include "ui/progress.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {

std::string escalation_text(int e) {
  switch (e) {
    case 1: return tr("board.esc.1");
    case 2: return tr("board.esc.2");
    case 3: return tr("board.esc.3");
    default: return tr("board.esc.0");
  }
}

void warning_panel(state::StaffDetailState& s, const nlohmann::json& app, const std::string& role, state::DetailStaffIntent& in) {
  const state::WarningInfo w = state::warning_info(app);
  if (w.escalation < 1) return;
  card_begin("sd.warning");
  const bool overdue = w.level == "overdue";
  heading("sd.warning.title", overdue ? tr("sd.warning_overdue") : tr("sd.warning_title"), 2);
  text("sd.warning.level", trf("sd.warning_level", {escalation_text(w.escalation)}), overdue ? Tone::Error : Tone::Accent);
  if (w.acknowledged) {
    text("sd.warning.handled", trf("sd.warning_handled", {w.acknowledged_by, state::short_time(w.acknowledged_at), w.acknowledged_note}),
         Tone::Success);
  } else if (state::can_acknowledge(w, role)) {
    text(tr("sd.warning_intro"), Tone::Muted);
    InputOpts o;
    o.hint = tr("board.ack_hint");
    o.error = s.ack_error;
    o.max_bytes = 1500;
    o.enabled = !s.ack.busy();
    in.note_edited |= input_text("sd.ack.note", tr("board.ack_note"), s.ack_note, o);
    ButtonOpts b;
    b.style = ButtonStyle::Primary;
    b.enabled = !s.ack.busy();
    if (button("sd.ack.submit", s.ack.busy() ? tr("common.loading") : tr("board.ack_button"), b)) in.acknowledge = true;
  } else {
    text("sd.warning.not_mine", tr("board.ack_above"), Tone::Muted);
  }
  if (!s.ack_notice.empty()) text("sd.warning.notice", s.ack_notice, Tone::Success);
  card_end();
}

void documents_panel(state::StaffDetailState& s, const nlohmann::json& app, const std::map<long long, Picture>& pictures,
                     std::vector<long long>& want, state::DetailStaffIntent& in) {
  const auto docs = state::doc_rows(app);
  card_begin("sd.docs");
  heading("sd.docs.title", trf("sd.docs_title", {std::to_string(docs.size())}), 2);
  if (docs.empty()) text("sd.docs.none", tr("sd.docs_none"), Tone::Muted);
  const float box = is_narrow() ? 96.0f : 128.0f;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const auto& d = docs[i];
    const std::string base = "sd.doc." + std::to_string(i);
    if (i > 0) separator();
    if (d.image) {
      auto it = pictures.find(d.id);
      Picture p = it == pictures.end() ? Picture{} : it->second;
      if (!p.requested) want.push_back(d.id);
      if (thumbnail((base + ".thumb").c_str(), p, box, d.filename)) in.view = s.viewing == d.id ? 0 : d.id;
      same_line(12);
    }
    ImGui::BeginGroup();
    text((base + ".name").c_str(), d.kind_name, Tone::Normal);
    text((base + ".file").c_str(), d.filename + " · " + state::size_text(d.size) + " · " + state::short_time(d.uploaded_at), Tone::Muted);
    if (d.image) {
      if (link((base + ".view").c_str(), s.viewing == d.id ? tr("sd.hide_image") : tr("sd.view_image"))) in.view = s.viewing == d.id ? 0 : d.id;
      same_line(16);
    }
    if (link((base + ".download").c_str(), d.image ? tr("sd.download") : tr("sd.download_pdf"))) {
      in.download_url = d.url;
      in.download_name = d.filename;
    }
    ImGui::EndGroup();
    if (s.viewing == d.id) {  // the image large, in the app (no download needed to look at it)
      auto it = pictures.find(d.id);
      if (it != pictures.end() && picture((base + ".large").c_str(), it->second, d.filename)) in.view = 0;
    }
  }
  card_end();
}

void archive_panel(state::StaffDetailState& s, const nlohmann::json& app, state::DetailStaffIntent& in) {
  const auto rows = state::archive_rows(app);
  if (rows.empty()) return;
  const int missing = state::count_missing(rows);
  card_begin("sd.archive");
  heading("sd.archive.title", tr("sd.archive_title"), 2);
  text("sd.archive.summary", missing ? trf("sd.archive_missing", {std::to_string(missing)}) : std::string(tr("sd.archive_complete")),
       missing ? Tone::Error : Tone::Success);
  if (table_begin("sd.archive.table", {tr("sd.archive_stage"), tr("sd.archive_item"), tr("sd.archive_state")})) {
    int i = 0;
    for (const auto& r : rows) {
      if (r.state == state::ArchiveState::NotNeeded && !s.show_archive_all) continue;
      table_next_cell();
      text(r.stage_name, Tone::Muted);
      table_next_cell();
      text(r.name + (r.required ? " √" : " △"));
      table_next_cell();
      const std::string id = "sd.archive." + r.code;
      switch (r.state) {
        case state::ArchiveState::OnFile:
          text(id.c_str(), tr(r.source == "electronic" ? "sd.archive_electronic" : r.source == "contract" ? "sd.archive_contract" : "sd.archive_on_file"),
               Tone::Success);
          break;
        case state::ArchiveState::Missing: text(id.c_str(), tr("sd.archive_missing_item"), Tone::Error); break;
        case state::ArchiveState::Later: text(id.c_str(), tr("sd.archive_later"), Tone::Muted); break;
        default: text(id.c_str(), tr("sd.archive_not_needed"), Tone::Muted); break;
      }
      ++i;
    }
    table_end();
  }
  if (link("sd.archive.toggle", s.show_archive_all ? tr("sd.archive_hide_conditional") : tr("sd.archive_show_all"))) in.toggle_archive = true;
  text(tr("sd.archive_note"), Tone::Muted);
  card_end();
}

void works_panel(const nlohmann::json& app) {
  const auto works = state::works_rows(app);
  card_begin("sd.works");
  heading("sd.works.title", tr("sd.works_title"), 2);
  if (works.empty()) text("sd.works.none", tr("sd.works_none"), Tone::Muted);
  for (std::size_t i = 0; i < works.size(); ++i) {
    const auto& w = works[i];
    const std::string base = "sd.works." + std::to_string(i);
    if (i > 0) separator();
    text((base + ".name").c_str(), std::to_string(w.item) + ". " + w.name + " · " + state::number_text(w.voltage_kv, 1) + " kV" +
                                       (w.urgent ? " · " + std::string(tr("sd.works_urgent")) : ""));
    field_row((base + ".limit").c_str(), tr("sd.works_limit"), trf("common.days_n", {state::number_text(w.limit, 0)}) + " (W1)");
    field_row((base + ".agreed").c_str(), tr("sd.works_agreed"), w.agreed_date + " (W2)");
    if (w.agreed_after_customer) text((base + ".w2").c_str(), tr("sd.works_w2_broken"), Tone::Error);
    field_row((base + ".funding").c_str(), tr("sd.works_funding"), w.funding + " (W3)");
    const double used = w.used.value_or(0);
    const float frac = w.limit > 0 ? static_cast<float>(used / w.limit) : 0.0f;
    std::string progress = w.done ? trf("sd.works_done", {state::short_time(w.done_at)})
                                  : trf("sd.works_progress", {state::days_number(used), state::number_text(w.limit, 0)}) + " · " +
                                        state::remaining_text(w.remaining, false);
    progress_bar((base + ".progress").c_str(), w.done ? 1.0f : frac, progress);
    if (!w.done && (w.level == "warning" || w.level == "overdue"))
      text((base + ".level").c_str(), tr(w.level == "overdue" ? "staff.urgency.overdue" : "staff.urgency.warning"),
           w.level == "overdue" ? Tone::Error : Tone::Accent);
  }
  // rule O1: the outage / energizing plan level of this connection.
  const nlohmann::json plan = app.value("plan", nlohmann::json::object());
  const std::string outage = state::jtext(plan, "outage_plan");
  if (!outage.empty()) {
    separator();
    field_row("sd.outage", tr("sd.outage_plan"), outage + " (O1)");
    const auto clause = plan.value("outage_plan_clause", nlohmann::json::object());
    if (clause.is_object() && !state::jtext(clause, "").empty())
      text("sd.outage_clause", state::jtext(clause, "") +
                                   (clause.value("source", "") == "company_setting" ? std::string(" · ") + tr("common.company_setting") : std::string()),
           Tone::Muted);
  }
  // rule F1: the one fee, as recorded with the supply plan (dual-power customers only).
  if (plan.contains("high_reliability_fee") && plan.at("high_reliability_fee").is_object())
    field_row("sd.fee", tr("detail.fee"), trf("indicators.yuan", {state::jstr(plan.at("high_reliability_fee"), "yuan")}) + " (F1)");
  card_end();
}

void trail_panel(const nlohmann::json& app, bool open, state::DetailStaffIntent& in) {
  card_begin("sd.trail");
  heading("sd.trail.title", tr("sd.trail_title"), 2);
  if (link("sd.trail.toggle", open ? tr("sd.trail_hide") : tr("sd.trail_show"))) in.toggle_trail = true;
  if (open && table_begin("sd.trail.table", {tr("sd.trail_at"), tr("sd.trail_what"), tr("sd.trail_who")})) {
    for (const auto& e : state::staff_events(app)) {
      table_next_cell();
      text(e.at, Tone::Muted);
      table_next_cell();
      text(e.detail.empty() ? e.label : e.label + "：" + e.detail);
      table_next_cell();
      text(e.actor, Tone::Muted);
    }
    table_end();
  }
  card_end();
}

}  // namespace

state::DetailStaffIntent draw_detail_staff(state::StaffDetailState& s, const nlohmann::json& app, const std::string& role,
                                    const std::map<long long, Picture>& pictures, std::vector<long long>& want) {
  state::DetailStaffIntent in;
  spacing(8);
  heading("sd.title", tr("sd.title"), 2);
  if (app.contains("customer") && app.at("customer").is_object()) {
    const auto& cu = app.at("customer");
    field_row("sd.customer", tr("sd.customer"), state::jstr(cu, "name") + " · " + state::jstr(cu, "phone"));
  }
  field_row("sd.contact", tr("sd.contact"), state::jstr(app, "contact_name") + " · " + state::jstr(app, "contact_phone"));
  const std::string channel = state::jstr(app, "channel");
  const std::string ckey = "sd.channel." + channel;
  field_row("sd.channel", tr("sd.channel"), state::has_key(ckey) ? std::string(tr(ckey)) : channel);
  warning_panel(s, app, role, in);
  documents_panel(s, app, pictures, want, in);
  archive_panel(s, app, in);
  works_panel(app);
  trail_panel(app, s.show_trail, in);
  return in;
}

}  // namespace ui::screens
