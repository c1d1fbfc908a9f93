#include "ui/screens/admin_screen.h"

#include "ui/screens/sms_outbox_panel.h"

#include "state/customer_common.h"
#include "state/staff_common.h"
#include "state/strings.h"
#include "ui/staff_kit.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {
void accounts(state::AdminState& s, long long my_id, state::AdminIntent& in) {
  if (button("admin.new_user", s.show_form ? tr("admin.hide_form") : tr("admin.new_user"), {s.show_form ? ButtonStyle::Secondary : ButtonStyle::Primary}))
    in.toggle_form = true;
  if (!s.users_notice.empty()) text("admin.users.notice", s.users_notice, Tone::Success);
  if (s.show_form) {
    auto& f = s.form;
    card_begin("admin.form");
    heading("admin.form.title", tr("admin.new_user_title"), 2);
    grid_begin("admin.form.grid", 2);
    grid_next();
    InputOpts u;
    u.hint = "cm.zhang";
    u.error = field_error(f.errors, "username");
    u.max_bytes = 32;
    in.user_edited |= input_text("admin.username", tr("admin.username"), f.username, u);
    grid_next();
    InputOpts n;
    n.error = field_error(f.errors, "name");
    n.max_bytes = 120;
    in.user_edited |= input_text("admin.name", tr("admin.name"), f.name, n);
    grid_next();
    std::vector<std::string> roles;
    for (const auto& r : state::staff_roles()) roles.push_back(state::role_text(r));
    std::vector<std::string_view> rv(roles.begin(), roles.end());
    in.user_edited |= combo("admin.role", tr("admin.role"), f.role, rv);
    grid_next();
    InputOpts ph;
    ph.kind = platform::TextKind::Phone;
    ph.hint = tr("intake.optional");
    ph.error = field_error(f.errors, "phone");
    ph.max_bytes = 20;
    in.user_edited |= input_text("admin.phone", tr("admin.phone"), f.phone, ph);
    grid_end();
    InputOpts pw;
    pw.kind = platform::TextKind::Password;
    pw.hint = tr("auth.password_hint");
    pw.error = field_error(f.errors, "password");
    pw.max_bytes = 128;
    in.user_edited |= input_text("admin.password", tr("admin.password"), f.password, pw);
    if (!field_error(f.errors, "form").empty()) text("admin.form.error", field_error(f.errors, "form"), Tone::Error);
    ButtonOpts b;
    b.style = ButtonStyle::Primary;
    b.enabled = !f.busy;
    if (button("admin.create", f.busy ? tr("common.loading") : tr("admin.create"), b)) in.create_user = true;
    card_end();
  }
  if (!s.users_error.empty()) text("admin.users.error", s.users_error, Tone::Error);
  if (table_begin("admin.users", {tr("admin.name"), tr("admin.username"), tr("admin.role"), tr("admin.phone"), tr("admin.status")})) {
    for (const auto& u : s.users) {
      table_next_cell();
      text(u.name);
      table_next_cell();
      text(u.username, Tone::Muted);
      table_next_cell();
      text(state::role_text(u.role));
      table_next_cell();
      text(u.phone.empty() ? "—" : u.phone, Tone::Muted);
      table_next_cell();
      const std::string id = "admin.user." + u.username;
      text((id + ".state").c_str(), u.disabled ? tr("admin.disabled") : tr("admin.active"), u.disabled ? Tone::Error : Tone::Success);
      if (u.id != my_id) {  // nobody disables their own account
        same_line(12);
        if (link((id + ".toggle").c_str(), u.disabled ? tr("admin.enable") : tr("admin.disable"), s.toggling == 0)) in.toggle_disabled = u.id;
      }
    }
    table_end();
  }
}

