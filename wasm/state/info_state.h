// The placeholder information page: which tab is open and a small contact form that validates as
// the user types (with shared/'s rules, the same ones the server applies).
#pragma once
#include <optional>
#include <string>

#include "gp/error.h"
#include "state/strings.h"

namespace state {

struct InfoState {
  int tab = 0;  // index into info_tabs()
  std::string phone;
  std::string name;
  std::optional<gp::Error> phone_error;
  std::optional<gp::Error> name_error;
  bool submitted_ok = false;
};

// What the user asked for in one frame of the page (returned by ui::screens::draw_info).
struct InfoIntent {
  bool toggle_language = false;
  int select_tab = -1;
  bool phone_edited = false;  // the text fields are edited in place; these say that they were
  bool name_edited = false;
  bool submit = false;
};

struct InfoTab {
  const char* id;  // stable snapshot id, e.g. "info.tab.documents"
  Str label;
  Str body;
};
inline constexpr InfoTab kInfoTabs[] = {
    {"info.tab.guide", Str::TabGuide, Str::GuideBody},
    {"info.tab.process", Str::TabProcess, Str::ProcessBody},
    {"info.tab.documents", Str::TabDocuments, Str::DocumentsBody},
    {"info.tab.fees", Str::TabFees, Str::FeesBody},
};
inline constexpr int kInfoTabCount = sizeof(kInfoTabs) / sizeof(kInfoTabs[0]);

// Applies one frame's intent. `lang` is the app's language (toggled here).
void apply(InfoState& s, const InfoIntent& intent, Lang& lang);

// The message of `e` in `lang`, or "" when there is no error.
std::string error_text(const std::optional<gp::Error>& e, Lang lang);

}  // namespace state
