// Administration (issue 5; the SMS outbox and kiosks of issue 15): apply() of the admin screen —
// what a visit loads and what each form sends (state/admin_state.h).
#include <cstdlib>
#include <map>

#include "state/admin_state.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {
namespace {

Pending& users_slot(AppState& s) { return s.staff.admin.users_load; }
Pending& years_slot(AppState& s) { return s.staff.admin.years_load; }
Pending& config_slot(AppState& s) { return s.staff.admin.config_load; }
Pending& kiosks_slot(AppState& s) { return s.staff.admin.kiosks_load; }
Pending& sms_slot(AppState& s) { return s.staff.admin.sms.load; }

Request load_users(AppState& s) {
  return pending(s, users_slot, get("/admin/users", [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.admin;
    if (!r.ok()) {
      x.users_error = reply_text(r);
      return Requests{};
    }
    // The list does not say who is disabled (yet): keep what this session changed.
    std::map<long long, bool> known;
    for (const auto& u : x.users) known[u.id] = u.disabled;
    x.users = parse_users(r.body);
    bool server_says = false;
    for (const auto& u : r.body.value("users", nlohmann::json::array())) server_says |= u.contains("disabled");
    if (!server_says)
      for (auto& u : x.users)
        if (known.count(u.id)) u.disabled = known[u.id];
    x.users_loaded = true;
    x.users_error.clear();
    return Requests{};
  }));
}

Request load_years(AppState& s) {
  return pending(s, years_slot, get("/calendar", [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.admin;
    if (r.ok()) {
      x.years = parse_calendar_years(r.body);
      x.years_loaded = true;
    } else {
      x.calendar_error = reply_text(r);
    }
    return Requests{};
  }));
}

Request load_config(AppState& s) {
  return pending(s, config_slot, get("/admin/config", [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.admin;
    if (r.ok()) config_loaded(x, r.body);
    else x.config_errors["form"] = reply_text(r);
    return Requests{};
  }));
}

Request load_kiosks(AppState& s) {
  return pending(s, kiosks_slot, get("/admin/kiosks", [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.admin;
    if (r.ok()) {
      x.kiosks = parse_kiosks(r.body);
      x.kiosks_loaded = true;
    } else {
      x.kiosk_errors["form"] = reply_text(r);
    }
    return Requests{};
  }));
}

Request load_sms_outbox(AppState& s) {
  return pending(s, sms_slot, get("/admin/sms/outbox", [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.admin.sms;
    if (r.ok()) outbox_loaded(x, r.body, st.lang == Lang::En);
    else x.error = reply_text(r);
    return Requests{};
  }));
}

}  // namespace

