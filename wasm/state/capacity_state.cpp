#include "state/capacity_state.h"

#include <cstdlib>
#include <optional>

#include "gp/validate.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/staff_common.h"
#include "state/strings.h"

namespace state {

namespace {
double num(const nlohmann::json& j, const char* k, double d = 0) {
  return j.is_object() && j.contains(k) && j.at(k).is_number() ? j.at(k).get<double>() : d;
}

// A non-negative decimal as typed, or nullopt.
std::optional<double> parse_amount(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || *end != '\0' || !(v >= 0) || v > 1e7) return std::nullopt;
  return v;
}
}  // namespace

CapacityEntry parse_capacity_entry(const nlohmann::json& j) {
  CapacityEntry e;
  e.area = jstr(j, "area");
  e.feeder = jstr(j, "feeder");
  e.note = jstr(j, "note");
  e.updated_at = jstr(j, "updated_at");
  e.voltage_kv = num(j, "voltage_kv", 10);
  e.capacity_kva = num(j, "capacity_kva");
  e.available_kva = num(j, "available_kva");
  e.utilization = num(j, "utilization");
  return e;
}

nlohmann::json capacity_query_body(const CapacityState& s) {
  nlohmann::json j = nlohmann::json::object();
  if (!s.area_filter.empty()) j["area"] = s.area_filter;
  return j;
}

void capacity_loaded(CapacityState& s, const nlohmann::json& r) {
  s.entries.clear();
  if (r.contains("entries") && r.at("entries").is_array())
    for (const auto& j : r.at("entries")) s.entries.push_back(parse_capacity_entry(j));
  s.total_available = num(r, "total_available_kva");
  s.loaded = true;
  s.error.clear();
}

std::string capacity_log_path(const CapacityState& s) { return "/capacity/queries?page_size=50&page=" + std::to_string(s.log_page); }

void capacity_log_loaded(CapacityState& s, const nlohmann::json& r) {
  s.log.clear();
  if (r.contains("items") && r.at("items").is_array())
    for (const auto& j : r.at("items")) {
      CapacityQuery q;
      q.at = jstr(j, "at");
      q.area = jstr(j, "area");
      q.client = jstr(j, "client_address");
      q.results = j.value("results", 0);
      if (j.contains("user") && j.at("user").is_object()) {
        q.who = jstr(j.at("user"), "name");
        q.role = jstr(j.at("user"), "role");
      }
      s.log.push_back(q);
    }
  s.log_total = r.value("total", 0LL);
  s.log_loaded = true;
  s.log_error.clear();
}

void edit_entry(CapacityState& s, const CapacityEntry& e) {
  CapacityForm f;
  f.area = e.area;
  f.feeder = e.feeder;
  f.voltage_kv = number_text(e.voltage_kv, 1);
  f.capacity_kva = number_text(e.capacity_kva, 1);
  f.available_kva = number_text(e.available_kva, 1);
  f.note = e.note;
  f.editing_existing = true;
  s.form = f;
  s.show_form = true;
  s.notice.clear();
}

bool check_capacity_form(CapacityForm& f, bool final) {
  f.errors.erase("form");
  auto text = [&](const char* field, const std::string& v, std::size_t min, std::size_t max) {
    if (v.empty() && !final) {
      f.errors.erase(field);
      return;
    }
    if (auto e = gp::validate::text(v, field, min, max)) f.errors[field] = en() ? e->message_en : e->message_zh;
    else f.errors.erase(field);
  };
  text("area", f.area, 1, 40);
  text("feeder", f.feeder, 1, 60);
  auto amount = [&](const char* field, const std::string& v) -> std::optional<double> {
    if (v.empty() && !final) {
      f.errors.erase(field);
      return std::nullopt;
    }
    auto x = parse_amount(v);
    if (!x) f.errors[field] = tr("capacity.amount_invalid");
    else f.errors.erase(field);
    return x;
  };
  auto kv = amount("voltage_kv", f.voltage_kv);
  if (kv && *kv <= 0) f.errors["voltage_kv"] = tr("capacity.amount_invalid");
  auto cap = amount("capacity_kva", f.capacity_kva);
  auto avail = amount("available_kva", f.available_kva);
  if (cap && avail && *avail > *cap) f.errors["available_kva"] = tr("capacity.available_over");
  if (!f.note.empty()) {
    if (auto e = gp::validate::text(f.note, "note", 0, 200)) f.errors["note"] = en() ? e->message_en : e->message_zh;
    else f.errors.erase("note");
  }
  return f.errors.empty();
}

