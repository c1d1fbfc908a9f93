#include "state/reservations_state.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "gp/codes.h"
#include "gp/validate.h"
#include "gp/dto/desk.h"
#include "gp/dto/wire.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

namespace {

void set_error(std::map<std::string, std::string>& errors, const char* field, const gp::Status& e) {
  if (e) errors[field] = en() ? e->message_en : e->message_zh;
  else errors.erase(field);
}

template <class E>
int index_of(const std::vector<E>& all, std::string_view code) {
  for (std::size_t i = 0; i < all.size(); ++i)
    if (code == gp::to_string(all[i])) return static_cast<int>(i);
  return 0;
}

// "9:05" / "09:05" -> minutes since midnight, or -1.
int parse_hhmm(const std::string& s) {
  const auto c = s.find(':');
  if (c == std::string::npos || c == 0 || c > 2 || s.size() - c - 1 != 2) return -1;
  int h = 0, m = 0;
  for (std::size_t i = 0; i < c; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    h = h * 10 + (s[i] - '0');
  }
  for (std::size_t i = c + 1; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    m = m * 10 + (s[i] - '0');
  }
  return h < 24 && m < 60 ? h * 60 + m : -1;
}

}  // namespace

namespace {
// Read through the shared DTO (gp/dto/desk.h): a body of another shape throws
// gp::dto::DecodeError naming the key, shown as common.bad_reply by the load below.
Reservation reservation_of(const gp::dto::ReservationDto& j) {
  Reservation r;
  r.number = j.number;
  r.channel = j.channel;
  r.status = j.status;
  r.name = j.name;
  r.phone = j.phone.value_or("");
  r.address = j.address;
  r.business = name_of(j.business);
  r.business_code = j.business.code;
  r.customer_type = name_of(j.customer_type);
  r.customer_type_code = j.customer_type.code;
  r.note = j.note;
  r.created_at = j.created_at;
  r.due_at = j.due_at;
  r.handled_at = j.handled_at.value_or("");
  r.level = j.level;
  r.application_number = j.application_number.value_or("");
  if (j.customer_manager) {
    r.manager = j.customer_manager->name;
    r.manager_id = j.customer_manager->id;
  }
  r.escalation = j.escalation;
  r.remaining_seconds = j.remaining_seconds;
  r.on_time = j.on_time;
  return r;
}
}  // namespace

Reservation parse_reservation(const nlohmann::json& j) { return reservation_of(gp::dto::decode<gp::dto::ReservationDto>(j)); }

const std::vector<std::string>& reservation_status_values() {
  static const std::vector<std::string> v = {"open", "handled", "converted", "cancelled", ""};
  return v;
}

std::string reservations_path(const ReservationsState& s) {
  const auto& v = reservation_status_values();
  const std::string st = s.status >= 0 && s.status < static_cast<int>(v.size()) ? v[static_cast<std::size_t>(s.status)] : "";
  return st.empty() ? "/reservations" : "/reservations?status=" + st;
}

void reservations_loaded(ReservationsState& s, const nlohmann::json& body, double now) {
  const auto reply = gp::dto::decode<gp::dto::ReservationListDto>(body);  // before anything shown changes
  s.items.clear();
  for (const auto& j : reply.items) s.items.push_back(reservation_of(j));
  // Open ones first, the least time left first (rule D4: the clock decides what is next).
  std::stable_sort(s.items.begin(), s.items.end(), [](const Reservation& a, const Reservation& b) {
    const bool ao = a.status == "open", bo = b.status == "open";
    if (ao != bo) return ao;
    if (ao) return a.remaining_seconds.value_or(1e18) < b.remaining_seconds.value_or(1e18);
    return a.created_at > b.created_at;
  });
  s.loaded = true;
  s.loaded_at = now;
  s.error.clear();
  if (s.panel) {
    bool still = false;
    for (const auto& r : s.items) still |= r.number == s.panel->number && r.status != "converted" && r.status != "cancelled";
    if (!still) s.panel.reset();
  }
}

std::optional<double> reservation_left(const ReservationsState& s, const Reservation& r, double now) {
  if (r.status != "open" || !r.remaining_seconds) return std::nullopt;
  return seconds_left(*r.remaining_seconds, s.loaded_at, now);
}

std::optional<double> reservations_next_tick(const ReservationsState& s, double now) {
  std::optional<double> best;
  for (const auto& r : s.items) {
    auto left = reservation_left(s, r, now);
    if (!left) continue;
    const double t = next_countdown_tick(*left);
    if (!best || t < *best) best = t;
  }
  return best;
}

bool check_phone_form(PhoneForm& f, bool final) {
  f.errors.erase("form");
  auto check = [&](const char* field, const std::string& v, auto fn) {
    if (final || !v.empty()) set_error(f.errors, field, fn(v));
    else f.errors.erase(field);
  };
  check("name", f.name, [](const std::string& v) { return gp::validate::person_name(v, "name"); });
  check("phone", f.phone, [](const std::string& v) { return gp::validate::mobile_phone(v, "phone"); });
  check("address", f.address, [](const std::string& v) { return gp::validate::text(v, "address", 2, 200); });
  if (!f.note.empty()) set_error(f.errors, "note", gp::validate::text(f.note, "note", 0, 500));
  else f.errors.erase("note");
  if (!f.call_ended.empty() && parse_hhmm(f.call_ended) < 0) f.errors["call_ended_at"] = tr("reservations.call_time_invalid");
  else f.errors.erase("call_ended_at");
  return f.errors.empty();
}

