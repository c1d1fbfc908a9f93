#include "ui/screens/my_apps_screen.h"

#include <string>

#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

state::MyAppsIntent draw_my_apps(const state::MyAppsState& s) {
  state::MyAppsIntent in;
  heading("my.title", tr("my.title"), 2);
  ButtonOpts p;
  p.style = ButtonStyle::Primary;
  if (button("my.apply", tr("my.new"), p)) in.apply = true;
  same_line();
  if (link("my.refresh", tr("common.refresh"), !s.pending.busy())) in.refresh = true;
  if (!s.error.empty()) text("my.error", s.error, Tone::Error);
  if (!s.loaded && s.error.empty()) text("my.loading", tr("common.loading"), Tone::Muted);
  if (s.loaded && s.rows.empty()) text("my.empty", tr("my.empty"), Tone::Muted);
  for (std::size_t i = 0; i < s.rows.size(); ++i) {
    const auto& r = s.rows[i];
    const std::string b = "my." + std::to_string(i);
    card_begin(b.c_str());
    if (link((b + ".open").c_str(), r.number)) in.open = r.number;
    text((b + ".what").c_str(), r.business + " · " + r.customer_type);
    text((b + ".address").c_str(), r.address, Tone::Muted);
    const Tone tone = r.status == "completed" ? Tone::Success : r.level == "overdue" ? Tone::Error : Tone::Accent;
    text((b + ".status").c_str(), state::status_text(r.status) + (r.stage.empty() ? "" : " · " + r.stage), tone);
    const std::string next = state::next_deadline_text(r);
    if (!next.empty() && r.status != "completed" && r.status != "withdrawn") text((b + ".deadline").c_str(), next);
    if (!r.manager.empty()) text((b + ".manager").c_str(), trf("my.manager", {r.manager}), Tone::Muted);
    card_end();
  }
  return in;
}

}  // namespace ui::screens