nlohmann::json capacity_body(const CapacityForm& f) {
  nlohmann::json j = {{"area", f.area},
                      {"feeder", f.feeder},
                      {"voltage_kv", parse_amount(f.voltage_kv).value_or(10)},
                      {"capacity_kva", parse_amount(f.capacity_kva).value_or(0)},
                      {"available_kva", parse_amount(f.available_kva).value_or(0)}};
  if (!f.note.empty()) j["note"] = f.note;
  return j;
}

void place_capacity_error(CapacityForm& f, const std::string& field, const std::string& message) {
  static const char* own[] = {"area", "feeder", "voltage_kv", "capacity_kva", "available_kva", "note"};
  for (const char* k : own)
    if (field == k) {
      f.errors[field] = message;
      return;
    }
  f.errors["form"] = message;
}

std::string utilization_text(const CapacityEntry& e) { return percent_text(e.utilization, 1); }

namespace {

Pending& load_slot(AppState& s) { return s.staff.capacity.load; }
Pending& log_slot(AppState& s) { return s.staff.capacity.log_load; }

// Every query is logged (rule R4), the staff's own too.
Request load(AppState& s) {
  return pending(s, load_slot, post("/capacity/query", capacity_query_body(s.staff.capacity), [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.capacity;
    if (r.ok()) capacity_loaded(x, r.body);
    else x.error = reply_text(r);
    return Requests{};
  }));
}

Request load_log(AppState& s) {
  return pending(s, log_slot, get(capacity_log_path(s.staff.capacity), [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.capacity;
    if (r.ok()) capacity_log_loaded(x, r.body);
    else x.log_error = reply_text(r);
    return Requests{};
  }));
}

}  // namespace

Requests apply(AppState& s, const CapacityIntent& in) {
  auto& x = s.staff.capacity;
  Requests out;
  if (in.entered) {
    if (x.tab == 0 && !x.load.busy()) out.push_back(load(s));
    if (x.tab == 1 && !x.log_load.busy()) out.push_back(load_log(s));
  }
  if (in.tab >= 0) {
    x.tab = in.tab;
    out.push_back(x.tab == 1 ? load_log(s) : load(s));  // the log: the newest queries, the ones just made too
  }
  if (in.search) {
    x.area_filter = x.area_typed;
    out.push_back(load(s));
  }
  if (in.new_entry) {
    x.form = CapacityForm{};
    x.show_form = true;
    x.notice.clear();
  }
  if (in.edit >= 0 && in.edit < static_cast<int>(x.entries.size())) edit_entry(x, x.entries[static_cast<std::size_t>(in.edit)]);
  if (in.close_form) x.show_form = false;
  if (in.form_edited) check_capacity_form(x.form, false);
  if (in.save && !x.form.busy && check_capacity_form(x.form, true)) {
    x.form.busy = true;
    out.push_back(post("/capacity", capacity_body(x.form), [](AppState& st, const net::ApiReply& r) {
      auto& xx = st.staff.capacity;
      xx.form.busy = false;
      if (!r.ok()) {
        place_capacity_error(xx.form, reply_field(r), reply_text(r));
        return Requests{};
      }
      xx.notice = trf(r.body.value("created", false) ? "capacity.created" : "capacity.updated", {xx.form.area + " " + xx.form.feeder});
      xx.show_form = false;
      return Requests{load(st)};
    }));
  }
  if (in.log_page != 0) {
    x.log_page = std::max(1, x.log_page + in.log_page);
    out.push_back(load_log(s));
  }
  return out;
}

}  // namespace state
