#include "ui/screens/kiosk_setup_screen.h"

#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {

state::KioskSetupIntent draw_kiosk_setup(state::KioskDeviceState& s) {
  using state::tr;
  state::KioskSetupIntent in;
  card_begin("kiosk.setup");
  heading("kiosk.setup.title", tr("kiosk.setup_title"), 2);
  text(tr("kiosk.setup_intro"), Tone::Muted);
  InputOpts t;
  t.kind = platform::TextKind::Password;  // not shown to the people queueing behind
  t.error = s.error;
  t.max_bytes = 100;
  in.edited |= input_text("kiosk.setup.token", tr("kiosk.setup_token"), s.typed, t);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.full_width = true;
  b.enabled = !s.pending.busy();
  if (button("kiosk.setup.save", s.pending.busy() ? tr("common.loading") : tr("kiosk.setup_save"), b)) in.save = true;
  card_end();
  return in;
}

}  // namespace ui::screens
