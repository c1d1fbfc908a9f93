#include "ui/screens/inbox_screen.h"

#include <string>

#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

state::InboxIntent draw_inbox(const state::InboxState& s, bool marking) {
  state::InboxIntent in;
  heading("inbox.title", tr("inbox.title"), 2);
  text("inbox.unread", trf("common.unread", {std::to_string(s.unread)}), Tone::Muted);
  if (s.unread > 0 && link("inbox.mark_all", tr("inbox.mark_all"), !marking)) in.mark_all = true;
  const auto rows = state::inbox_rows(s);
  if (!s.primed) text("inbox.loading", tr("common.loading"), Tone::Muted);
  else if (rows.empty()) text("inbox.empty", tr("inbox.empty"), Tone::Muted);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const std::string b = "inbox." + std::to_string(i);
    card_begin(b.c_str());
    text((b + ".title").c_str(), (r.read ? "" : "● ") + r.title, r.read ? Tone::Normal : Tone::Accent);
    if (!r.body.empty()) text((b + ".body").c_str(), r.body);
    text(r.at, Tone::Muted);
    if (!r.number.empty() && link((b + ".open").c_str(), tr("inbox.open"))) in.open = r.number;
    card_end();
  }
  return in;
}

}  // namespace ui::screens
