#include "ui/screens/contract_screen.h"

#include <string>

#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/signature_pad.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

state::ContractIntent draw_contract(state::ContractState& s, bool can_sign) {
  state::ContractIntent in;
  if (link("contract.back", tr("nav.back"))) in.back = true;
  heading("contract.title", tr(s.works ? "works_contract.title" : "contract.title"), 1);
  text("contract.number", s.number, Tone::Muted);
  if (!s.error.empty()) {
    text("contract.error", s.error, Tone::Error);
    if (button("contract.retry", tr("common.retry"))) in.retry = true;
  }
  if (!s.contract.is_object()) {
    if (s.error.empty()) text("contract.loading", tr("common.loading"), Tone::Muted);
    return in;
  }
  const bool signed_ = state::is_signed(s);
  if (signed_) {
    card_begin("contract.signed.card");
    text("contract.signed", state::signed_line(s), Tone::Success);
    text("contract.immutable", tr("contract.immutable"), Tone::Muted);
    card_end();
    spacing(8);
  }
  card_begin("contract.text.card");
  // The text paragraph by paragraph (it has line breaks).
  const std::string body = state::jstr(s.contract, "text");
  std::size_t start = 0;
  int i = 0;
  while (start <= body.size()) {
    auto nl = body.find('\n', start);
    const std::string line = body.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (!line.empty()) {
      if (i == 0) text("contract.text", line);
      else text(line);
      ++i;
    }
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  spacing(4);
  text("contract.sha", "SHA-256: " + state::jstr(s.contract, "sha256"), Tone::Muted);
  card_end();

  if (signed_ || !can_sign) return in;
  spacing(8);
  card_begin("contract.sign.card");
  heading("contract.sign.title", tr("contract.sign_title"), 2);
  const bool busy = s.sign_pending.busy();
  in.edited |= checkbox("contract.read", tr("contract.read"), s.read, !busy);
  if (!field_error(s.errors, "read").empty()) text("contract.read.error", field_error(s.errors, "read"), Tone::Error);
  const int m = radio_group("contract.method", {tr("contract.method_password"), tr("contract.method_drawn")}, static_cast<int>(s.method), !busy);
  if (m != static_cast<int>(s.method)) {
    s.method = static_cast<state::SignMethod>(m);
    in.edited = true;
  }
  if (s.method == state::SignMethod::Password) {
    InputOpts pw;
    pw.kind = platform::TextKind::Password;
    pw.error = field_error(s.errors, "password");
    pw.max_bytes = 128;
    pw.enabled = !busy;
    in.edited |= input_text("contract.password", tr("contract.password"), s.password, pw);
  } else {
    text(tr("contract.pad_intro"), Tone::Muted);
    in.edited |= signature_pad("contract.pad", s.signature);
    if (!field_error(s.errors, "strokes").empty()) text("contract.pad.error", field_error(s.errors, "strokes"), Tone::Error);
    if (link("contract.pad.undo", tr("contract.undo"), !s.signature.empty())) {
      s.signature.undo();
      in.edited = true;
    }
    same_line(16);
    if (link("contract.pad.clear", tr("contract.clear"), !s.signature.empty())) {
      s.signature.clear();
      in.edited = true;
    }
  }
  if (!field_error(s.errors, "form").empty()) text("contract.sign.error", field_error(s.errors, "form"), Tone::Error);
  ButtonOpts o;
  o.style = ButtonStyle::Primary;
  o.enabled = !busy;
  o.full_width = true;
  if (button("contract.sign", busy ? tr("common.loading") : tr("contract.sign"), o)) in.sign = true;
  card_end();
  return in;
}

}  // namespace ui::screens