nlohmann::json phone_form_body(const PhoneForm& f, const std::string& today) {
  const auto& types = gp::all_customer_types();
  const auto& biz = gp::all_businesses();
  nlohmann::json j = {{"channel", "phone"},
                      {"name", f.name},
                      {"phone", f.phone},
                      {"address", f.address},
                      {"customer_type", gp::to_string(types.at(static_cast<std::size_t>(std::clamp<int>(f.customer_type, 0, static_cast<int>(types.size()) - 1))))},
                      {"business", gp::to_string(biz.at(static_cast<std::size_t>(std::clamp<int>(f.business, 0, static_cast<int>(biz.size()) - 1))))}};
  if (!f.note.empty()) j["note"] = f.note;
  const int m = parse_hhmm(f.call_ended);
  if (m >= 0 && valid_date(today)) {
    char b[40];
    std::snprintf(b, sizeof b, "%sT%02d:%02d:00+08:00", today.c_str(), m / 60, m % 60);
    j["call_ended_at"] = b;
  }
  return j;
}

void place_phone_error(PhoneForm& f, const std::string& field, const std::string& message) {
  static const char* own[] = {"name", "phone", "address", "note", "customer_type", "business", "call_ended_at"};
  for (const char* k : own)
    if (field == k) {
      f.errors[field] = message;
      return;
    }
  f.errors["form"] = message;
}

void open_panel(ReservationsState& s, const Reservation& r, ResvAction a) {
  if (!s.panel || s.panel->number != r.number) {
    ResvPanel p;
    p.number = r.number;
    p.address = r.address;
    p.contact_name = r.name;
    p.contact_phone = r.phone;
    p.facts.customer_type = gp::all_customer_types()[static_cast<std::size_t>(index_of(gp::all_customer_types(), r.customer_type_code))];
    p.facts.business = gp::all_businesses()[static_cast<std::size_t>(index_of(gp::all_businesses(), r.business_code))];
    p.outcome = evaluate_form(p.facts, en());
    for (std::size_t i = 0; i < s.managers.size(); ++i)
      if (s.managers[i].first == r.manager_id) p.manager = static_cast<int>(i);
    s.panel = std::move(p);
  }
  s.panel->action = a;
  s.panel->errors.clear();
}

std::optional<nlohmann::json> panel_body(ResvPanel& p, const std::vector<std::pair<long long, std::string>>& managers, long long my_id,
                                         bool can_pick_manager) {
  p.errors.clear();
  nlohmann::json fields = nlohmann::json::object();
  auto manager_id = [&]() -> long long {
    if (can_pick_manager) {
      if (p.manager >= 0 && p.manager < static_cast<int>(managers.size())) return managers[static_cast<std::size_t>(p.manager)].first;
      return 0;
    }
    return my_id;  // a customer manager takes it themselves
  };
  switch (p.action) {
    case ResvAction::Dispatch: {
      const long long id = manager_id();
      if (id <= 0) {
        p.errors["fields.customer_manager"] = tr("reservations.pick_manager");
        return std::nullopt;
      }
      fields["customer_manager"] = id;
      if (!p.note.empty()) fields["note"] = p.note;
      break;
    }
    case ResvAction::Contact: {
      const long long id = can_pick_manager ? manager_id() : 0;
      if (id > 0) fields["customer_manager"] = id;
      if (!p.note.empty()) fields["note"] = p.note;
      break;
    }
    case ResvAction::Cancel:
      if (p.reason.empty()) {
        p.errors["fields.reason"] = tr("reservations.reason_required");
        return std::nullopt;
      }
      fields["reason"] = p.reason;
      break;
    case ResvAction::Convert: {
      p.outcome = evaluate_form(p.facts, en());
      if (!p.outcome.errors.empty()) {
        for (const auto& [k, v] : p.outcome.errors) p.errors["fields." + k] = v;
        return std::nullopt;
      }
      if (auto e = gp::validate::text(p.address, "address", 2, 200)) {
        p.errors["fields.address"] = en() ? e->message_en : e->message_zh;
        return std::nullopt;
      }
      fields = p.outcome.facts;
      fields.erase("business");  // the server carries the reservation's own over
      fields.erase("customer_type");
      fields["address"] = p.address;
      break;
    }
    case ResvAction::None: return std::nullopt;
  }
  return nlohmann::json{{"action", resv_action_name(p.action)}, {"fields", fields}};
}

void place_panel_error(ResvPanel& p, const std::string& field, const std::string& message) {
  p.errors[field.empty() || field == "action" ? "form" : field] = message;
}

