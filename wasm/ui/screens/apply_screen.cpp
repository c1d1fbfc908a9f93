#include "ui/screens/apply_screen.h"

#include <string>
#include <vector>

#include "gp/codes.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/plan_view.h"
#include "ui/rules_form_view.h"
#include "ui/upload_slot.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::ApplyStep;
using state::tr;
using state::trf;

namespace {

const char* kStepKeys[] = {"apply.step_case", "apply.step_details", "apply.step_documents", "apply.step_confirm"};

void step_header(const state::ApplyState& s) {
  const int cur = static_cast<int>(s.step);
  heading("apply.title", tr("apply.title"), 2);
  if (s.step == ApplyStep::Done) return;
  text("apply.step", trf("apply.step_n", {std::to_string(cur + 1), std::to_string(state::kApplySteps), tr(kStepKeys[cur])}), Tone::Accent);
  // The steps as a line of dots on wide screens.
  if (!is_narrow()) {
    std::string line;
    for (int i = 0; i < state::kApplySteps; ++i)
      line += std::string(i ? "  →  " : "") + (i == cur ? "● " : i < cur ? "√ " : "○ ") + tr(kStepKeys[i]);
    text(line, Tone::Muted);
  }
}

bool nav(state::ApplyState& s, state::ApplyIntent& in, const char* next_id, const char* next_label, bool next_enabled) {
  spacing(8);
  ButtonOpts next;
  next.style = ButtonStyle::Primary;
  next.enabled = next_enabled;
  next.full_width = is_narrow();
  ButtonOpts back;
  back.full_width = is_narrow();
  back.enabled = !s.pending.busy();
  bool clicked = false;
  if (s.step != ApplyStep::Case) {
    if (button("apply.back", tr("apply.back"), back)) in.back = true;
    if (!is_narrow()) same_line();
  }
  if (button(next_id, next_label, next)) clicked = true;
  return clicked;
}

void draw_case(state::ApplyState& s, state::ApplyIntent& in) {
  card_begin("apply.case");
  text(tr("apply.case_intro"), Tone::Muted);
  in.case_changed |= draw_rules_form("apply.case", s.form, s.outcome, false);
  card_end();
  spacing(8);
  card_begin("apply.plan.card");
  heading("apply.plan.title", tr("what.result"), 2);
  if (s.outcome.plan) {
    const auto& p = *s.outcome.plan;
    if (s.plan_details) {
      draw_plan("apply.plan", p);
    } else {  // the summary: what a customer weighs before going on (the rules behind it one tap away)
      field_row("apply.plan.limit", tr("what.time_limit"), trf("common.days_n", {std::to_string(p.value("time_limit_working_days", 0))}));
      std::string steps, docs;
      for (const auto& st : p.at("stages")) steps += (steps.empty() ? "" : " → ") + state::jtext(st);
      for (const auto& d : p.at("documents")) docs += (docs.empty() ? "" : state::en() ? ", " : "、") + state::jtext(d);
      field_row("apply.plan.steps", tr("apply.steps"), steps);
      field_row("apply.plan.docs", tr("what.documents"), docs);
      field_row("apply.plan.fees", tr("what.fees"), p.at("fees").empty() ? std::string(tr("what.no_fees")) + " (F1)" : tr("apply.fees_apply"));
      field_row("apply.plan.boundary", tr("what.red_line"), p.value("invest_to_red_line", false) ? tr("what.red_line_yes") : tr("what.red_line_no"));
    }
    if (link("apply.plan.toggle", s.plan_details ? tr("apply.plan_less") : tr("apply.plan_more"))) in.toggle_plan = true;
  } else {
    text("apply.plan.fix", tr("what.fix"), Tone::Error);
  }
  card_end();
  if (nav(s, in, "apply.next", tr("apply.next"), s.outcome.plan.has_value())) in.next = true;
}

void draw_details(state::ApplyState& s, state::ApplyIntent& in) {
  card_begin("apply.details");
  InputOpts a;
  a.hint = tr("apply.address_hint");
  a.error = field_error(s.errors, "address");
  a.max_bytes = 600;
  in.details_edited |= input_text("apply.address", tr("apply.address"), s.address, a);
  InputOpts n;
  n.error = field_error(s.errors, "contact_name");
  n.max_bytes = 120;
  in.details_edited |= input_text("apply.contact_name", tr("apply.contact_name"), s.contact_name, n);
  InputOpts p;
  p.kind = platform::TextKind::Phone;
  p.error = field_error(s.errors, "contact_phone");
  p.max_bytes = 20;
  in.details_edited |= input_text("apply.contact_phone", tr("apply.contact_phone"), s.contact_phone, p);
  if (state::relevance(s.form).meter_location) {
    spacing(4);
    heading("apply.meter.title", tr("apply.meter_title"), 2);
    text("apply.meter.intro", tr("apply.meter_intro"), Tone::Muted);
    in.case_changed |= draw_meter_location("apply.meter", s.form, s.outcome, field_error(s.errors, "meter_location"));
    if (button("apply.meter.locate", s.locating ? tr("apply.locating") : tr("apply.locate"), {ButtonStyle::Secondary, !s.locating, is_narrow()}))
      in.locate = true;
    if (!s.locate_note.empty()) text("apply.meter.note", s.locate_note, Tone::Muted);
  }
  spacing(4);
  heading("apply.manager.title", tr("apply.manager_title"), 2);
  if (s.manager_id > 0) {
    text("apply.manager", trf("apply.manager_chosen", {s.manager_name}), Tone::Accent);
    if (link("apply.manager.clear", tr("apply.manager_clear"))) in.clear_manager = true;
  } else {
    text("apply.manager", tr("apply.manager_auto"), Tone::Muted);
  }
  if (!field_error(s.errors, "preferred_manager").empty()) text("apply.manager.error", field_error(s.errors, "preferred_manager"), Tone::Error);
  if (link("apply.manager.choose", tr("apply.manager_choose"))) in.choose_manager = true;
  card_end();
  if (nav(s, in, "apply.next", tr("apply.next"), true)) in.next = true;
}

void draw_documents(state::ApplyState& s, state::ApplyIntent& in) {
  card_begin("apply.documents");
  text("apply.documents.intro", tr("apply.documents_intro"), Tone::Muted);
  for (std::size_t i = 0; i < s.docs.size(); ++i) {
    const auto si = ui::draw_upload_slot(("apply.doc." + std::to_string(i)).c_str(), s.docs[i], true, false);
    if (si.pick) in.pick = static_cast<int>(i);
    if (si.remove) in.remove = static_cast<int>(i);
  }
  if (state::missing_count(s) > 0) text("apply.documents.missing", tr("apply.documents_missing"), Tone::Accent);
  card_end();
  if (nav(s, in, "apply.next", tr("apply.next"), true)) in.next = true;
}

void draw_confirm(state::ApplyState& s, state::ApplyIntent& in) {
  card_begin("apply.confirm");
  const auto& f = s.outcome.facts;
  field_row("apply.confirm.business", tr("what.business"), state::pick(gp::named(s.form.business).zh, gp::named(s.form.business).en));
  field_row("apply.confirm.type", tr("what.customer_type"), state::pick(gp::named(s.form.customer_type).zh, gp::named(s.form.customer_type).en));
  if (f.contains("capacity_kw") && f.at("capacity_kw").is_number())
    field_row("apply.confirm.capacity", tr("what.capacity"), state::days_number(f.at("capacity_kw").get<double>()));
  field_row("apply.confirm.address", tr("apply.address"), s.address);
  field_row("apply.confirm.contact", tr("apply.contact_name"), s.contact_name + " " + s.contact_phone);
  if (!s.form.latitude.empty()) field_row("apply.confirm.meter", tr("apply.meter_title"), s.form.latitude + ", " + s.form.longitude);
  field_row("apply.confirm.manager", tr("apply.manager_title"), s.manager_id > 0 ? s.manager_name : tr("apply.manager_auto"));
  const int picked = state::count_stage(s.docs, state::UploadSlot::Stage::Picked);
  field_row("apply.confirm.documents", tr("what.documents"),
            trf("apply.documents_summary", {std::to_string(picked), std::to_string(state::missing_count(s))}));
  if (s.outcome.plan) {
    const auto& p = *s.outcome.plan;
    field_row("apply.confirm.limit", tr("what.time_limit"), trf("common.days_n", {std::to_string(p.value("time_limit_working_days", 0))}));
    std::string steps;
    for (const auto& st : p.at("stages")) steps += (steps.empty() ? "" : " → ") + state::jtext(st);
    field_row("apply.confirm.steps", tr("apply.steps"), steps);
    std::string fees;
    for (const auto& f : p.at("fees")) fees += (fees.empty() ? "" : "; ") + state::jtext(f);
    field_row("apply.confirm.fees", tr("what.fees"), p.at("fees").empty() ? std::string(tr("what.no_fees")) + " (F1)" : fees);
  }
  text("apply.confirm.promise", tr("apply.confirm_promise"), Tone::Muted);
  if (!field_error(s.errors, "form").empty()) text("apply.error", field_error(s.errors, "form"), Tone::Error);
  card_end();
  if (nav(s, in, "apply.submit", s.pending.busy() ? tr("common.loading") : tr("apply.submit"), !s.pending.busy())) in.submit = true;
}

void draw_done(state::ApplyState& s, state::ApplyIntent& in) {
  card_begin("apply.done");
  heading("apply.done.title", tr("apply.done_title"), 2);
  field_row("apply.done.number", tr("apply.number"), state::jstr(s.result, "number"));
  int i = 0;
  for (const auto& line : state::next_steps_lines(s.result)) text(("apply.done.next." + std::to_string(i++)).c_str(), line);
  card_end();
  if (!s.docs.empty()) {
    spacing(8);
    card_begin("apply.uploads");
    heading("apply.uploads.title", tr("apply.uploads_title"), 2);
    for (std::size_t k = 0; k < s.docs.size(); ++k) {
      const auto& d = s.docs[k];
      if (d.stage == state::UploadSlot::Stage::Empty) continue;
      const auto si = ui::draw_upload_slot(("apply.upload." + std::to_string(k)).c_str(), d, false, true);
      if (si.retry) in.retry = static_cast<int>(k);
    }
    if (state::missing_count(s) > 0) text("apply.uploads.missing", tr("apply.later_documents"), Tone::Muted);
    card_end();
  }
  spacing(8);
  ButtonOpts p;
  p.style = ButtonStyle::Primary;
  p.full_width = is_narrow();
  if (button("apply.open", tr("apply.follow"), p)) in.open_detail = true;
  if (!is_narrow()) same_line();
  if (link("apply.again", tr("apply.again"))) in.again = true;
}

}  // namespace

state::ApplyIntent draw_apply(state::ApplyState& s) {
  state::ApplyIntent in;
  step_header(s);
  switch (s.step) {
    case ApplyStep::Case: draw_case(s, in); break;
    case ApplyStep::Details: draw_details(s, in); break;
    case ApplyStep::Documents: draw_documents(s, in); break;
    case ApplyStep::Confirm: draw_confirm(s, in); break;
    case ApplyStep::Done: draw_done(s, in); break;
  }
  return in;
}

}  // namespace ui::screens
