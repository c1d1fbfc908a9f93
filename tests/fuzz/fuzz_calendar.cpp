// Calendar data: a holiday file (gp::Calendar::from_json) and one year published by an
// administrator at run time (Calendar::load_year_json on the built-in calendar).
// Input: first byte picks the year for load_year_json (2020..2035), the rest is the JSON text.
// Properties: no crash; errors printable; a loaded year answers is_working_day for each of its days;
// an accepted file serializes (to_json) and parses back to the same text.
#include "fuzz_util.h"
#include "gp/calendar.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int year = 2020 + data[0] % 16;
  const std::string_view text = gp::fuzz::as_text(data + 1, size - 1);
  auto cal = gp::Calendar::from_json(text);
  if (!cal) gp::fuzz::check_error(cal.error());
  else {
    for (int y : cal->years())
      for (gp::Date d{y, 1, 1}; d.year == y; d = d.plus_days(1)) (void)cal->is_working_day(d);
    const std::string text2 = cal->to_json();
    auto again = gp::Calendar::from_json(text2);
    if (!again) gp::fuzz::fail("to_json of an accepted calendar does not parse", again.error().message_en);
    if (again->to_json() != text2) gp::fuzz::fail("calendar does not round-trip");
  }

  gp::Calendar c = gp::Calendar::builtin();
  if (auto st = c.load_year_json(text, year)) {
    gp::fuzz::check_error(*st);
  } else {
    if (!c.has_year(year)) gp::fuzz::fail("a loaded year is missing");
    for (gp::Date d{year, 1, 1}; d.year == year; d = d.plus_days(1)) (void)c.holiday_name(d);
  }
  return 0;
}