const char* resv_action_name(ResvAction a) {
  switch (a) {
    case ResvAction::Dispatch: return "dispatch";
    case ResvAction::Contact: return "contact";
    case ResvAction::Convert: return "convert";
    case ResvAction::Cancel: return "cancel";
    default: return "";
  }
}

bool reservations_supervisor(const AppState& s) {
  return s.session.user && (s.session.user->role == "command_center" || s.session.user->role == "admin");
}

namespace {

Pending& load_slot(AppState& s) { return s.staff.reservations.load; }

Request load(AppState& s, double now) {
  return pending(s, load_slot, get(reservations_path(s.staff.reservations), [now](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.reservations;
    if (!r.ok()) {
      x.error = reply_text(r);
      return Requests{};
    }
    try {
      reservations_loaded(x, r.body, now);
    } catch (const gp::dto::DecodeError& e) {
      x.error = trf("common.bad_reply", {e.path});
    }
    return Requests{};
  }));
}

Request submit_phone(AppState& s, const std::string& today, double now) {
  auto& f = s.staff.reservations.phone;
  f.busy = true;
  return post("/reservations", phone_form_body(f, today), [now](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.reservations;
    x.phone.busy = false;
    if (!r.ok()) {
      place_phone_error(x.phone, reply_field(r), reply_text(r));
      return Requests{};
    }
    x.notice = trf("reservations.recorded", {jstr(r.body, "number")});
    x.phone = PhoneForm{};
    x.show_phone_form = false;
    x.status = 0;
    return Requests{load(st, now)};
  });
}

std::optional<Request> submit_panel(AppState& s, double now) {
  auto& x = s.staff.reservations;
  auto& p = *x.panel;
  const long long me = s.session.user ? s.session.user->id : 0;
  auto body = panel_body(p, x.managers, me, reservations_supervisor(s));
  if (!body) return std::nullopt;
  p.busy = true;
  const std::string number = p.number;
  const ResvAction action = p.action;
  return post("/reservations/" + url_encode(number) + "/actions", *body, [number, action, now](AppState& st, const net::ApiReply& r) {
    auto& xx = st.staff.reservations;
    if (!xx.panel || xx.panel->number != number) return Requests{};
    xx.panel->busy = false;
    if (!r.ok()) {
      place_panel_error(*xx.panel, reply_field(r), reply_text(r));
      return Requests{};
    }
    if (action == ResvAction::Convert && r.body.contains("application")) {
      // At the site survey the reservation became an application: go on there.
      const std::string app_number = jstr(r.body.at("application"), "number");
      xx.panel.reset();
      go(st, Screen::Detail, app_number);
      st.flash = trf("reservations.converted", {number, app_number});  // after go(), which clears the flash
      st.flash_error = false;
      return Requests{};
    }
    static const char* done[] = {"", "reservations.dispatched", "reservations.contacted", "", "reservations.cancelled"};
    xx.notice = trf(done[static_cast<int>(action)], {number});
    xx.panel.reset();
    return Requests{load(st, now)};
  });
}

}  // namespace

Requests apply(AppState& s, const ReservationsIntent& in) {
  auto& x = s.staff.reservations;
  Requests out;
  if (!x.managers_requested && reservations_supervisor(s)) {  // whom to dispatch to, once
    x.managers_requested = true;
    out.push_back(get("/admin/users", [](AppState& st, const net::ApiReply& r) {
      if (!r.ok()) return Requests{};
      auto& xx = st.staff.reservations;
      xx.managers.clear();
      for (const auto& m : parse_staff_managers(r.body))
        if (m.role == "customer_manager") xx.managers.emplace_back(m.id, m.name);
      return Requests{};
    }));
  }
  // A visit, and every minute while shown (the lists' clocks run on the server's answer).
  if ((in.entered || (x.loaded && in.now - x.loaded_at >= 60)) && !x.load.busy()) out.push_back(load(s, in.now));

  if (in.toggle_phone_form) x.show_phone_form = !x.show_phone_form;
  if (in.phone_edited) check_phone_form(x.phone, false);
  if (in.phone_submit && !x.phone.busy && check_phone_form(x.phone, true)) out.push_back(submit_phone(s, in.today, in.now));
  if (in.status_changed || in.refresh) {
    x.notice.clear();
    out.push_back(load(s, in.now));
  }
  if (in.close) x.panel.reset();
  if (in.open) {
    for (const auto& r : x.items)
      if (r.number == in.open->first) {
        const bool fresh = !x.panel || x.panel->number != r.number;
        open_panel(x, r, in.open->second);
        if (fresh) x.scroll_to_top = true;
      }
    x.notice.clear();
  }
  if (x.panel && in.facts_changed) x.panel->outcome = evaluate_form(x.panel->facts, en());
  if (x.panel && in.panel_edited) x.panel->errors.erase("form");
  if (x.panel && in.panel_submit && !x.panel->busy)
    if (auto r = submit_panel(s, in.now)) out.push_back(std::move(*r));
  if (!in.open_application.empty()) go(s, Screen::Detail, in.open_application);
  return out;
}

}  // namespace state
