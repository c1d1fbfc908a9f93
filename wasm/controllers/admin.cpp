// Administration (issue 5): accounts (created and disabled by admins), a new year's holidays
// published by pasting its JSON, the configuration (change-of-use limits, supervision phone).
#include <cstdlib>
#include <map>

#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "ui/screens/admin_screen.h"

namespace app {
namespace {

void load_users(Ctx& c) {
  auto& s = c.s.staff.admin;
  const long long id = state::next_request_id();
  s.users_pending = id;
  get(c, "/admin/users", [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.admin;
    if (x.users_pending != id) return;
    x.users_pending = 0;
    if (!r.ok()) {
      x.users_error = reply_message(r);
      return;
    }
    // The list does not say who is disabled (yet): keep what this session changed.
    std::map<long long, bool> known;
    for (const auto& u : x.users) known[u.id] = u.disabled;
    x.users = state::parse_users(r.body);
    bool server_says = false;
    for (const auto& u : r.body.value("users", nlohmann::json::array())) server_says |= u.contains("disabled");
    if (!server_says)
      for (auto& u : x.users)
        if (known.count(u.id)) u.disabled = known[u.id];
    x.users_loaded = true;
    x.users_error.clear();
  });
}

void load_years(Ctx& c) {
  auto& s = c.s.staff.admin;
  const long long id = state::next_request_id();
  s.years_pending = id;
  get(c, "/calendar", [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.admin;
    if (x.years_pending != id) return;
    x.years_pending = 0;
    if (r.ok()) {
      x.years = state::parse_calendar_years(r.body);
      x.years_loaded = true;
    } else {
      x.calendar_error = reply_message(r);
    }
  });
}

void load_config(Ctx& c) {
  auto& s = c.s.staff.admin;
  const long long id = state::next_request_id();
  s.config_pending = id;
  get(c, "/admin/config", [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.admin;
    if (x.config_pending != id) return;
    x.config_pending = 0;
    if (r.ok()) state::config_loaded(x, r.body);
    else x.config_errors["form"] = reply_message(r);
  });
}

void load_kiosks(Ctx& c) {
  auto& s = c.s.staff.admin;
  const long long id = state::next_request_id();
  s.kiosks_pending = id;
  get(c, "/admin/kiosks", [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.admin;
    if (x.kiosks_pending != id) return;
    x.kiosks_pending = 0;
    if (r.ok()) {
      x.kiosks = state::parse_kiosks(r.body);
      x.kiosks_loaded = true;
    } else {
      x.kiosk_errors["form"] = reply_message(r);
    }
  });
}

}  // namespace

static void load_sms_outbox(Ctx& c) {
  auto& s = c.s.staff.admin.sms;
  const long long id = state::next_request_id();
  s.pending = id;
  get(c, "/admin/sms/outbox", [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.admin.sms;
    if (x.pending != id) return;
    x.pending = 0;
    if (r.ok()) state::outbox_loaded(x, r.body, c.s.lang == state::Lang::En);
    else x.error = reply_message(r);
  });
}

void admin_frame(Ctx& c) {
  auto& s = c.s.staff.admin;
  if (entered("admin")) {
    load_users(c);
    load_years(c);
    load_config(c);
    load_kiosks(c);
  }
  const long long me = c.s.session.user ? c.s.session.user->id : 0;
  const auto in = ui::screens::draw_admin(s, me);
  if (in.tab >= 0) s.tab = in.tab;
  if ((in.tab == 3 || in.reload_sms) && s.sms.pending == 0) load_sms_outbox(c);
  // Accounts
  if (in.toggle_form) s.show_form = !s.show_form;
  if (in.user_edited) state::check_new_user(s.form, false);
  if (in.create_user && !s.form.busy && state::check_new_user(s.form, true)) {
    s.form.busy = true;
    post(c, "/admin/users", state::new_user_body(s.form), [&c](const net::ApiReply& r) {
      auto& x = c.s.staff.admin;
      x.form.busy = false;
      if (!r.ok()) return state::place_user_error(x.form, reply_field(r), reply_message(r));
      x.users_notice = state::trf("admin.created", {x.form.username});
      x.form = state::NewUserForm{};  // the password leaves memory
      x.show_form = false;
      load_users(c);
    });
  }
  if (in.toggle_disabled > 0 && s.toggling == 0) {
    const long long id = in.toggle_disabled;
    bool now_disabled = false;
    for (const auto& u : s.users)
      if (u.id == id) now_disabled = u.disabled;
    s.toggling = id;
    post(c, "/admin/users/" + std::to_string(id) + "/disabled", {{"disabled", !now_disabled}}, [&c, id](const net::ApiReply& r) {
      auto& x = c.s.staff.admin;
      x.toggling = 0;
      if (!r.ok()) {
        x.users_error = reply_message(r);
        return;
      }
      for (auto& u : x.users)
        if (u.id == id) {
          u.disabled = r.body.value("disabled", !u.disabled);
          x.users_notice = state::trf(u.disabled ? "admin.disabled_done" : "admin.enabled_done", {u.username});
        }
    });
  }
  // Calendar
  if (in.calendar_edited) {
    s.calendar_error.clear();
    s.calendar_field.clear();
    s.calendar_notice.clear();
  }
  if (in.calendar_template && s.calendar_json.empty()) s.calendar_json = state::calendar_template(std::atoi(s.year_typed.c_str()));
  if (in.publish_calendar && !s.calendar_busy) {
    s.calendar_error = state::check_calendar_json(s.calendar_json, s.year_typed);
    s.calendar_field.clear();
    if (s.calendar_error.empty()) {
      s.calendar_busy = true;
      const std::string year = s.year_typed;
      post(c, "/admin/calendar/" + year, nlohmann::json::parse(s.calendar_json, nullptr, false), [&c, year](const net::ApiReply& r) {
        auto& x = c.s.staff.admin;
        x.calendar_busy = false;
        if (!r.ok()) {
          x.calendar_error = reply_message(r);
          x.calendar_field = reply_field(r);
          return;
        }
        x.calendar_notice = state::trf("admin.calendar_published", {year});
        load_years(c);
      });
    }
  }
  // Configuration
  if (in.config_edited) {
    s.config_errors.clear();
    s.config_notice.clear();
  }
  if (in.reload_config) load_config(c);
  if (in.save_config && !s.config_busy) {
    if (auto body = state::config_body(s)) {
      if (body->empty()) {
        s.config_notice = state::tr("admin.config_unchanged");
      } else {
        s.config_busy = true;
        put(c, "/admin/config", *body, [&c](const net::ApiReply& r) {
          auto& x = c.s.staff.admin;
          x.config_busy = false;
          if (!r.ok()) return state::place_config_error(x, reply_field(r), reply_message(r));
          state::config_loaded(x, r.body);
          x.config_notice = state::tr("admin.config_saved");
        });
      }
    }
  }
  // Kiosk devices (issue 15)
  if (in.kiosk_edited) {
    s.kiosk_errors.clear();
    s.kiosk_notice.clear();
  }
  if (in.forget_kiosk_token) s.new_kiosk_token.clear();
  if (in.add_kiosk && !s.kiosk_busy && state::check_kiosk_name(s)) {
    s.kiosk_busy = true;
    s.new_kiosk_token.clear();
    post(c, "/admin/kiosks", {{"name", s.kiosk_name}}, [&c](const net::ApiReply& r) {
      auto& x = c.s.staff.admin;
      x.kiosk_busy = false;
      if (!r.ok()) {
        x.kiosk_errors[reply_field(r) == "name" ? "name" : "form"] = reply_message(r);
        return;
      }
      x.new_kiosk_token = r.body.value("token", "");
      x.kiosk_notice = state::trf("admin.kiosk_added", {x.kiosk_name});
      x.kiosk_name.clear();
      load_kiosks(c);
    });
  }
  if (in.revoke_kiosk > 0 && s.revoking == 0) {
    const long long id = in.revoke_kiosk;
    s.revoking = id;
    post(c, "/admin/kiosks/" + std::to_string(id) + "/revoke", nlohmann::json::object(), [&c](const net::ApiReply& r) {
      auto& x = c.s.staff.admin;
      x.revoking = 0;
      if (!r.ok()) {
        x.kiosk_errors["form"] = reply_message(r);
        return;
      }
      x.kiosk_notice = state::trf("admin.kiosk_revoked_done", {r.body["device"].value("name", "")});
      load_kiosks(c);
    });
  }
}

}  // namespace app
