// The working-day calendar (glossary 工作日; every limit of rules T1–T6 and W1 is counted on it).
#include "gp/calendar.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "gp/embedded.h"

namespace gp {
namespace {

using nlohmann::json;

// Notices announce a New Year holiday (and its make-up Saturday) that may start in the last days
// of the previous year, e.g. the 2023 notice gives 2022-12-31 off and the 2019 notice made
// 2018-12-29 a working day. Such dates belong to the notice of the year they lead into.
constexpr int kSpilloverFirstDecemberDay = 25;
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;
// add_working_days clamps n here (~11,000 years) so serial arithmetic cannot overflow.
constexpr long long kMaxWorkingDays = 3'000'000;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// Weekdays (Mon–Fri) among serials [origin, x) up to a constant; 1970-01-01 (serial 0) was a
// Thursday, so x + 3 is a multiple of 7 exactly on Mondays.
std::int64_t weekdays_before(std::int64_t x) {
  const std::int64_t t = x + 3;
  const std::int64_t w = floor_div(t, 7);
  return 5 * w + std::min<std::int64_t>(t - 7 * w, 5);
}

bool serial_is_weekend(std::int64_t s) {
  const std::int64_t t = s + 3;
  return t - 7 * floor_div(t, 7) >= 5;
}

Error err(const char* code, const std::string& field, const std::string& zh, const std::string& en) {
  return make_error(code, field, zh, en);
}

std::string quoted(const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// One dated entry of a parsed year, kept with its path for cross-year checks.
struct Entry {
  std::int64_t serial;
  bool working;
  std::string path;
};

// Parses "YYYY-MM-DD" at `path` and checks it lies in `year` (or its New Year spillover).
Result<Date> parse_year_date(const json& v, int year, const std::string& path) {
  if (!v.is_string()) {
    return err("invalid", path, "日期应为 \"YYYY-MM-DD\" 格式的字符串，实际为 " + quoted(v),
               "a date must be a \"YYYY-MM-DD\" string, got " + quoted(v));
  }
  const auto d = parse_date(v.get<std::string>());
  if (!d) {
    return err("invalid", path, "日期格式无效（应为真实存在的 YYYY-MM-DD 日期）：" + quoted(v),
               "not a real date in YYYY-MM-DD form: " + quoted(v));
  }
  const bool spillover =
      d->year == year - 1 && d->month == 12 && d->day >= kSpilloverFirstDecemberDay;
  if (d->year != year && !spillover) {
    const std::string y = std::to_string(year);
    return err("out_of_range", path,
               "日期 " + d->iso() + " 不属于 " + y + " 年（只允许本年日期，或上一年 12 月 " +
                   std::to_string(kSpilloverFirstDecemberDay) + " 日起与元旦连休的日期）",
               "date " + d->iso() + " is not in " + y + " (only dates of that year, or from " +
                   std::to_string(year - 1) + "-12-" +
                   std::to_string(kSpilloverFirstDecemberDay) +
                   " joined to the New Year holiday, are allowed)");
  }
  return *d;
}

// rule T1–T6 (工作日): one year of a State Council notice. `prefix` is the path of the year
// object ("years.2027." in a file, "" when the year object is loaded on its own).
Result<HolidayYear> parse_year(const json& obj, int year, const std::string& prefix,
                               std::vector<Entry>& entries) {
  const std::string self = prefix.empty() ? "" : prefix.substr(0, prefix.size() - 1);
  const std::string ys = std::to_string(year);
  if (!obj.is_object()) {
    return err("invalid", self, ys + " 年的节假日数据应为 JSON 对象（含 notice、holidays、workdays）",
               "the holiday data of " + ys +
                   " must be a JSON object with notice, holidays and workdays");
  }
  HolidayYear out;
  out.year = year;

  const auto notice = obj.find("notice");
  if (notice == obj.end()) {
    return err("required", prefix + "notice", "缺少 notice：请填写国务院办公厅通知的名称和文号",
               "notice is missing: give the title and number of the State Council notice");
  }
  if (!notice->is_string() || trim(notice->get<std::string>()).empty()) {
    return err("invalid", prefix + "notice", "notice 应为非空字符串（通知名称和文号）",
               "notice must be a non-empty string (title and number of the notice)");
  }
  out.notice = notice->get<std::string>();

  const auto holidays = obj.find("holidays");
  if (holidays == obj.end()) {
    return err("required", prefix + "holidays", "缺少 holidays（放假安排列表）",
               "holidays is missing (the list of public holidays)");
  }
  if (!holidays->is_array()) {
    return err("invalid", prefix + "holidays", "holidays 应为数组", "holidays must be an array");
  }
  for (std::size_t i = 0; i < holidays->size(); ++i) {
    const json& h = (*holidays)[i];
    const std::string hp = prefix + "holidays[" + std::to_string(i) + "]";
    if (!h.is_object()) {
      return err("invalid", hp, "每个节日应为对象 {\"name\", \"off\"}",
                 "each holiday must be an object {\"name\", \"off\"}");
    }
    const auto name = h.find("name");
    if (name == h.end()) {
      return err("required", hp + ".name", "缺少节日名称 name", "the holiday name is missing");
    }
    if (!name->is_string() || trim(name->get<std::string>()).empty()) {
      return err("invalid", hp + ".name", "节日名称 name 应为非空字符串",
                 "the holiday name must be a non-empty string");
    }
    const auto off = h.find("off");
    if (off == h.end()) {
      return err("required", hp + ".off", "缺少放假日期列表 off", "the list of days off is missing");
    }
    if (!off->is_array() || off->empty()) {
      return err("invalid", hp + ".off", "放假日期 off 应为非空数组",
                 "off must be a non-empty array of dates");
    }
    std::vector<Date> days;
    for (std::size_t j = 0; j < off->size(); ++j) {
      const std::string dp = hp + ".off[" + std::to_string(j) + "]";
      auto d = parse_year_date((*off)[j], year, dp);
      if (!d) return d.error();
      if (!out.off.insert(d->serial()).second) {
        return err("invalid", dp, "放假日期 " + d->iso() + " 重复列出",
                   "day off " + d->iso() + " is listed twice");
      }
      days.push_back(*d);
      entries.push_back(Entry{d->serial(), false, dp});
    }
    out.holidays.emplace_back(name->get<std::string>(), std::move(days));
  }

  const auto workdays = obj.find("workdays");
  if (workdays == obj.end()) {
    return err("required", prefix + "workdays", "缺少调休上班日列表 workdays（没有时写 []）",
               "workdays is missing (the adjusted working days; use [] when there are none)");
  }
  if (!workdays->is_array()) {
    return err("invalid", prefix + "workdays", "workdays 应为数组", "workdays must be an array");
  }
  for (std::size_t k = 0; k < workdays->size(); ++k) {
    const std::string dp = prefix + "workdays[" + std::to_string(k) + "]";
    auto d = parse_year_date((*workdays)[k], year, dp);
    if (!d) return d.error();
    if (out.off.count(d->serial())) {
      return err("contradictory", dp, "日期 " + d->iso() + " 同时被列为放假日和调休上班日",
                 "date " + d->iso() + " is listed both as a day off and as an adjusted working day");
    }
    // An adjusted working day (调休上班) is by definition a weekend day that is worked.
    if (!d->is_weekend()) {
      return err("invalid", dp, "调休上班日 " + d->iso() + " 不是周六或周日（工作日本来就上班）",
                 "adjusted working day " + d->iso() +
                     " is not a Saturday or Sunday (weekdays are worked anyway)");
    }
    if (!out.work.insert(d->serial()).second) {
      return err("invalid", dp, "调休上班日 " + d->iso() + " 重复列出",
                 "adjusted working day " + d->iso() + " is listed twice");
    }
    entries.push_back(Entry{d->serial(), true, dp});
  }
  return out;
}

// A spillover date may be named by two notices; they must agree.
Status check_against(const HolidayYear& other, const Entry& e) {
  const bool off = other.off.count(e.serial) != 0;
  const bool work = other.work.count(e.serial) != 0;
  if ((off && e.working) || (work && !e.working)) {
    const std::string d = Date::from_serial(e.serial).iso();
    const std::string y = std::to_string(other.year);
    return err("contradictory", e.path,
               "日期 " + d + " 与 " + y + " 年的数据矛盾（那里列为" + (off ? "放假日" : "调休上班日") +
                   "）",
               "date " + d + " contradicts the data of " + y + " (listed there as " +
                   (off ? "a day off" : "an adjusted working day") + ")");
  }
  return std::nullopt;
}

Error parse_failure(const json::exception& e) {
  // Only the position: e.what() quotes the bytes last read, which may be invalid UTF-8, and an
  // error message must stay printable in a JSON reply and in the browser (found by
  // tests/fuzz/fuzz_calendar.cpp).
  const auto* p = dynamic_cast<const json::parse_error*>(&e);
  const std::string at = p ? std::to_string(p->byte) : "";
  return err("invalid", "", at.empty() ? std::string("不是有效的 JSON") : "不是有效的 JSON（第 " + at + " 字节处）",
             at.empty() ? std::string("not valid JSON") : "not valid JSON (at byte " + at + ")");
}

}  // namespace

const Calendar& Calendar::builtin() {
  // The compiled-in file is checked by the tests; were it ever broken, the fallback is the
  // weekends-only calendar with every answer unconfirmed, never a crash in the browser.
  static const Calendar cal = [] {
    auto r = from_json(embedded::cn_holidays);
    return r ? std::move(r).value() : Calendar{};
  }();
  return cal;
}

Result<Calendar> Calendar::from_json(std::string_view text) {
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    return parse_failure(e);
  }
  if (!root.is_object()) {
    return err("invalid", "", "节假日文件应为 JSON 对象 {\"years\": {...}}",
               "the holiday file must be a JSON object {\"years\": {...}}");
  }
  const auto years = root.find("years");
  if (years == root.end()) {
    return err("required", "years", "缺少 years（按年份列出的节假日安排）",
               "years is missing (the holiday arrangements by year)");
  }
  if (!years->is_object()) {
    return err("invalid", "years", "years 应为以年份为键的对象，例如 {\"2027\": {...}}",
               "years must be an object keyed by year, e.g. {\"2027\": {...}}");
  }
  Calendar cal;
  std::vector<std::vector<Entry>> all_entries;
  for (auto it = years->begin(); it != years->end(); ++it) {
    const std::string& key = it.key();
    const bool four_digits =
        key.size() == 4 && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int year = four_digits ? std::stoi(key) : 0;
    if (!four_digits || year < kMinYear || year > kMaxYear) {
      return err("invalid", "years." + key,
                 "年份键 \"" + key + "\" 无效：应为 1900–2200 之间的四位数字",
                 "year key \"" + key + "\" is invalid: it must be four digits between 1900 and 2200");
    }
    std::vector<Entry> entries;
    auto y = parse_year(it.value(), year, "years." + key + ".", entries);
    if (!y) return y.error();
    for (const auto& [other_year, other] : cal.years_) {
      (void)other_year;
      for (const auto& e : entries) {
        if (auto bad = check_against(other, e)) return *bad;
      }
    }
    cal.years_[year] = std::move(y).value();
  }
  cal.rebuild_index();
  return cal;
}

Status Calendar::load_year_json(std::string_view year_object_json, int year) {
  if (year < kMinYear || year > kMaxYear) {
    const std::string y = std::to_string(year);
    return err("out_of_range", "year", "年份 " + y + " 超出范围（1900–2200）",
               "year " + y + " is out of range (1900–2200)");
  }
  json obj;
  try {
    obj = json::parse(year_object_json.begin(), year_object_json.end());
  } catch (const json::exception& e) {
    return parse_failure(e);
  }
  std::vector<Entry> entries;
  auto y = parse_year(obj, year, "", entries);
  if (!y) return y.error();
  for (const auto& [other_year, other] : years_) {
    if (other_year == year) continue;  // replaced
    for (const auto& e : entries) {
      if (auto bad = check_against(other, e)) return bad;
    }
  }
  years_[year] = std::move(y).value();
  rebuild_index();
  return std::nullopt;
}

void Calendar::set_year(HolidayYear y) {
  // Trusted input (already validated or built in code); keep it self-consistent anyway:
  // every holiday date is an off day, and an off day is never also a working day.
  for (const auto& h : y.holidays) {
    for (const auto& d : h.second) y.off.insert(d.serial());
  }
  for (auto s : y.off) y.work.erase(s);
  const int key = y.year;
  years_[key] = std::move(y);
  rebuild_index();
}

std::vector<int> Calendar::years() const {
  std::vector<int> out;
  out.reserve(years_.size());
  for (const auto& kv : years_) out.push_back(kv.first);
  return out;
}

const HolidayYear* Calendar::year(int y) const {
  const auto it = years_.find(y);
  return it == years_.end() ? nullptr : &it->second;
}

void Calendar::rebuild_index() {
  // Later notices win on a shared spillover date (from_json and load_year_json reject
  // disagreements; set_year is trusted).
  std::map<std::int64_t, Exception> merged;
  for (const auto& [yr, y] : years_) {
    (void)yr;
    for (auto s : y.off) merged[s] = Exception{s, false, ""};
    for (const auto& h : y.holidays) {
      for (const auto& d : h.second) {
        auto it = merged.find(d.serial());
        if (it != merged.end() && !it->second.working) it->second.holiday = h.first;
      }
    }
    for (auto s : y.work) merged[s] = Exception{s, true, ""};
  }
  exceptions_.clear();
  delta_prefix_.assign(1, 0);
  exceptions_.reserve(merged.size());
  delta_prefix_.reserve(merged.size() + 1);
  for (auto& kv : merged) {
    const bool weekend = serial_is_weekend(kv.first);
    const long long delta = kv.second.working && weekend ? 1 : (!kv.second.working && !weekend ? -1 : 0);
    delta_prefix_.push_back(delta_prefix_.back() + delta);
    exceptions_.push_back(std::move(kv.second));
  }
}

bool Calendar::years_published(int first, int last) const {
  if (last < first) return true;
  if (static_cast<std::size_t>(last - first) + 1 > years_.size()) return false;
  for (int y = first; y <= last; ++y) {
    if (!years_.count(y)) return false;
  }
  return true;
}

long long Calendar::count_serials(std::int64_t from, std::int64_t to) const {
  // Working days in (from, to]: weekdays by arithmetic, corrected by the exceptions in range.
  if (to <= from) return 0;
  const auto key = [](const Exception& e, std::int64_t s) { return e.serial < s; };
  const auto lo = std::lower_bound(exceptions_.begin(), exceptions_.end(), from + 1, key) - exceptions_.begin();
  const auto hi = std::lower_bound(exceptions_.begin(), exceptions_.end(), to + 1, key) - exceptions_.begin();
  return (weekdays_before(to + 1) - weekdays_before(from + 1)) + (delta_prefix_[hi] - delta_prefix_[lo]);
}

bool Calendar::is_working_day(const Date& d) const {
  const std::int64_t s = d.serial();
  const auto it = std::lower_bound(exceptions_.begin(), exceptions_.end(), s,
                                   [](const Exception& e, std::int64_t v) { return e.serial < v; });
  if (it != exceptions_.end() && it->serial == s) return it->working;
  return !serial_is_weekend(s);
}

std::string Calendar::holiday_name(const Date& d) const {
  const std::int64_t s = d.serial();
  const auto it = std::lower_bound(exceptions_.begin(), exceptions_.end(), s,
                                   [](const Exception& e, std::int64_t v) { return e.serial < v; });
  if (it != exceptions_.end() && it->serial == s && !it->working) return it->holiday;
  return "";
}

CalendarDate Calendar::add_working_days(const Date& from, long long n) const {
  if (n <= 0) return CalendarDate{from, true};
  n = std::min(n, kMaxWorkingDays);
  const std::int64_t a = from.serial();
  // Every 7 days hold 5 weekdays, and each exception removes at most one of them, so the
  // answer lies within this bound; binary search for the first day whose count reaches n.
  const auto extra = static_cast<std::int64_t>(exceptions_.size());
  std::int64_t lo = a;  // count(a, lo) < n
  std::int64_t hi = a + 7 * ((n + extra) / 5 + 2);  // count(a, hi) >= n
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (count_serials(a, mid) >= n) {
      hi = mid;
    } else {
      lo = mid;
    }
  }
  const Date result = Date::from_serial(hi);
  return CalendarDate{result, years_published(from.plus_days(1).year, result.year)};
}

