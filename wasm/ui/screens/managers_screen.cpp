#include "ui/screens/managers_screen.h"

#include <string>

#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

state::ManagersIntent draw_managers(const state::ManagersState& s, const std::string& choosing_for, bool can_choose, long long current) {
  state::ManagersIntent in;
  heading("managers.title", tr("managers.title"), 2);
  text("managers.intro", tr("managers.intro"), Tone::Muted);
  if (!choosing_for.empty()) {
    const std::string what = choosing_for == "apply" ? std::string(tr("managers.for_new")) : trf("managers.for_app", {choosing_for});
    text("managers.choosing", what, Tone::Accent);
    if (link("managers.back", tr("nav.back"))) in.back = true;
  }
  const std::vector<Tab> sorts = {{"managers.sort.listed", tr("managers.sort_listed")},
                                  {"managers.sort.satisfaction", tr("managers.sort_satisfaction")},
                                  {"managers.sort.load", tr("managers.sort_load")},
                                  {"managers.sort.speed", tr("managers.sort_speed")}};
  const int picked = tabs("managers.sort", sorts, static_cast<int>(s.sort));
  if (picked != static_cast<int>(s.sort)) in.sort = picked;
  if (!s.error.empty()) text("managers.error", s.error, Tone::Error);
  if (!s.loaded && s.error.empty()) text("managers.loading", tr("common.loading"), Tone::Muted);
  if (!s.choose_error.empty()) text("managers.choose_error", s.choose_error, Tone::Error);
  const auto rows = state::sorted_managers(s.rows, s.sort);
  auto choose_button = [&](const state::ManagerRow& m, const std::string& b) {
    ButtonOpts o;
    o.style = m.id == current ? ButtonStyle::Secondary : ButtonStyle::Primary;
    o.enabled = !s.choose.busy() && m.id != current;
    o.full_width = is_narrow();
    const std::string label = m.id == current ? tr("managers.chosen") : s.choose.busy() && s.choosing == m.id ? tr("common.loading") : tr("managers.choose");
    if (button((b + ".choose").c_str(), label, o)) in.choose = m.id;
  };
  if (!is_narrow() && !rows.empty()) {
    // Side by side on a wide screen: the figures compare at a glance (rule M3).
    const bool chooser = can_choose;
    if (table_begin("managers.table", {tr("managers.name"), tr("managers.phone"), tr("managers.handled"), tr("managers.average_days"),
                                       tr("managers.satisfaction"), tr("managers.open"), chooser ? tr("managers.action") : ""})) {
      for (const auto& m : rows) {
        const std::string b = "managers." + std::to_string(m.id);
        table_next_cell();
        text((b + ".name").c_str(), m.name + (m.id == current ? "  √" : ""), Tone::Accent);
        text(m.title, Tone::Muted);
        table_next_cell();
        text((b + ".phone").c_str(), m.phone.empty() ? "—" : m.phone);
        table_next_cell();
        text((b + ".handled").c_str(), std::to_string(m.handled));
        table_next_cell();
        text((b + ".days").c_str(), state::average_days_text(m));
        table_next_cell();
        text((b + ".satisfaction").c_str(), state::satisfaction_text(m));
        table_next_cell();
        text((b + ".open").c_str(), std::to_string(m.open));
        table_next_cell();
        if (chooser) choose_button(m, b);
      }
      table_end();
    }
    return in;
  }
  for (const auto& m : rows) {
    const std::string b = "managers." + std::to_string(m.id);
    card_begin(b.c_str());
    heading((b + ".name").c_str(), m.name + "  " + m.title + (m.id == current ? "  √" : ""), 2);
    field_row((b + ".phone").c_str(), tr("managers.phone"), m.phone.empty() ? "—" : m.phone);
    field_row((b + ".handled").c_str(), tr("managers.handled"), std::to_string(m.handled));
    field_row((b + ".days").c_str(), tr("managers.average_days"), state::average_days_text(m));
    field_row((b + ".satisfaction").c_str(), tr("managers.satisfaction"), state::satisfaction_text(m));
    field_row((b + ".open").c_str(), tr("managers.open"), std::to_string(m.open));
    if (can_choose) choose_button(m, b);
    card_end();
  }
  return in;
}

}  // namespace ui::screens
