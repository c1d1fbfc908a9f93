#include "state/admin_state.h"

#include <cstdlib>

#include "gp/codes.h"
#include "gp/validate.h"
#include "state/customer_common.h"
#include "state/staff_common.h"
#include "state/strings.h"

namespace state {

namespace {
void set_error(std::map<std::string, std::string>& errors, const std::string& field, const gp::Status& e) {
  if (e) errors[field] = en() ? e->message_en : e->message_zh;
  else errors.erase(field);
}

// Whole working days 0..365 as typed, or -1.
int parse_days(const std::string& s) {
  if (s.empty() || s.size() > 3) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v <= 365 ? v : -1;
}

// A whole number 0..max, or -1.
int parse_whole(const std::string& s, int max) {
  if (s.empty() || s.size() > 7) return -1;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v <= max ? static_cast<int>(v) : -1;
}

// The company settings offered on the configuration tab: path, label key, upper bound.
struct SettingDef {
  const char* path;
  const char* label;
  int max;
};
const std::vector<SettingDef>& setting_defs() {
  static const std::vector<SettingDef> defs = {
      {"stage_split.hv_application", "admin.setting.hv_application", 16},
      {"stage_split.hv_supply_plan", "admin.setting.hv_supply_plan", 16},
      {"stage_split.hv_connect", "admin.setting.hv_connect", 16},
      {"stage_split.lv_application", "admin.setting.lv_application", 1},
      {"asset_transfer_review.design_review", "admin.setting.asset_design_review", 60},
      {"asset_transfer_review.mid_inspection", "admin.setting.asset_mid_inspection", 60},
      {"backfill_after_hours", "admin.setting.backfill_after_hours", 720},
      {"reserve_works.t_connection_max_kw", "admin.setting.t_connection_max_kw", 1000000},
      {"reserve_works.overhead_line_max_kw", "admin.setting.overhead_line_max_kw", 1000000},
      {"grab.window_minutes", "admin.setting.grab_window_minutes", 7 * 24 * 60},  // rule M7
      {"grab.load_cap", "admin.setting.grab_load_cap", 10000},
  };
  return defs;
}

// "a.b" -> config["a"]["b"]; "a" -> config["a"] (null when absent).
nlohmann::json at_path(const nlohmann::json& config, const std::string& path) {
  const auto dot = path.find('.');
  const std::string head = path.substr(0, dot);
  if (!config.is_object() || !config.contains(head)) return nullptr;
  if (dot == std::string::npos) return config.at(head);
  const auto& group = config.at(head);
  const std::string key = path.substr(dot + 1);
  return group.is_object() && group.contains(key) ? group.at(key) : nlohmann::json();
}
}  // namespace

std::vector<StaffUser> parse_users(const nlohmann::json& r) {
  std::vector<StaffUser> out;
  if (!r.is_object() || !r.contains("users") || !r.at("users").is_array()) return out;
  for (const auto& u : r.at("users")) {
    StaffUser x;
    x.id = u.value("id", 0LL);
    x.username = jstr(u, "username");
    x.name = jstr(u, "name");
    x.role = jstr(u, "role");
    x.phone = jstr(u, "work_phone");
    if (x.phone.empty()) x.phone = jstr(u, "phone");
    x.disabled = u.value("disabled", false);
    out.push_back(x);
  }
  return out;
}

bool check_new_user(NewUserForm& f, bool final) {
  f.errors.erase("form");
  if (!f.username.empty() || final) {
    bool ok = f.username.size() >= 3 && f.username.size() <= 32;
    for (char c : f.username) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
    if (!ok) f.errors["username"] = tr("admin.username_invalid");
    else f.errors.erase("username");
  } else {
    f.errors.erase("username");
  }
  if (!f.name.empty() || final) set_error(f.errors, "name", gp::validate::person_name(f.name, "name"));
  else f.errors.erase("name");
  if (!f.phone.empty()) set_error(f.errors, "phone", gp::validate::mobile_phone(f.phone, "phone"));
  else f.errors.erase("phone");
  if (!f.password.empty() || final) set_error(f.errors, "password", gp::validate::password(f.password, "password"));
  else f.errors.erase("password");
  return f.errors.empty();
}

nlohmann::json new_user_body(const NewUserForm& f) {
  const auto& roles = staff_roles();
  const std::string role = roles[static_cast<std::size_t>(f.role >= 0 && f.role < static_cast<int>(roles.size()) ? f.role : 0)];
  nlohmann::json j = {{"username", f.username}, {"name", f.name}, {"password", f.password}, {"role", role}};
  if (!f.phone.empty()) j["phone"] = f.phone;
  return j;
}

void place_user_error(NewUserForm& f, const std::string& field, const std::string& message) {
  if (field == "username" || field == "name" || field == "phone" || field == "password" || field == "role") f.errors[field] = message;
  else f.errors["form"] = message;
}

std::vector<CalendarYear> parse_calendar_years(const nlohmann::json& r) {
  std::vector<CalendarYear> out;
  if (!r.is_object() || !r.contains("years") || !r.at("years").is_array()) return out;
  for (const auto& y : r.at("years")) {
    CalendarYear c;
    c.year = y.value("year", 0);
    c.confirmed = y.value("confirmed", false);
    c.source = jstr(y, "source");
    c.notice = jstr(y, "notice");
    if (y.contains("holidays") && y.at("holidays").is_array())
      for (const auto& h : y.at("holidays"))
        if (h.contains("off") && h.at("off").is_array()) c.holidays += static_cast<int>(h.at("off").size());
    if (y.contains("workdays") && y.at("workdays").is_array()) c.workdays = static_cast<int>(y.at("workdays").size());
    out.push_back(c);
  }
  return out;
}

std::string check_calendar_json(const std::string& text, const std::string& year) {
  const int y = std::atoi(year.c_str());
  if (year.size() != 4 || y < 2000 || y > 2100) return tr("admin.year_invalid");
  if (text.empty()) return tr("admin.calendar_empty");
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return tr("admin.calendar_not_json");
  if (!j.is_object() || !j.contains("holidays") || !j.at("holidays").is_array() || !j.contains("workdays") ||
      !j.at("workdays").is_array())
    return tr("admin.calendar_shape");
  // Every date must belong to the year (a 2026 date pasted under 2027 is a slip of the hand).
  const std::string prefix = year + "-";
  auto in_year = [&](const nlohmann::json& d) {
    return d.is_string() && d.get<std::string>().rfind(prefix, 0) == 0 && valid_date(d.get<std::string>());
  };
  for (const auto& h : j.at("holidays")) {
    if (!h.is_object() || !h.contains("off") || !h.at("off").is_array()) return tr("admin.calendar_shape");
    for (const auto& d : h.at("off"))
      if (!in_year(d)) return trf("admin.calendar_bad_date", {d.is_string() ? d.get<std::string>() : d.dump()});
  }
  for (const auto& d : j.at("workdays"))
    if (!in_year(d)) return trf("admin.calendar_bad_date", {d.is_string() ? d.get<std::string>() : d.dump()});
  return "";
}

std::string calendar_template(int year) {
  const std::string y = std::to_string(year);
  return "{\n  \"notice\": \"国务院办公厅关于" + y + "年部分节假日安排的通知\",\n  \"holidays\": [\n    {\"name\": \"元旦\", \"off\": [\"" + y +
         "-01-01\"]}\n  ],\n  \"workdays\": []\n}";
}

void config_loaded(AdminState& s, const nlohmann::json& r) {
  s.config = r.is_object() && r.contains("config") ? r.at("config") : nlohmann::json::object();
  s.config_loaded = true;
  s.limits.clear();
  const nlohmann::json lim = s.config.value("change_of_use_limits", nlohmann::json::object());
  // In the catalogue's order of businesses, not the JSON's alphabetical one.
  for (auto b : gp::all_businesses()) {
    const std::string code = gp::to_string(b);
    if (!lim.contains(code)) continue;
    const auto& v = lim.at(code);
    LimitRow row;
    row.business = code;
    row.name = pick(gp::named(b).zh, gp::named(b).en);
    row.application = v.contains("application") ? number_text(v.at("application"), 0) : "";
    row.completion = v.contains("completion") ? number_text(v.at("completion"), 0) : "";
    s.limits.push_back(row);
  }
  s.settings.clear();
  for (const auto& d : setting_defs()) {
    const nlohmann::json v = at_path(s.config, d.path);
    if (!v.is_number()) continue;  // a server without this setting
    s.settings.push_back({d.path, tr(d.label), number_text(v, 0), d.max});
  }
  s.supervision_phone = jstr(s.config, "supervision_phone");
  s.config_errors.clear();
}

std::optional<nlohmann::json> config_body(AdminState& s) {
  s.config_errors.clear();
  nlohmann::json limits = nlohmann::json::object();
  for (const auto& row : s.limits) {
    const int a = parse_days(row.application), c = parse_days(row.completion);
    if (a < 0) s.config_errors[row.business + ".application"] = tr("admin.days_invalid");
    if (c < 0) s.config_errors[row.business + ".completion"] = tr("admin.days_invalid");
    limits[row.business] = {{"application", a}, {"completion", c}};
  }
  std::string phone = s.supervision_phone;
  if (phone.empty() || phone.size() > 20 || phone.find_first_not_of("0123456789-") != std::string::npos)
    s.config_errors["supervision_phone"] = tr("admin.phone_invalid");
  // Company settings: a changed value sends its whole group (the server checks a group as one,
  // e.g. the high-voltage steps must still sum to T4's 16 days).
  nlohmann::json changed = nlohmann::json::object();
  for (const auto& row : s.settings) {
    const int v = parse_whole(row.value, row.max);
    if (v < 0) {
      s.config_errors[row.path] = "0–" + std::to_string(row.max);
      continue;
    }
    const auto dot = row.path.find('.');
    const std::string head = row.path.substr(0, dot);
    if (dot == std::string::npos) {
      if (at_path(s.config, row.path) != nlohmann::json(v)) changed[head] = v;
      continue;
    }
    if (!changed.contains(head)) changed[head] = s.config.value(head, nlohmann::json::object());
    changed[head][row.path.substr(dot + 1)] = v;
  }
  if (!s.config_errors.empty()) return std::nullopt;
  nlohmann::json body = nlohmann::json::object();
  for (auto it = changed.begin(); it != changed.end(); ++it)
    if (it.value() != s.config.value(it.key(), nlohmann::json())) body[it.key()] = it.value();
  if (limits != s.config.value("change_of_use_limits", nlohmann::json::object())) body["change_of_use_limits"] = limits;
  if (phone != jstr(s.config, "supervision_phone")) body["supervision_phone"] = phone;
  return body;
}

void place_config_error(AdminState& s, const std::string& field, const std::string& message) {
  // "change_of_use_limits.rename.completion" -> beside that cell
  const std::string prefix = "change_of_use_limits.";
  if (field.rfind(prefix, 0) == 0) {
    s.config_errors[field.substr(prefix.size())] = message;
    return;
  }
  if (field == "supervision_phone") {
    s.config_errors[field] = message;
    return;
  }
  for (const auto& row : s.settings)
    if (row.path == field) {
      s.config_errors[field] = message;
      return;
    }
  s.config_errors["form"] = message;
}

std::vector<KioskDevice> parse_kiosks(const nlohmann::json& reply) {
  std::vector<KioskDevice> out;
  if (!reply.is_object() || !reply.contains("devices") || !reply.at("devices").is_array()) return out;
  for (const auto& d : reply.at("devices")) {
    if (!d.is_object()) continue;
    KioskDevice k;
    k.id = d.value("id", 0LL);
    k.name = d.value("name", "");
    k.created_at = d.value("created_at", "");
    k.revoked_at = d.contains("revoked_at") && d.at("revoked_at").is_string() ? d.at("revoked_at").get<std::string>() : "";
    k.active = d.value("active", k.revoked_at.empty());
    out.push_back(k);
  }
  return out;
}

bool check_kiosk_name(AdminState& s) {
  std::size_t chars = 0;
  for (unsigned char c : s.kiosk_name) chars += (c & 0xC0) != 0x80;
  s.kiosk_errors.erase("form");
  if (chars < 1 || chars > 60) {
    s.kiosk_errors["name"] = tr("admin.kiosk_name_invalid");
    return false;
  }
  s.kiosk_errors.erase("name");
  return true;
}

}  // namespace state