WorkingDayCount Calendar::count_working_days(const Date& from, const Date& to) const {
  if (to <= from) return WorkingDayCount{0, true};
  return WorkingDayCount{count_serials(from.serial(), to.serial()),
                         years_published(from.plus_days(1).year, to.year)};
}

std::string Calendar::to_json() const {
  json years = json::object();
  for (const auto& [yr, y] : years_) {
    json holidays = json::array();
    std::set<std::int64_t> named;
    for (const auto& h : y.holidays) {
      json off = json::array();
      for (const auto& d : h.second) {
        off.push_back(d.iso());
        named.insert(d.serial());
      }
      holidays.push_back({{"name", h.first}, {"off", std::move(off)}});
    }
    // Off days given to set_year without a holiday name still round-trip.
    json unnamed = json::array();
    for (auto s : y.off) {
      if (!named.count(s)) unnamed.push_back(Date::from_serial(s).iso());
    }
    if (!unnamed.empty()) holidays.push_back({{"name", "休息日"}, {"off", std::move(unnamed)}});
    json work = json::array();
    for (auto s : y.work) work.push_back(Date::from_serial(s).iso());
    years[std::to_string(yr)] = {{"notice", y.notice}, {"holidays", std::move(holidays)},
                                 {"workdays", std::move(work)}};
  }
  json root = {{"years", std::move(years)}};
  return root.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace gp
