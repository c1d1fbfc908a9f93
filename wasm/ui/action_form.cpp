#include "ui/action_form.h"

#include <chrono>
#include <string>
#include <vector>

#include "gp/date.h"
#include "state/strings.h"
#include "ui/widgets.h"

namespace ui {

using state::tr;

FormClock form_clock() {
  const auto secs = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  const std::string iso = gp::format_datetime_cst(secs);  // 2026-11-30T09:30:00+08:00
  return {iso.substr(0, 10), iso.substr(0, 10) + " " + iso.substr(11, 5)};
}

ActionFormIntent draw_action_form(const char* id, state::ActionForm& f, const FormClock& clock) {
  ActionFormIntent in;
  const std::string base = id;
  for (auto& field : f.fields) {
    const std::string fid = base + "." + field.name;
    std::string label = state::field_label(field);
    if (!field.required && field.type != "bool") label += tr("action.optional");
    const bool enabled = !f.busy;
    if (field.type == "bool") {
      in.edited |= checkbox(fid.c_str(), label, field.flag, enabled);
      if (!field.error.empty()) text((fid + ".error").c_str(), field.error, Tone::Error);
    } else if (field.type == "enum" || field.type == "document") {
      std::vector<std::string> names;
      for (const auto& o : field.options) names.push_back(state::option_label(o));
      std::vector<std::string_view> views(names.begin(), names.end());
      in.edited |= combo(fid.c_str(), label, field.choice, views, enabled && !views.empty());
      if (views.empty()) text(field.type == "document" ? tr("action.no_documents") : tr("action.no_options"), Tone::Muted);
      if (!field.error.empty()) text((fid + ".error").c_str(), field.error, Tone::Error);
    } else {
      InputOpts o;
      o.error = field.error;
      o.enabled = enabled;
      if (field.type == "number") {
        o.kind = platform::TextKind::Number;
        o.max_bytes = 24;
      } else if (field.type == "date") {
        o.hint = tr("action.date_hint");
        o.max_bytes = 16;
      } else if (field.type == "datetime") {
        o.hint = tr("action.datetime_hint");
        o.max_bytes = 32;
      } else {
        o.max_bytes = static_cast<int>(std::min<std::size_t>(field.max_length, 2000) * 4);
      }
      in.edited |= input_text(fid.c_str(), label, field.text, o);
      if (field.type == "date" || field.type == "datetime") {
        const bool date = field.type == "date";
        if (link((fid + ".now").c_str(), date ? tr("action.today") : tr("action.now"), enabled)) {
          field.text = date ? clock.today : clock.now;
          in.edited = true;
        }
      }
    }
  }
  if (!f.error.empty()) text((base + ".error").c_str(), f.error, Tone::Error);
  ButtonOpts b;
  b.style = f.action == "withdraw" ? ButtonStyle::Danger : ButtonStyle::Primary;
  b.enabled = !f.busy;
  b.full_width = is_narrow();
  if (button((base + ".submit").c_str(), f.busy ? tr("common.loading") : state::action_label(f), b)) in.submit = true;
  if (!is_narrow()) same_line();
  if (link((base + ".cancel").c_str(), tr("common.cancel"), !f.busy)) in.cancel = true;
  return in;
}

}  // namespace ui
