#include "ui/screens/claim_panel.h"

#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

state::ClaimIntent draw_claim_panel(state::ClaimState& s, int resend_wait) {
  state::ClaimIntent in;
  for (std::size_t i = 0; i < s.pending.size(); ++i) {
    const auto& p = s.pending[i];
    const std::string b = "claim.pending." + std::to_string(i);
    card_begin(b.c_str());
    text((b + ".title").c_str(), trf("claim.pending_title", {p.number}), Tone::Accent);
    text((b + ".what").c_str(), trf("claim.pending_what", {p.name_at_hall, p.taken_at}));
    ButtonOpts a;
    a.style = ButtonStyle::Primary;
    a.enabled = s.accepting.empty();
    if (button((b + ".accept").c_str(), s.accepting == p.number ? tr("common.loading") : tr("claim.accept"), a)) in.accept = p.number;
    card_end();
  }
  if (!s.done.empty()) text("claim.done", trf("claim.done", {s.done}), Tone::Success);
  if (link("claim.toggle", tr(s.open ? "claim.hide" : "claim.show"))) in.toggle = true;
  if (!s.open) return in;
  card_begin("claim.card");
  heading("claim.title", tr("claim.title"), 3);
  text("claim.intro", tr("claim.intro"), Tone::Muted);
  InputOpts cc;
  cc.hint = tr("claim.code_hint");
  cc.error = field_error(s.errors, "claim_code");
  cc.max_bytes = 12;
  in.edited |= input_text("claim.claim_code", tr("claim.code"), s.claim_code, cc);
  ButtonOpts sc;
  sc.enabled = !s.code_busy && resend_wait == 0;
  const std::string label = s.code_busy ? tr("common.loading")
                            : resend_wait > 0 ? trf("auth.sms_resend_in", {std::to_string(resend_wait)})
                                              : tr(s.code_sent ? "auth.sms_resend" : "auth.sms_send");
  if (button("claim.send_code", label, sc)) in.send_code = true;
  if (s.code_sent) text("claim.code_sent", tr("claim.sms_sent"), Tone::Muted);
  InputOpts sm;
  sm.kind = platform::TextKind::Phone;
  sm.hint = tr("auth.sms_code_hint");
  sm.error = field_error(s.errors, "sms_code");
  sm.max_bytes = 6;
  in.edited |= input_text("claim.sms_code", tr("auth.sms_code"), s.sms_code, sm);
  if (!field_error(s.errors, "form").empty()) text("claim.error", field_error(s.errors, "form"), Tone::Error);
  ButtonOpts go;
  go.style = ButtonStyle::Primary;
  go.enabled = !s.busy;
  if (button("claim.submit", s.busy ? tr("common.loading") : tr("claim.submit"), go)) in.submit = true;
  card_end();
  return in;
}

}  // namespace ui::screens
