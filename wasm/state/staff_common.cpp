#include "state/staff_common.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "gp/date.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

// --- urgency ------------------------------------------------------------------------------

Urgency urgency_of(std::string_view level, std::optional<double> remaining, bool paused, bool finished) {
  if (finished) return Urgency::Finished;
  if (level == "overdue") return Urgency::Overdue;
  if (paused) return Urgency::Paused;  // the customer's time (T6): no warning runs meanwhile
  if (level == "warning") return Urgency::Warning;
  if (remaining && *remaining <= kDueSoonWorkingDays) return Urgency::DueSoon;
  return Urgency::Normal;
}

int urgency_rank(Urgency u) { return static_cast<int>(u); }

const char* urgency_key(Urgency u) {
  switch (u) {
    case Urgency::Overdue: return "staff.urgency.overdue";
    case Urgency::Warning: return "staff.urgency.warning";
    case Urgency::DueSoon: return "staff.urgency.due_soon";
    case Urgency::Paused: return "staff.urgency.paused";
    case Urgency::Finished: return "staff.urgency.finished";
    default: return "staff.urgency.normal";
  }
}

bool more_urgent(const UrgencyKey& a, const UrgencyKey& b) {
  if (a.urgency != b.urgency) return urgency_rank(a.urgency) < urgency_rank(b.urgency);
  if (a.escalation != b.escalation) return a.escalation > b.escalation;
  if (a.remaining != b.remaining) return a.remaining < b.remaining;
  if (a.age != b.age) return a.age > b.age;
  return a.number < b.number;
}

std::string remaining_text(std::optional<double> remaining, bool paused) {
  if (paused) return tr("staff.paused");
  if (!remaining) return "";
  if (*remaining < 0) return trf("staff.over_by", {days_number(-*remaining)});
  return trf("staff.left", {days_number(*remaining)});
}

// --- virtualized lists --------------------------------------------------------------------

RowWindow row_window(long long count, float row_h, float list_top, float view_top, float view_bottom, int overscan) {
  RowWindow w;
  if (count <= 0 || row_h <= 0) return w;
  const double a = std::floor((static_cast<double>(view_top) - list_top) / row_h) - overscan;
  const double b = std::ceil((static_cast<double>(view_bottom) - list_top) / row_h) + overscan;
  w.first = static_cast<long long>(std::clamp(a, 0.0, static_cast<double>(count)));
  w.last = static_cast<long long>(std::clamp(b, 0.0, static_cast<double>(count)));
  if (w.last < w.first) w.last = w.first;
  w.pad_top = static_cast<float>(w.first) * row_h;
  w.pad_bottom = static_cast<float>(count - w.last) * row_h;
  return w;
}

std::vector<int> pages_of(long long first, long long last, int page_size) {
  std::vector<int> out;
  if (page_size <= 0 || last <= first) return out;
  const long long p0 = first / page_size, p1 = (last - 1) / page_size;
  for (long long p = p0; p <= p1; ++p) out.push_back(static_cast<int>(p + 1));
  return out;
}

// --- countdowns -----------------------------------------------------------------------------

double seconds_left(double remaining_at_load, double loaded_at, double now) { return remaining_at_load - (now - loaded_at); }

std::string countdown_text(double seconds) {
  // Whole seconds shown, counted down: 19:59.4 left shows "19:59" until it reaches 19:59.0.
  // Overdue time counts up: -0.6 s shows "-00:01".
  const bool over = seconds < 0;
  long long s = over ? static_cast<long long>(std::ceil(-seconds)) : static_cast<long long>(std::floor(seconds));
  if (over && s == 0) s = 1;
  const long long d = s / 86400, h = (s / 3600) % 24, m = (s / 60) % 60, sec = s % 60;
  char b[64];
  if (d > 0)
    std::snprintf(b, sizeof b, "%s%lld %s %02lld:%02lld:%02lld", over ? "-" : "", d, en() ? "d" : "天", h, m, sec);
  else if (h > 0)
    std::snprintf(b, sizeof b, "%s%lld:%02lld:%02lld", over ? "-" : "", h, m, sec);
  else
    std::snprintf(b, sizeof b, "%s%02lld:%02lld", over ? "-" : "", m, sec);
  return b;
}

double next_countdown_tick(double seconds) {
  // The text changes when `seconds` crosses a whole number (counting down).
  double frac = seconds - std::floor(seconds);
  if (frac <= 1e-6) frac = 1.0;
  return std::clamp(frac, 0.001, 1.0);
}

// --- charts -------------------------------------------------------------------------------

Axis nice_axis(double max_value, int max_ticks) {
  Axis a;
  if (!(max_value > 0) || !std::isfinite(max_value)) return a;  // 0..1 in one step
  max_ticks = std::max(1, max_ticks);
  const double raw = max_value / max_ticks;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag * 10;
  for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (mag * f >= raw * (1 - 1e-9)) {
      step = mag * f;
      break;
    }
  }
  a.step = step;
  a.ticks = static_cast<int>(std::ceil(max_value / step - 1e-9));
  if (a.ticks < 1) a.ticks = 1;
  a.top = step * a.ticks;
  return a;
}

double max_value(const std::vector<BarGroup>& groups) {
  double m = 0;
  for (const auto& g : groups)
    for (double v : g.values)
      if (std::isfinite(v) && v > m) m = v;
  return m;
}

