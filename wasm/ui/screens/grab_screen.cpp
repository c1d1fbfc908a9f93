#include "ui/screens/grab_screen.h"

#include <string>

#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

state::GrabIntent draw_grab(const state::GrabState& s, bool can_grab) {
  state::GrabIntent in;
  heading("grab.title", tr("grab.title"), 2);
  text("grab.intro", tr(can_grab ? "grab.intro_manager" : "grab.intro_watch"), Tone::Muted);
  if (s.pool) {
    text("grab.settings", state::grab_settings_text(*s.pool), Tone::Muted);  // company settings, labelled
    if (s.pool->my_open) text("grab.my_open", trf("grab.my_open", {std::to_string(*s.pool->my_open), std::to_string(s.pool->load_cap)}));
  }
  if (link("grab.refresh", tr("grab.refresh"), !s.load.busy())) in.refresh = true;
  if (!s.error.empty()) text("grab.error", s.error, Tone::Error);
  if (!s.grab_error.empty()) text("grab.grab_error", s.grab_error, Tone::Error);
  if (!s.pool) {
    if (s.error.empty()) text("grab.loading", tr("common.loading"), Tone::Muted);
    return in;
  }
  if (s.pool->items.empty()) {
    text("grab.empty", tr("grab.empty"), Tone::Muted);
    return in;
  }
  const bool zh = !state::en();
  for (const auto& it : s.pool->items) {
    const std::string b = "grab." + it.number;
    card_begin(b.c_str());
    heading((b + ".number").c_str(), it.number + "  " + (zh ? it.business.name_zh : it.business.name_en), 3);
    field_row((b + ".type").c_str(), tr("grab.customer_type"), zh ? it.customer_type.name_zh : it.customer_type.name_en);
    field_row((b + ".address").c_str(), tr("grab.address"), it.address);
    field_row((b + ".submitted").c_str(), tr("grab.submitted_at"), it.submitted_at.substr(0, 16));
    field_row((b + ".closes").c_str(), tr("grab.closes_at"), it.closes_at.substr(0, 16));
    if (can_grab) {
      ButtonOpts o;
      o.enabled = !s.grab.busy();
      o.full_width = is_narrow();
      const bool mine = s.grab.busy() && s.grabbing == it.number;
      if (button((b + ".grab").c_str(), mine ? tr("common.loading") : tr("grab.grab"), o)) in.grab = it.number;
    }
    card_end();
  }
  return in;
}

}  // namespace ui::screens
