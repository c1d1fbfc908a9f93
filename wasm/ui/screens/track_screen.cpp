#include "ui/screens/track_screen.h"

#include <string>

#include "state/customer_common.h"
#include "state/strings.h"
#include "state/timeline.h"
#include "ui/keypad.h"
#include "ui/timeline_view.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {

void draw_result(const nlohmann::json& r, bool kiosk) {
  card_begin("track.result");
  heading("track.result.number", state::jstr(r, "number"), 2);
  field_row("track.result.business", tr("track.business"), state::jtext(r.value("business", nlohmann::json::object())));
  field_row("track.result.status", tr("track.status"), state::status_text(state::jstr(r, "status")));
  field_row("track.result.submitted", tr("track.submitted"), state::short_time(state::jstr(r, "submitted_at")));
  field_row("track.result.limit", tr("track.limit"), trf("common.days_n", {std::to_string(r.value("time_limit_working_days", 0))}));
  if (const std::string scope = state::limit_scope_text(r); !scope.empty()) text("track.result.limit.scope", scope, Tone::Muted);
  const std::string deadline = state::short_time(state::jstr(r, "deadline"));
  if (!deadline.empty()) field_row("track.result.deadline", tr("track.deadline"), deadline);
  if (r.value("waiting_for_customer", false)) text("track.result.waiting", tr("track.waiting_you"), Tone::Accent);
  spacing(8);
  draw_timeline("track.timeline", state::stage_rows(r));
  draw_works_clock("track.works_clock", r);
  spacing(4);
  if (!kiosk) text(tr("track.login_for_more"), Tone::Muted);
  card_end();
}

}  // namespace

state::TrackIntent draw_track(state::TrackState& s, bool kiosk) {
  state::TrackIntent in;
  card_begin("track.card");
  heading("track.title", tr("track.title"), 2);
  text("track.intro", tr("track.intro"), Tone::Muted);
  const bool busy = s.pending.busy();
  if (kiosk) {
    if (keypad_field("track.number", tr("track.number"), s.number, s.keypad.field == 0, tr("track.number_hint_kiosk"), field_error(s.errors, "number")))
      in.keypad_field = 0;
    if (keypad_field("track.phone", tr("track.phone"), s.phone, s.keypad.field == 1, tr("track.phone_hint"), field_error(s.errors, "phone")))
      in.keypad_field = 1;
    spacing(8);
    in.key = keypad("track.keypad", s.keypad.field == 0 ? state::KeypadMode::AppNumber : state::KeypadMode::Phone);
    spacing(8);
  } else {
    InputOpts num;
    num.hint = tr("home.track_number_hint");
    num.error = field_error(s.errors, "number");
    num.max_bytes = 40;
    in.edited |= input_text("track.number", tr("track.number"), s.number, num);
    InputOpts ph;
    ph.kind = platform::TextKind::Phone;
    ph.hint = tr("track.phone_hint");
    ph.error = field_error(s.errors, "phone");
    ph.max_bytes = 20;
    in.edited |= input_text("track.phone", tr("track.phone"), s.phone, ph);
  }
  if (!field_error(s.errors, "form").empty()) text("track.error", field_error(s.errors, "form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.full_width = kiosk || is_narrow();
  b.enabled = !busy;
  if (button("track.submit", busy ? tr("common.loading") : tr("track.submit"), b)) in.submit = true;
  card_end();
  if (s.result.is_object()) {
    spacing(8);
    draw_result(s.result, kiosk);
  }
  return in;
}

}  // namespace ui::screens