Requests apply(AppState& s, const AdminIntent& in) {
  auto& a = s.staff.admin;
  Requests out;
  if (in.entered) {
    out.push_back(load_users(s));
    out.push_back(load_years(s));
    out.push_back(load_config(s));
    out.push_back(load_kiosks(s));
  }
  if (in.tab >= 0) a.tab = in.tab;
  if ((in.tab == 3 || in.reload_sms) && !a.sms.load.busy()) out.push_back(load_sms_outbox(s));
  // Accounts
  if (in.toggle_form) a.show_form = !a.show_form;
  if (in.user_edited) check_new_user(a.form, false);
  if (in.create_user && !a.form.busy && check_new_user(a.form, true)) {
    a.form.busy = true;
    out.push_back(post("/admin/users", new_user_body(a.form), [](AppState& st, const net::ApiReply& r) {
      auto& x = st.staff.admin;
      x.form.busy = false;
      if (!r.ok()) {
        place_user_error(x.form, reply_field(r), reply_text(r));
        return Requests{};
      }
      x.users_notice = trf("admin.created", {x.form.username});
      x.form = NewUserForm{};  // the password leaves memory
      x.show_form = false;
      return Requests{load_users(st)};
    }));
  }
  if (in.toggle_disabled > 0 && a.toggling == 0) {
    const long long id = in.toggle_disabled;
    bool now_disabled = false;
    for (const auto& u : a.users)
      if (u.id == id) now_disabled = u.disabled;
    a.toggling = id;
    out.push_back(post("/admin/users/" + std::to_string(id) + "/disabled", {{"disabled", !now_disabled}}, [id](AppState& st, const net::ApiReply& r) {
      auto& x = st.staff.admin;
      x.toggling = 0;
      if (!r.ok()) {
        x.users_error = reply_text(r);
        return Requests{};
      }
      for (auto& u : x.users)
        if (u.id == id) {
          u.disabled = r.body.value("disabled", !u.disabled);
          x.users_notice = trf(u.disabled ? "admin.disabled_done" : "admin.enabled_done", {u.username});
        }
      return Requests{};
    }));
  }
  // Calendar
  if (in.calendar_edited) {
    a.calendar_error.clear();
    a.calendar_field.clear();
    a.calendar_notice.clear();
  }
  if (in.calendar_template && a.calendar_json.empty()) a.calendar_json = calendar_template(std::atoi(a.year_typed.c_str()));
  if (in.publish_calendar && !a.calendar_busy) {
    a.calendar_error = check_calendar_json(a.calendar_json, a.year_typed);
    a.calendar_field.clear();
    if (a.calendar_error.empty()) {
      a.calendar_busy = true;
      const std::string year = a.year_typed;
      out.push_back(post("/admin/calendar/" + year, nlohmann::json::parse(a.calendar_json, nullptr, false), [year](AppState& st, const net::ApiReply& r) {
        auto& x = st.staff.admin;
        x.calendar_busy = false;
        if (!r.ok()) {
          x.calendar_error = reply_text(r);
          x.calendar_field = reply_field(r);
          return Requests{};
        }
        x.calendar_notice = trf("admin.calendar_published", {year});
        return Requests{load_years(st)};
      }));
    }
  }
  // Configuration (limits, supervision phone, the company settings)
  if (in.config_edited) {
    a.config_errors.clear();
    a.config_notice.clear();
  }
  if (in.reload_config) out.push_back(load_config(s));
  if (in.save_config && !a.config_busy) {
    if (auto body = config_body(a)) {
      if (body->empty()) {
        a.config_notice = tr("admin.config_unchanged");
      } else {
        a.config_busy = true;
        out.push_back(put("/admin/config", *body, [](AppState& st, const net::ApiReply& r) {
          auto& x = st.staff.admin;
          x.config_busy = false;
          if (!r.ok()) {
            place_config_error(x, reply_field(r), reply_text(r));
            return Requests{};
          }
          config_loaded(x, r.body);
          x.config_notice = tr("admin.config_saved");
          return Requests{};
        }));
      }
    }
  }
  // Kiosk devices (issue 15)
  if (in.kiosk_edited) {
    a.kiosk_errors.clear();
    a.kiosk_notice.clear();
  }
  if (in.forget_kiosk_token) a.new_kiosk_token.clear();
  if (in.add_kiosk && !a.kiosk_busy && check_kiosk_name(a)) {
    a.kiosk_busy = true;
    a.new_kiosk_token.clear();
    out.push_back(post("/admin/kiosks", {{"name", a.kiosk_name}}, [](AppState& st, const net::ApiReply& r) {
      auto& x = st.staff.admin;
      x.kiosk_busy = false;
      if (!r.ok()) {
        x.kiosk_errors[reply_field(r) == "name" ? "name" : "form"] = reply_text(r);
        return Requests{};
      }
      x.new_kiosk_token = r.body.value("token", "");
      x.kiosk_notice = trf("admin.kiosk_added", {x.kiosk_name});
      x.kiosk_name.clear();
      return Requests{load_kiosks(st)};
    }));
  }
  if (in.revoke_kiosk > 0 && a.revoking == 0) {
    const long long id = in.revoke_kiosk;
    a.revoking = id;
    out.push_back(post("/admin/kiosks/" + std::to_string(id) + "/revoke", nlohmann::json::object(), [](AppState& st, const net::ApiReply& r) {
      auto& x = st.staff.admin;
      x.revoking = 0;
      if (!r.ok()) {
        x.kiosk_errors["form"] = reply_text(r);
        return Requests{};
      }
      nlohmann::json device = r.body.value("device", nlohmann::json::object());
      x.kiosk_notice = trf("admin.kiosk_revoked_done", {device.is_object() ? device.value("name", "") : std::string()});
      return Requests{load_kiosks(st)};
    }));
  }
  return out;
}

}  // namespace state