void calendar(state::AdminState& s, state::AdminIntent& in) {
  if (table_begin("admin.years", {tr("admin.year"), tr("admin.year_state"), tr("admin.days_off"), tr("admin.workdays")})) {
    for (const auto& y : s.years) {
      table_next_cell();
      text(("admin.year." + std::to_string(y.year)).c_str(), std::to_string(y.year));
      table_next_cell();
      const std::string key = "admin.source." + y.source;
      text(("admin.year." + std::to_string(y.year) + ".state").c_str(),
           y.confirmed ? (state::has_key(key) ? std::string(tr(key)) : y.source) : std::string(tr("admin.unconfirmed")),
           y.confirmed ? Tone::Success : Tone::Error);
      table_next_cell();
      text(std::to_string(y.holidays));
      table_next_cell();
      text(std::to_string(y.workdays));
    }
    table_end();
  }
  card_begin("admin.calendar");
  heading("admin.calendar.title", tr("admin.calendar_title"), 2);
  text(tr("admin.calendar_intro"), Tone::Muted);
  InputOpts y;
  y.kind = platform::TextKind::Number;
  y.max_bytes = 4;
  in.calendar_edited |= input_text("admin.calendar.year", tr("admin.year"), s.year_typed, y);
  in.calendar_edited |= text_area("admin.calendar.json", tr("admin.calendar_json"), s.calendar_json, 220, {}, tr("admin.calendar_hint"));
  if (!s.calendar_error.empty())
    text("admin.calendar.error", s.calendar_field.empty() ? s.calendar_error : s.calendar_field + ": " + s.calendar_error, Tone::Error);
  if (!s.calendar_notice.empty()) text("admin.calendar.notice", s.calendar_notice, Tone::Success);
  if (link("admin.calendar.template", tr("admin.calendar_template"))) in.calendar_template = true;
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.enabled = !s.calendar_busy && !s.calendar_json.empty();
  if (button("admin.calendar.publish", s.calendar_busy ? tr("common.loading") : tr("admin.calendar_publish"), b)) in.publish_calendar = true;
  card_end();
}

