#include "ui/screens/intake_screen.h"

#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/rules_form_view.h"
#include "ui/staff_kit.h"
#include "ui/upload_slot.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {
void created_panel(state::IntakeState& s, state::IntakeIntent& in) {
  card_begin("intake.done");
  heading("intake.done.title", trf("intake.accepted", {s.created}), 2);
  text("intake.done.decision", tr(s.created_decision == "complete" ? "intake.decision.complete" : "intake.decision.gaps"),
       s.created_decision == "complete" ? Tone::Success : Tone::Accent);
  if (!s.claim_code.empty()) {
    // Shown once: the server keeps only its hash. Printed on the customer's receipt.
    separator();
    text("intake.claim.label", tr("intake.claim_label"), Tone::Accent);
    heading("intake.claim.code", s.claim_code, 1);
    text("intake.claim.hint", tr(s.claim_owner_asked ? "intake.claim_hint_owner" : "intake.claim_hint"), Tone::Muted);
    separator();
  }
  if (link("intake.done.open", trf("intake.open", {s.created}))) in.open = s.created;
  if (!s.uploads.empty()) {
    separator();
    heading("intake.upload.title", tr("intake.upload_title"), 2);
    text(tr("intake.upload_intro"), Tone::Muted);
    for (std::size_t i = 0; i < s.uploads.size(); ++i) {
      const auto& u = s.uploads[i];
      const std::string id = "intake.upload." + u.kind;
      const bool busy = u.stage == state::UploadSlot::Stage::Uploading;
      const auto si = draw_upload_slot(id.c_str(), u, !busy && u.stage != state::UploadSlot::Stage::Done, u.stage == state::UploadSlot::Stage::Failed);
      if (si.pick) in.pick = static_cast<int>(i);
      if (si.retry) in.retry = static_cast<int>(i);
    }
    if (state::next_to_upload(s.uploads) >= 0) {
      ButtonOpts b;
      b.style = ButtonStyle::Primary;
      if (button("intake.upload.all", tr("intake.upload_all"), b)) in.upload_all = true;
    }
  }
  separator();
  if (button("intake.next", tr("intake.next_customer"), {ButtonStyle::Primary})) in.next_customer = true;
  card_end();
}
}  // namespace

state::IntakeIntent draw_intake(state::IntakeState& s) {
  state::IntakeIntent in;
  heading("intake.title", tr("intake.title"), 2);
  text("intake.intro", tr("intake.intro"), Tone::Muted);
  if (!s.created.empty()) {
    created_panel(s, in);
    return in;
  }
  if (!s.reservation.empty()) {
    card_begin("intake.reserved");
    text("intake.reserved.text", trf("intake.reserved", {s.reservation}), Tone::Success);
    if (button("intake.next", tr("intake.next_customer"), {ButtonStyle::Primary})) in.next_customer = true;
    card_end();
    return in;
  }

  card_begin("intake.customer");
  heading("intake.customer.title", tr("intake.customer_title"), 2);
  grid_begin("intake.customer.grid", 3);
  grid_next();
  InputOpts ph;
  ph.kind = platform::TextKind::Phone;
  ph.error = field_error(s.errors, "customer.phone");
  ph.max_bytes = 20;
  in.edited |= input_text("intake.phone", tr("intake.phone"), s.phone, ph);
  grid_next();
  InputOpts nm;
  nm.error = field_error(s.errors, "customer.name");
  nm.max_bytes = 120;
  in.edited |= input_text("intake.name", tr("intake.name"), s.name, nm);
  grid_next();
  InputOpts id;
  id.hint = tr("intake.optional");
  id.error = field_error(s.errors, "customer.id_number");
  id.max_bytes = 20;
  in.edited |= input_text("intake.id_number", tr("intake.id_number"), s.id_number, id);
  grid_end();
  card_end();

  card_begin("intake.case");
  heading("intake.case.title", tr("intake.case_title"), 2);
  in.facts_changed |= draw_rules_form("intake.facts", s.form, s.outcome, false);
  InputOpts ad;
  ad.error = field_error(s.errors, "address");
  ad.max_bytes = 600;
  in.edited |= input_text("intake.address", tr("intake.address"), s.address, ad);
  grid_begin("intake.contact.grid", 2);
  grid_next();
  InputOpts cn;
  cn.hint = tr("intake.contact_same");
  cn.error = field_error(s.errors, "contact_name");
  cn.max_bytes = 120;
  in.edited |= input_text("intake.contact_name", tr("intake.contact_name"), s.contact_name, cn);
  grid_next();
  InputOpts cp;
  cp.kind = platform::TextKind::Phone;
  cp.hint = tr("intake.contact_same");
  cp.error = field_error(s.errors, "contact_phone");
  cp.max_bytes = 20;
  in.edited |= input_text("intake.contact_phone", tr("intake.contact_phone"), s.contact_phone, cp);
  grid_end();
  card_end();

  // Rule D3: the documents on the counter decide how the hall takes the application.
  card_begin("intake.docs");
  heading("intake.docs.title", tr("intake.docs_title"), 2);
  if (s.documents.empty()) text("intake.docs.none", tr("intake.docs_none"), Tone::Muted);
  for (const auto& d : s.documents) {
    bool have = s.brought.count(d.code) > 0;
    const std::string id = "intake.doc." + d.code;
    if (checkbox(id.c_str(), state::pick(d.name_zh, d.name_en), have)) {
      if (have) s.brought.insert(d.code);
      else s.brought.erase(d.code);
      in.docs_changed = true;
    }
  }
  const gp::HallIntake decision = state::intake_decision(s);
  const state::Urgency tone = decision == gp::HallIntake::complete ? state::Urgency::Finished
                              : decision == gp::HallIntake::accept_with_gaps ? state::Urgency::Warning
                                                                             : state::Urgency::Overdue;
  spacing(4);
  badge("intake.decision", tr(state::intake_decision_key(decision)), urgency_colour(tone), urgency_fill(tone));
  text("intake.decision.why", tr(decision == gp::HallIntake::complete           ? "intake.why.complete"
                                 : decision == gp::HallIntake::accept_with_gaps ? "intake.why.gaps"
                                                                                : "intake.why.reserve"),
       Tone::Muted);
  card_end();

  if (!field_error(s.errors, "form").empty()) text("intake.error", field_error(s.errors, "form"), Tone::Error);
  if (!s.outcome.errors.empty() && s.outcome.errors.count("form")) text("intake.facts_error", s.outcome.errors.at("form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.enabled = !s.busy;
  b.full_width = is_narrow();
  if (decision == gp::HallIntake::guide_to_reservation) {
    if (button("intake.reserve", s.busy ? tr("common.loading") : tr("intake.reserve_button"), b)) in.reserve = true;
  } else {
    if (button("intake.submit", s.busy ? tr("common.loading") : tr(decision == gp::HallIntake::complete ? "intake.submit_complete" : "intake.submit_gaps"), b))
      in.submit = true;
  }
  return in;
}

}  // namespace ui::screens
