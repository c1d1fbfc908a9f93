#include "ui/screens/info_screen.h"

#include <vector>

#include "ui/widgets.h"

namespace ui::screens {

using state::Str;
using state::tr;

state::InfoIntent draw_info(state::InfoState& s, state::Lang lang) {
  state::InfoIntent in;

  // Title, with the language switch on the same line when it fits.
  const char* other = tr(Str::SwitchLanguage);
  heading("app.title", tr(Str::PageTitle));
  if (link("app.lang", other)) in.toggle_language = true;
  spacing(4);

  std::vector<Tab> tab_items;
  for (const auto& t : state::kInfoTabs) tab_items.push_back({t.id, tr(t.label)});
  const int picked = tabs("info.tabs", tab_items, s.tab);
  if (picked != s.tab) in.select_tab = picked;

  card_begin("info.card");
  text("info.body", tr(state::kInfoTabs[s.tab].body));
  card_end();

  spacing(8);
  card_begin("info.form");
  const std::string name_error = state::error_text(s.name_error, lang);
  const std::string phone_error = state::error_text(s.phone_error, lang);
  InputOpts name_opts;
  name_opts.hint = tr(Str::NameHint);
  name_opts.error = name_error;
  if (input_text("info.name", tr(Str::NameLabel), s.name, name_opts)) in.name_edited = true;
  InputOpts phone_opts;
  phone_opts.hint = tr(Str::PhoneHint);
  phone_opts.error = phone_error;
  phone_opts.kind = platform::TextKind::Phone;
  phone_opts.max_bytes = 32;
  if (input_text("info.phone", tr(Str::PhoneLabel), s.phone, phone_opts)) in.phone_edited = true;
  spacing(4);
  ButtonOpts submit;
  submit.style = ButtonStyle::Primary;
  submit.full_width = is_narrow();
  if (button("info.submit", tr(Str::Submit), submit)) in.submit = true;
  if (s.submitted_ok) text("info.result", tr(Str::FormOk), Tone::Success);
  card_end();
  return in;
}

}  // namespace ui::screens
