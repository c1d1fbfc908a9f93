// The mainland-China working-day calendar (rule T1–T6 count working days; glossary 工作日):
// weekends are rest days except adjusted working days (调休上班); public holidays are rest days.
// Facts per year come from the State Council's notices (shared/data/cn-holidays.json, compiled in).
// A year without published data falls back to weekends only, and every answer touching it says so
// (`confirmed == false`), so the UI can flag the date as provisional.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "gp/date.h"
#include "gp/error.h"

namespace gp {

struct HolidayYear {
  int year = 0;
  std::string notice;          // the notice the facts come from
  std::set<std::int64_t> off;  // serials of public-holiday rest days
  std::set<std::int64_t> work; // serials of adjusted working days (weekend days worked)
  std::vector<std::pair<std::string, std::vector<Date>>> holidays;  // name -> rest days, as published
};

// A date computed on the calendar, and whether every year it touched had published data.
struct CalendarDate {
  Date date;
  bool confirmed = true;
};

struct WorkingDayCount {
  long long working_days = 0;
  bool confirmed = true;
};

class Calendar {
 public:
  // The calendar compiled into the product (2020–2026 at the time of writing).
  static const Calendar& builtin();

  // Parse a holiday file of the shape of shared/data/cn-holidays.json
  // ({"years":{"2027":{"notice","holidays":[{"name","off":[dates]}],"workdays":[dates]}}}).
  // Errors name the offending field, e.g. "years.2027.holidays[2].off[1]".
  static Result<Calendar> from_json(std::string_view text);

  // Add or replace one year's published data (e.g. 2027 loaded by an administrator at run time).
  // The year's dates must lie in that year, or from 25 December of the year before when a New
  // Year holiday starts early (the 2023 notice gives 2022-12-31 off); an off day cannot also be
  // a working day, and an adjusted working day must be a Saturday or Sunday.
  Status load_year_json(std::string_view year_object_json, int year);
  void set_year(HolidayYear y);

  bool has_year(int year) const { return years_.count(year) != 0; }
  std::vector<int> years() const;
  const HolidayYear* year(int y) const;

  bool is_working_day(const Date& d) const;
  // Published holiday name of a rest day, or "" (weekends and working days have none).
  std::string holiday_name(const Date& d) const;

  // The date `n` working days after `from` (`from` itself not counted). n >= 0; n == 0 returns from.
  CalendarDate add_working_days(const Date& from, long long n) const;
  // Working days d with from < d <= to (0 when to <= from).
  WorkingDayCount count_working_days(const Date& from, const Date& to) const;

  // The calendar as JSON (same shape as the input file), for the API and the admin screen.
  std::string to_json() const;

 private:
  // Derived from years_ and rebuilt on every change: the dates whose status differs from the
  // plain weekend rule (sorted serials), with a running sum of the working days they add or
  // remove, so lookups, counts and additions cost O(log n) however long the range.
  struct Exception {
    std::int64_t serial = 0;
    bool working = false;
    std::string holiday;  // published name of an off day
  };
  void rebuild_index();
  bool years_published(int first, int last) const;
  long long count_serials(std::int64_t from, std::int64_t to) const;

  std::map<int, HolidayYear> years_;
  std::vector<Exception> exceptions_;
  std::vector<long long> delta_prefix_;  // [i] = working days added by exceptions_[0, i)
};

}  // namespace gp
