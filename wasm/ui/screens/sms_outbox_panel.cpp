#include "ui/screens/sms_outbox_panel.h"

#include "state/strings.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;

bool draw_sms_outbox(const state::SmsOutboxState& s) {
  bool reload = false;
  if (s.development) {
    text("admin.sms.dev", tr("admin.sms_dev_only"), Tone::Error);
    if (!s.notice.empty()) text("admin.sms.notice", s.notice, Tone::Muted);
  } else if (s.loaded) {
    text("admin.sms.gateway", tr("admin.sms_gateway"), Tone::Muted);
  }
  if (link("admin.sms.reload", tr("common.refresh"), !s.load.busy())) reload = true;
  if (!s.error.empty()) text("admin.sms.error", s.error, Tone::Error);
  if (!s.loaded && s.error.empty()) text("admin.sms.loading", tr("common.loading"), Tone::Muted);
  if (s.loaded && s.rows.empty()) text("admin.sms.empty", tr("admin.sms_empty"), Tone::Muted);
  if (!s.rows.empty() && table_begin("admin.sms", {tr("admin.sms_time"), tr("admin.sms_phone"), tr("admin.sms_purpose"), tr("admin.sms_code"),
                                                   tr("admin.status")})) {
    for (const auto& r : s.rows) {
      table_next_cell();
      text(r.created_at);
      table_next_cell();
      text(r.phone);
      table_next_cell();
      text(r.purpose);
      table_next_cell();
      text(r.code.empty() ? "—" : r.code, s.development ? Tone::Accent : Tone::Normal);
      table_next_cell();
      text(r.status + (r.attempts > 0 ? " ×" + std::to_string(r.attempts) : "") + (r.last_error.empty() ? "" : " · " + r.last_error),
           r.last_error.empty() ? Tone::Normal : Tone::Error);
    }
    table_end();
  }
  return reload;
}

}  // namespace ui::screens