void configuration(state::AdminState& s, state::AdminIntent& in) {
  if (!s.config_loaded) {
    text("admin.config.loading", tr("common.loading"), Tone::Muted);
    return;
  }
  card_begin("admin.config.phone");
  heading("admin.config.phone.title", tr("admin.supervision_title"), 2);
  InputOpts ph;
  ph.kind = platform::TextKind::Phone;
  ph.error = field_error(s.config_errors, "supervision_phone");
  ph.max_bytes = 20;
  in.config_edited |= input_text("admin.supervision_phone", tr("admin.supervision_phone"), s.supervision_phone, ph);
  card_end();
  card_begin("admin.config.limits");
  heading("admin.config.limits.title", tr("admin.limits_title"), 2);
  text(tr("admin.limits_intro"), Tone::Muted);
  if (table_begin("admin.limits", {tr("admin.business"), tr("admin.limit_application"), tr("admin.limit_completion")})) {
    for (auto& row : s.limits) {
      table_next_cell();
      text(row.name);
      table_next_cell();
      InputOpts a;
      a.kind = platform::TextKind::Number;
      a.max_bytes = 4;
      a.error = field_error(s.config_errors, row.business + ".application");
      in.config_edited |= input_text(("admin.limit." + row.business + ".application").c_str(), "", row.application, a);
      table_next_cell();
      InputOpts c = a;
      c.error = field_error(s.config_errors, row.business + ".completion");
      in.config_edited |= input_text(("admin.limit." + row.business + ".completion").c_str(), "", row.completion, c);
    }
    table_end();
  }
  card_end();
  if (!s.settings.empty()) {
    // Values the seed does not give (rules T6, S5, M5, R1): company settings, labelled so.
    card_begin("admin.config.settings");
    heading("admin.config.settings.title", tr("admin.settings_title"), 2);
    text("admin.config.settings.intro", tr("admin.settings_intro"), Tone::Muted);
    for (auto& row : s.settings) {
      InputOpts o;
      o.kind = platform::TextKind::Number;
      o.max_bytes = 7;
      o.error = field_error(s.config_errors, row.path);
      in.config_edited |= input_text(("admin.setting." + row.path).c_str(), row.label, row.value, o);
    }
    card_end();
  }
  if (!field_error(s.config_errors, "form").empty()) text("admin.config.error", field_error(s.config_errors, "form"), Tone::Error);
  if (!s.config_notice.empty()) text("admin.config.notice", s.config_notice, Tone::Success);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.enabled = !s.config_busy;
  if (button("admin.config.save", s.config_busy ? tr("common.loading") : tr("common.save"), b)) in.save_config = true;
  same_line(16);
  if (link("admin.config.reload", tr("admin.config_reload"))) in.reload_config = true;
  text(tr("admin.config_note"), Tone::Muted);
}
void kiosks(state::AdminState& s, state::AdminIntent& in) {
  card_begin("admin.kiosk.new");
  heading("admin.kiosk.title", tr("admin.kiosk_title"), 2);
  text(tr("admin.kiosk_intro"), Tone::Muted);
  InputOpts n;
  n.hint = tr("admin.kiosk_name_hint");
  n.error = field_error(s.kiosk_errors, "name");
  n.max_bytes = 240;
  in.kiosk_edited |= input_text("admin.kiosk.name", tr("admin.kiosk_name"), s.kiosk_name, n);
  if (!field_error(s.kiosk_errors, "form").empty()) text("admin.kiosk.error", field_error(s.kiosk_errors, "form"), Tone::Error);
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.enabled = !s.kiosk_busy;
  if (button("admin.kiosk.add", s.kiosk_busy ? tr("common.loading") : tr("admin.kiosk_add"), b)) in.add_kiosk = true;
  if (!s.new_kiosk_token.empty()) {
    // Shown this once: staff type it into the kiosk's setup screen (it is stored only hashed).
    text("admin.kiosk.token_note", tr("admin.kiosk_token_once"), Tone::Success);
    text("admin.kiosk.token", s.new_kiosk_token);
    if (link("admin.kiosk.token_done", tr("admin.kiosk_token_done"))) in.forget_kiosk_token = true;
  }
  card_end();
  if (!s.kiosk_notice.empty()) text("admin.kiosk.notice", s.kiosk_notice, Tone::Success);
  if (table_begin("admin.kiosks", {tr("admin.kiosk_name"), tr("admin.kiosk_created"), tr("admin.status")})) {
    for (const auto& k : s.kiosks) {
      const std::string id = "admin.kiosk." + std::to_string(k.id);
      table_next_cell();
      text((id + ".name").c_str(), k.name);
      table_next_cell();
      text(k.created_at.substr(0, 16), Tone::Muted);
      table_next_cell();
      text((id + ".state").c_str(), k.active ? tr("admin.active") : tr("admin.kiosk_revoked"), k.active ? Tone::Success : Tone::Error);
      if (k.active) {
        same_line(12);
        if (link((id + ".revoke").c_str(), tr("admin.kiosk_revoke"), s.revoking == 0)) in.revoke_kiosk = k.id;
      }
    }
    table_end();
  }
}
}  // namespace

state::AdminIntent draw_admin(state::AdminState& s, long long my_id) {
  state::AdminIntent in;
  heading("admin.title", tr("admin.title"), 2);
  const int tab = tabs("admin.tabs", {{"admin.tab.users", tr("admin.tab_users")}, {"admin.tab.calendar", tr("admin.tab_calendar")},
                                      {"admin.tab.config", tr("admin.tab_config")}, {"admin.tab.sms", tr("admin.tab_sms")},
                                      {"admin.tab.kiosks", tr("admin.tab_kiosks")}},
                       s.tab);
  if (tab != s.tab) in.tab = tab;
  if (s.tab == 0) accounts(s, my_id, in);
  else if (s.tab == 1) calendar(s, in);
  else if (s.tab == 2) configuration(s, in);
  else if (s.tab == 3) in.reload_sms = draw_sms_outbox(s.sms);
  else kiosks(s, in);
  return in;
}

}  // namespace ui::screens
