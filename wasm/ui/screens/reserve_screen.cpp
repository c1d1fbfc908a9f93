#include "ui/screens/reserve_screen.h"

#include <string>
#include <vector>

#include "gp/codes.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/keypad.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {

template <typename T>
std::vector<std::string> names_of(const std::vector<T>& v) {
  std::vector<std::string> out;
  for (auto x : v) out.push_back(state::pick(gp::named(x).zh, gp::named(x).en));
  return out;
}

}  // namespace

state::ReserveIntent draw_reserve(state::ReserveState& s, bool kiosk) {
  state::ReserveIntent in;
  if (s.result.is_object()) {
    card_begin("reserve.done");
    heading("reserve.done.title", tr("reserve.done_title"), 2);
    field_row("reserve.done.number", tr("reserve.number"), state::jstr(s.result, "number"));
    text("reserve.done.due", trf("reserve.done_due", {state::short_time(state::jstr(s.result, "due_at"))}), Tone::Accent);
    text("reserve.done.next", tr("reserve.done_next"));
    ButtonOpts b;
    b.full_width = kiosk || is_narrow();
    if (button("reserve.again", kiosk ? tr("kiosk.finish") : tr("reserve.again"), b)) in.again = true;
    card_end();
    return in;
  }
  card_begin("reserve.card");
  heading("reserve.title", tr("reserve.title"), 2);
  text("reserve.intro", tr("reserve.intro"), Tone::Muted);
  const bool busy = s.pending.busy();
  InputOpts name;
  name.error = field_error(s.errors, "name");
  name.max_bytes = 120;
  name.hint = tr("auth.name_hint");
  name.enabled = !busy;
  in.edited |= input_text("reserve.name", tr("reserve.name"), s.name, name);
  if (kiosk) {
    if (keypad_field("reserve.phone", tr("reserve.phone"), s.phone, true, tr("track.phone_hint"), field_error(s.errors, "phone")))
      in.keypad_field = 0;
    in.key = keypad("reserve.keypad", state::KeypadMode::Phone);
  } else {
    InputOpts ph;
    ph.kind = platform::TextKind::Phone;
    ph.error = field_error(s.errors, "phone");
    ph.max_bytes = 20;
    ph.enabled = !busy;
    in.edited |= input_text("reserve.phone", tr("reserve.phone"), s.phone, ph);
  }
  InputOpts addr;
  addr.error = field_error(s.errors, "address");
  addr.max_bytes = 600;
  addr.hint = tr("reserve.address_hint");
  addr.enabled = !busy;
  in.edited |= input_text("reserve.address", tr("reserve.address"), s.address, addr);
  const auto types = names_of(gp::all_customer_types());
  in.edited |= combo("reserve.customer_type", tr("what.customer_type"), s.customer_type, {types.begin(), types.end()}, !busy);
  const auto biz = names_of(gp::all_businesses());
  in.edited |= combo("reserve.business", tr("what.business"), s.business, {biz.begin(), biz.end()}, !busy);
  InputOpts note;
  note.error = field_error(s.errors, "note");
  note.max_bytes = 1500;
  note.enabled = !busy;
  in.edited |= input_text("reserve.note", tr("reserve.note"), s.note, note);
  if (!field_error(s.errors, "form").empty()) text("reserve.error", field_error(s.errors, "form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.full_width = true;
  b.enabled = !busy;
  if (button("reserve.submit", busy ? tr("common.loading") : tr("reserve.submit"), b)) in.submit = true;
  card_end();
  return in;
}

}  // namespace ui::screens