float scale_to(const Axis& a, double value, float length_px) {
  if (!(a.top > 0) || !std::isfinite(value)) return 0;
  return static_cast<float>(std::clamp(value / a.top, 0.0, 1.0)) * length_px;
}

// --- import errors --------------------------------------------------------------------------

namespace {

// "line 3: capacity_kw" -> (3, "capacity_kw"); "[2].capacity_kw" -> (3, "capacity_kw");
// "line 3" -> (3, ""); anything else -> (0, field).
std::pair<int, std::string> split_where(const std::string& field) {
  if (field.rfind("line ", 0) == 0) {
    std::size_t i = 5;
    int n = 0;
    while (i < field.size() && field[i] >= '0' && field[i] <= '9') n = n * 10 + (field[i++] - '0');
    std::string col;
    if (i < field.size() && field[i] == ':') {
      ++i;
      while (i < field.size() && field[i] == ' ') ++i;
      col = field.substr(i);
    }
    return {n, col};
  }
  if (!field.empty() && field[0] == '[') {
    std::size_t i = 1;
    int n = 0;
    while (i < field.size() && field[i] >= '0' && field[i] <= '9') n = n * 10 + (field[i++] - '0');
    if (i < field.size() && field[i] == ']') {
      ++i;
      if (i < field.size() && field[i] == '.') ++i;
      return {n + 1, field.substr(i)};
    }
  }
  return {0, field};
}

}  // namespace

std::vector<ImportProblem> import_problems(const nlohmann::json& reply) {
  std::vector<ImportProblem> out;
  if (!reply.is_object()) return out;
  const auto pick = [](const nlohmann::json& e) {
    std::string m = jstr(e, en() ? "message_en" : "message_zh");
    if (m.empty()) m = jstr(e, "message");
    // The server's messages repeat where ("line 2: credit_code：..."): the screen shows that apart.
    const std::string where = jstr(e, "field");
    if (!where.empty() && m.rfind(where, 0) == 0) {
      std::size_t i = where.size();
      if (m.compare(i, 3, "：") == 0) i += 3;
      else if (i < m.size() && m[i] == ':') ++i;
      while (i < m.size() && m[i] == ' ') ++i;
      m = m.substr(i);
    }
    return m;
  };
  if (reply.contains("errors") && reply.at("errors").is_array()) {
    for (const auto& e : reply.at("errors")) {
      auto [line, col] = split_where(jstr(e, "field"));
      out.push_back({line, col, pick(e)});
    }
  }
  if (out.empty() && reply.contains("error") && reply.at("error").is_object()) {
    const auto& e = reply.at("error");
    auto [line, col] = split_where(jstr(e, "field"));
    out.push_back({line, col, pick(e)});
  }
  std::stable_sort(out.begin(), out.end(), [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
  return out;
}

std::map<int, std::string> problems_by_line(const std::vector<ImportProblem>& problems) {
  std::map<int, std::string> out;
  for (const auto& p : problems) {
    std::string& s = out[p.line];
    if (!s.empty()) s += en() ? "; " : "；";
    if (!p.column.empty() && p.message.find(p.column) == std::string::npos) s += p.column + ": ";
    s += p.message;
  }
  return out;
}

// --- small formatting -------------------------------------------------------------------------

std::string number_text(double v, int decimals) {
  if (!std::isfinite(v)) return "—";
  char b[64];
  std::snprintf(b, sizeof b, "%.*f", std::max(0, decimals), v);
  std::string s = b;
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string number_text(const nlohmann::json& v, int decimals) {
  return v.is_number() ? number_text(v.get<double>(), decimals) : "—";
}

std::string percent_text(double fraction, int decimals) {
  if (!std::isfinite(fraction)) return "—";
  return number_text(fraction * 100.0, decimals) + "%";
}

std::string percent_text(const nlohmann::json& v, int decimals) {
  return v.is_number() ? percent_text(v.get<double>(), decimals) : "—";
}

std::string role_text(std::string_view role) {
  if (role == "customer_manager") return tr("staff.role.customer_manager");
  if (role == "project_manager") return tr("staff.role.project_manager");
  if (role == "command_center") return tr("staff.role.command_center");
  if (role == "admin") return tr("staff.role.admin");
  if (role == "customer") return tr("staff.role.customer");
  if (role == "discipline_inspector") return tr("staff.role.discipline_inspector");  // issue 11, rule M6
  return std::string(role);
}

const std::vector<std::string>& staff_roles() {
  static const std::vector<std::string> r = {"customer_manager", "project_manager", "command_center", "admin",
                                             "discipline_inspector"};  // issue 11, rule M6: reads reports (举报)
  return r;
}

bool valid_date(std::string_view s) {
  return s.size() == 10 && gp::parse_date(std::string(s)).has_value();
}

std::string add_days(std::string_view iso, int days) {
  auto d = gp::parse_date(std::string(iso));
  return d ? d->plus_days(days).iso() : std::string();
}

std::string month_start(std::string_view iso) {
  auto d = gp::parse_date(std::string(iso));
  if (!d) return "";
  d->day = 1;
  return d->iso();
}

std::string month_end(std::string_view iso) {
  auto d = gp::parse_date(std::string(iso));
  if (!d) return "";
  d->day = gp::days_in_month(d->year, d->month);
  return d->iso();
}

}  // namespace state
