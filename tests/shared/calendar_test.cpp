// The working-day calendar (glossary 工作日; every limit of T1–T6 and W1 is counted on it).
// Facts checked against shared/data/cn-holidays.json.
#include "gp/calendar.h"

#include <gtest/gtest.h>

#include <string>

namespace {

gp::Date D(const char* s) { return gp::parse_date(s).value(); }
const gp::Calendar& cal() { return gp::Calendar::builtin(); }
std::string add(const gp::Calendar& c, const char* from, long long n) {
  return c.add_working_days(D(from), n).date.iso();
}

// A fictional 2027 used only to test loading at run time; not the State Council's data.
const char* kFixture2027 = R"({
  "notice": "测试用虚构数据（不是国务院通知）/ test fixture, not a real notice",
  "holidays": [{"name": "元旦", "off": ["2027-01-01"]}],
  "workdays": ["2027-01-09"]
})";

// A file with one year object, for the malformed-file tests.
std::string file_with_2027(const std::string& year_object) {
  return R"({"_about": "test", "years": {"2027": )" + year_object + "}}";
}

void expect_error(const gp::Result<gp::Calendar>& r, const std::string& code, const std::string& field) {
  ASSERT_FALSE(r.ok()) << "expected an error at " << field;
  EXPECT_EQ(r.error().code, code);
  EXPECT_EQ(r.error().field, field);
  EXPECT_FALSE(r.error().message_zh.empty());
  EXPECT_FALSE(r.error().message_en.empty());
}

TEST(Calendar, BuiltinHasPublishedYears2020To2026) {
  EXPECT_EQ(cal().years(), (std::vector<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026}));
  EXPECT_FALSE(cal().has_year(2027));
  ASSERT_NE(cal().year(2026), nullptr);
  EXPECT_EQ(cal().year(2026)->holidays.size(), 7u);
  EXPECT_EQ(cal().year(2027), nullptr);
}

TEST(Calendar, T6_PlainWeekendFridayToMonday) {
  EXPECT_EQ(add(cal(), "2026-09-11", 1), "2026-09-14");
  EXPECT_EQ(add(cal(), "2026-09-11", 0), "2026-09-11");
  EXPECT_TRUE(cal().add_working_days(D("2026-09-11"), 1).confirmed);
}

TEST(Calendar, T6_AdjustedSundayBeforeMidAutumn2026) {
  // 2026-09-20 (Sunday) is an adjusted working day in the 2026 notice, so the next working day
  // after Friday 2026-09-18 is that Sunday, not Monday.
  EXPECT_TRUE(cal().is_working_day(D("2026-09-20")));
  EXPECT_EQ(add(cal(), "2026-09-18", 1), "2026-09-20");
  EXPECT_EQ(add(cal(), "2026-09-18", 2), "2026-09-21");
  EXPECT_EQ(cal().holiday_name(D("2026-09-25")), "中秋节");
}

TEST(Calendar, T6_AddAcrossNationalDay2026) {
  EXPECT_EQ(add(cal(), "2026-09-30", 1), "2026-10-08");
  EXPECT_EQ(add(cal(), "2026-10-09", 1), "2026-10-10");  // Saturday worked
  EXPECT_TRUE(cal().is_working_day(D("2026-10-10")));
  EXPECT_FALSE(cal().is_working_day(D("2026-10-05")));
  EXPECT_EQ(cal().holiday_name(D("2026-10-05")), "国庆节");
  const auto c = cal().count_working_days(D("2026-09-30"), D("2026-10-10"));
  EXPECT_EQ(c.working_days, 3);  // 10-08, 10-09, 10-10
  EXPECT_TRUE(c.confirmed);
}

TEST(Calendar, T6_SpringFestival2024AdjustedSundays) {
  EXPECT_TRUE(cal().is_working_day(D("2024-02-04")));   // Sunday worked
  EXPECT_TRUE(cal().is_working_day(D("2024-02-18")));   // Sunday worked
  EXPECT_FALSE(cal().is_working_day(D("2024-02-12")));  // Monday off
  EXPECT_EQ(cal().holiday_name(D("2024-02-10")), "春节");
  EXPECT_EQ(cal().holiday_name(D("2024-02-04")), "");
  EXPECT_EQ(add(cal(), "2024-02-02", 1), "2024-02-04");
  EXPECT_EQ(add(cal(), "2024-02-09", 1), "2024-02-18");
  EXPECT_EQ(add(cal(), "2024-02-08", 2), "2024-02-18");
  EXPECT_EQ(cal().count_working_days(D("2024-01-31"), D("2024-02-29")).working_days, 18);
}

TEST(Calendar, T6_SpringFestival2026) {
  EXPECT_EQ(add(cal(), "2026-02-13", 1), "2026-02-14");  // Saturday worked
  EXPECT_EQ(add(cal(), "2026-02-14", 1), "2026-02-24");  // off 02-15..02-23
  EXPECT_TRUE(cal().is_working_day(D("2026-02-28")));    // Saturday worked
  EXPECT_EQ(cal().count_working_days(D("2026-01-31"), D("2026-02-28")).working_days, 16);
}

TEST(Calendar, T6_CovidExtendedSpringFestival2020) {
  // The extension notice kept offices closed until 2020-02-02.
  EXPECT_FALSE(cal().is_working_day(D("2020-01-31")));
  EXPECT_FALSE(cal().is_working_day(D("2020-02-02")));
  EXPECT_TRUE(cal().is_working_day(D("2020-02-03")));
  EXPECT_TRUE(cal().is_working_day(D("2020-01-19")));  // Sunday worked
  EXPECT_EQ(add(cal(), "2020-01-23", 1), "2020-02-03");
  EXPECT_EQ(add(cal(), "2020-01-17", 1), "2020-01-19");
  EXPECT_EQ(cal().count_working_days(D("2020-01-23"), D("2020-02-03")).working_days, 1);
}

TEST(Calendar, T6_YearBoundary2025To2026) {
  // 2026-01-01..03 off, 2026-01-04 (Sunday) worked.
  EXPECT_TRUE(cal().is_working_day(D("2026-01-04")));
  EXPECT_EQ(add(cal(), "2025-12-31", 1), "2026-01-04");
  const auto c = cal().count_working_days(D("2025-12-30"), D("2026-01-05"));
  EXPECT_EQ(c.working_days, 3);  // 12-31, 01-04, 01-05
  EXPECT_TRUE(c.confirmed);
}

TEST(Calendar, T6_NewYearSpilloverFromNextNotice) {
  // The 2023 notice gives 2022-12-31 off as part of 元旦.
  EXPECT_EQ(cal().holiday_name(D("2022-12-31")), "元旦");
  EXPECT_FALSE(cal().is_working_day(D("2022-12-31")));
  EXPECT_TRUE(cal().year(2023)->off.count(D("2022-12-31").serial()));
}

TEST(Calendar, T6_WorkingDaysPerYear) {
  EXPECT_EQ(cal().count_working_days(D("2019-12-31"), D("2020-12-31")).working_days, 249);
  EXPECT_EQ(cal().count_working_days(D("2023-12-31"), D("2024-12-31")).working_days, 251);
  EXPECT_EQ(cal().count_working_days(D("2024-12-31"), D("2025-12-31")).working_days, 248);
  EXPECT_EQ(cal().count_working_days(D("2025-12-31"), D("2026-12-31")).working_days, 248);
  EXPECT_EQ(cal().count_working_days(D("2019-12-31"), D("2026-12-31")).working_days, 1744);
}

TEST(Calendar, T6_CountEmptyAndReversedRanges) {
  EXPECT_EQ(cal().count_working_days(D("2026-09-18"), D("2026-09-18")).working_days, 0);
  EXPECT_EQ(cal().count_working_days(D("2026-09-18"), D("2026-09-01")).working_days, 0);
  EXPECT_EQ(cal().count_working_days(D("2026-09-17"), D("2026-09-18")).working_days, 1);
}

TEST(Calendar, T6_Unpublished2027FallsBackToWeekendsUnconfirmed) {
  const auto a = cal().add_working_days(D("2026-12-31"), 1);
  EXPECT_EQ(a.date.iso(), "2027-01-01");  // Friday: weekends only, provisional
  EXPECT_FALSE(a.confirmed);
  EXPECT_TRUE(cal().add_working_days(D("2026-12-28"), 3).confirmed);  // ends 2026-12-31
  const auto c = cal().count_working_days(D("2026-12-31"), D("2027-01-31"));
  EXPECT_EQ(c.working_days, 21);
  EXPECT_FALSE(c.confirmed);
  EXPECT_FALSE(cal().add_working_days(D("2027-03-01"), 5).confirmed);
  EXPECT_TRUE(cal().is_working_day(D("2027-01-01")));
  EXPECT_FALSE(cal().is_working_day(D("2027-01-02")));
  // Before the first published year too.
  EXPECT_FALSE(cal().count_working_days(D("2019-06-01"), D("2020-01-10")).confirmed);
}

TEST(Calendar, T6_Loading2027AtRunTimeChangesAnswers) {
  gp::Calendar c = cal();
  ASSERT_FALSE(c.load_year_json(kFixture2027, 2027));
  EXPECT_TRUE(c.has_year(2027));
  const auto a = c.add_working_days(D("2026-12-31"), 1);
  EXPECT_EQ(a.date.iso(), "2027-01-04");
  EXPECT_TRUE(a.confirmed);
  EXPECT_TRUE(c.is_working_day(D("2027-01-09")));
  EXPECT_EQ(c.holiday_name(D("2027-01-01")), "元旦");
  const auto n = c.count_working_days(D("2026-12-31"), D("2027-01-31"));
  EXPECT_EQ(n.working_days, 21);  // one weekday off, one Saturday worked
  EXPECT_TRUE(n.confirmed);
  // Replacing the year replaces its facts.
  ASSERT_FALSE(c.load_year_json(R"({"notice":"fixture","holidays":[],"workdays":[]})", 2027));
  EXPECT_EQ(add(c, "2026-12-31", 1), "2027-01-01");
  EXPECT_TRUE(c.add_working_days(D("2026-12-31"), 1).confirmed);
  // The built-in calendar is untouched.
  EXPECT_FALSE(cal().has_year(2027));
}

TEST(Calendar, T6_AddAndCountAgreeWithDayByDayWalk) {
  // Reference: each day judged from the published sets (its own year's notice and the next
  // year's New Year spillover), independent of the calendar's index.
  const auto reference = [](const gp::Date& d) {
    for (int y : {d.year, d.year + 1}) {
      if (const auto* hy = cal().year(y)) {
        if (hy->work.count(d.serial())) return true;
        if (hy->off.count(d.serial())) return false;
      }
    }
    return !d.is_weekend();
  };
  for (std::int64_t s = D("2019-11-01").serial(); s <= D("2027-02-01").serial(); s += 3) {
    const gp::Date from = gp::Date::from_serial(s);
    ASSERT_EQ(cal().is_working_day(from), reference(from)) << from.iso();
    gp::Date d = from;
    long long walked = 0;
    for (long long n = 1; n <= 40; ++n) {
      do {
        d = d.plus_days(1);
      } while (!reference(d));
      ++walked;
      ASSERT_EQ(cal().add_working_days(from, n).date, d) << from.iso() << " + " << n;
      ASSERT_EQ(cal().count_working_days(from, d).working_days, walked) << from.iso();
      ASSERT_EQ(cal().count_working_days(from, d.plus_days(-1)).working_days, walked - 1);
    }
  }
}

TEST(Calendar, T6_SweepOf100000Applications) {
  // An SLA sweep calls these once per application; with per-day lookups this would crawl.
  long long total = 0;
  const std::int64_t first = D("2020-01-01").serial();
  for (int i = 0; i < 100000; ++i) {
    const gp::Date from = gp::Date::from_serial(first + i % 2500);
    const long long n = 1 + i % 180;  // up to the longest limit of rule W1
    const auto to = cal().add_working_days(from, n);
    const auto back = cal().count_working_days(from, to.date);
    ASSERT_EQ(back.working_days, n);
    total += back.working_days;
  }
  EXPECT_GT(total, 0);
  // Long ranges are as cheap as short ones.
  EXPECT_EQ(cal().count_working_days(D("1900-01-01"), D("2200-12-31")).working_days,
            cal().count_working_days(D("1900-01-01"), D("2200-12-31")).working_days);
  EXPECT_FALSE(cal().count_working_days(D("1900-01-01"), D("2200-12-31")).confirmed);
}

TEST(Calendar, T6_FromJsonIgnoresUnknownKeysAndLoadsSpillover) {
  const auto r = gp::Calendar::from_json(R"({"_about":"x","years":{"2023":{
      "notice":"fixture","note":"ignored","holidays":[{"name":"元旦","off":["2022-12-31","2023-01-01","2023-01-02"]}],
      "workdays":[]}}})");
  ASSERT_TRUE(r.ok()) << r.error().message_en;
  EXPECT_EQ(r->holiday_name(D("2023-01-02")), "元旦");
  EXPECT_FALSE(r->is_working_day(D("2023-01-02")));
}

TEST(Calendar, T6_MalformedDateNamesItsPath) {
  const auto r = gp::Calendar::from_json(file_with_2027(R"({"notice":"n","holidays":[
      {"name":"元旦","off":["2027-01-01"]},{"name":"春节","off":["2027-02-06"]},
      {"name":"清明节","off":["2027-04-05","2027-04-31"]}],"workdays":[]})"));
  expect_error(r, "invalid", "years.2027.holidays[2].off[1]");
  EXPECT_NE(r.error().message_en.find("2027-04-31"), std::string::npos);
}

TEST(Calendar, T6_DateOutsideItsYear) {
  expect_error(gp::Calendar::from_json(file_with_2027(
                   R"({"notice":"n","holidays":[],"workdays":["2028-01-08"]})")),
               "out_of_range", "years.2027.workdays[0]");
  expect_error(gp::Calendar::from_json(file_with_2027(
                   R"({"notice":"n","holidays":[{"name":"x","off":["2026-12-01"]}],"workdays":[]})")),
               "out_of_range", "years.2027.holidays[0].off[0]");
}

TEST(Calendar, T6_DateBothOffAndWorkday) {
  expect_error(gp::Calendar::from_json(file_with_2027(
                   R"({"notice":"n","holidays":[{"name":"x","off":["2027-01-02"]}],"workdays":["2027-01-09","2027-01-02"]})")),
               "contradictory", "years.2027.workdays[1]");
}

TEST(Calendar, T6_AdjustedWorkdayMustBeWeekend) {
  // 2027-01-04 is a Monday.
  expect_error(gp::Calendar::from_json(file_with_2027(
                   R"({"notice":"n","holidays":[],"workdays":["2027-01-04"]})")),
               "invalid", "years.2027.workdays[0]");
}

TEST(Calendar, T6_DuplicateDate) {
  expect_error(gp::Calendar::from_json(file_with_2027(
                   R"({"notice":"n","holidays":[{"name":"a","off":["2027-01-01"]},{"name":"b","off":["2027-01-01"]}],"workdays":[]})")),
               "invalid", "years.2027.holidays[1].off[0]");
}

TEST(Calendar, T6_MissingAndMistypedFields) {
  expect_error(gp::Calendar::from_json(file_with_2027(R"({"holidays":[],"workdays":[]})")),
               "required", "years.2027.notice");
  expect_error(gp::Calendar::from_json(file_with_2027(R"({"notice":"n","workdays":[]})")),
               "required", "years.2027.holidays");
  expect_error(gp::Calendar::from_json(file_with_2027(R"({"notice":"n","holidays":[]})")),
               "required", "years.2027.workdays");
  expect_error(gp::Calendar::from_json(file_with_2027(R"({"notice":"n","holidays":{},"workdays":[]})")),
               "invalid", "years.2027.holidays");
  expect_error(gp::Calendar::from_json(file_with_2027(
                   R"({"notice":"n","holidays":[{"off":["2027-01-01"]}],"workdays":[]})")),
               "required", "years.2027.holidays[0].name");
  expect_error(gp::Calendar::from_json(file_with_2027(
                   R"({"notice":"n","holidays":[{"name":"x","off":[]}],"workdays":[]})")),
               "invalid", "years.2027.holidays[0].off");
  expect_error(gp::Calendar::from_json(file_with_2027(
                   R"({"notice":"n","holidays":[],"workdays":[20270109]})")),
               "invalid", "years.2027.workdays[0]");
  expect_error(gp::Calendar::from_json(file_with_2027("[]")), "invalid", "years.2027");
  expect_error(gp::Calendar::from_json(R"({"_about":"no years"})"), "required", "years");
  expect_error(gp::Calendar::from_json(R"({"years":[]})"), "invalid", "years");
}

TEST(Calendar, T6_YearKeyMustBeFourDigits1900To2200) {
  const std::string body = R"({"notice":"n","holidays":[],"workdays":[]})";
  expect_error(gp::Calendar::from_json(R"({"years":{"27":)" + body + "}}"), "invalid", "years.27");
  expect_error(gp::Calendar::from_json(R"({"years":{"1899":)" + body + "}}"), "invalid", "years.1899");
  expect_error(gp::Calendar::from_json(R"({"years":{"2201":)" + body + "}}"), "invalid", "years.2201");
  expect_error(gp::Calendar::from_json(R"({"years":{"20x7":)" + body + "}}"), "invalid", "years.20x7");
  EXPECT_TRUE(gp::Calendar::from_json(R"({"years":{"2200":)" + body + "}}").ok());
}

TEST(Calendar, T6_NotJson) {
  expect_error(gp::Calendar::from_json("{\"years\": {"), "invalid", "");
  expect_error(gp::Calendar::from_json(""), "invalid", "");
  expect_error(gp::Calendar::from_json("[1,2]"), "invalid", "");
}

TEST(Calendar, T6_SpilloverMustAgreeAcrossYears) {
  // 2026's notice cannot make 2026-12-26 a working day if 2027's gives it off.
  const auto r = gp::Calendar::from_json(R"({"years":{
      "2026":{"notice":"n","holidays":[],"workdays":["2026-12-26"]},
      "2027":{"notice":"n","holidays":[{"name":"元旦","off":["2026-12-26","2027-01-01"]}],"workdays":[]}}})");
  expect_error(r, "contradictory", "years.2027.holidays[0].off[0]");
}

TEST(Calendar, T6_LoadYearJsonErrors) {
  gp::Calendar c = cal();
  auto e = c.load_year_json(R"({"notice":"n","holidays":[{"name":"x","off":["2027-01-01","2027-02-29"]}],"workdays":[]})", 2027);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "holidays[0].off[1]");
  EXPECT_EQ(e->code, "invalid");
  e = c.load_year_json(kFixture2027, 2028);  // 2027 dates given as 2028
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "holidays[0].off[0]");
  EXPECT_EQ(e->code, "out_of_range");
  e = c.load_year_json(kFixture2027, 2201);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "year");
  e = c.load_year_json("not json", 2027);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "invalid");
  // 2023's notice has 2022-12-31 off: the 2022 data cannot make it a working day.
  e = c.load_year_json(R"({"notice":"n","holidays":[],"workdays":["2022-12-31"]})", 2022);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "contradictory");
  EXPECT_EQ(e->field, "workdays[0]");
  // Nothing changed by failed loads.
  EXPECT_FALSE(c.has_year(2027));
  EXPECT_FALSE(c.is_working_day(D("2022-12-31")));
  EXPECT_EQ(c.year(2022)->notice, cal().year(2022)->notice);
}

TEST(Calendar, T6_ToJsonRoundTrips) {
  const auto again = gp::Calendar::from_json(cal().to_json());
  ASSERT_TRUE(again.ok()) << again.error().field << ": " << again.error().message_en;
  EXPECT_EQ(again->years(), cal().years());
  for (int y : cal().years()) {
    EXPECT_EQ(again->year(y)->notice, cal().year(y)->notice);
    EXPECT_EQ(again->year(y)->off, cal().year(y)->off);
    EXPECT_EQ(again->year(y)->work, cal().year(y)->work);
    ASSERT_EQ(again->year(y)->holidays.size(), cal().year(y)->holidays.size());
    for (std::size_t i = 0; i < cal().year(y)->holidays.size(); ++i) {
      EXPECT_EQ(again->year(y)->holidays[i].first, cal().year(y)->holidays[i].first);
      EXPECT_EQ(again->year(y)->holidays[i].second, cal().year(y)->holidays[i].second);
    }
  }
  EXPECT_EQ(again->to_json(), cal().to_json());
}

TEST(Calendar, T6_SetYearProgrammatically) {
  gp::Calendar c;
  EXPECT_TRUE(c.is_working_day(D("2027-01-01")));
  gp::HolidayYear y;
  y.year = 2027;
  y.notice = "fixture";
  y.holidays.push_back({"元旦", {D("2027-01-01")}});
  y.off.insert(D("2027-01-02").serial());  // an unnamed day off still round-trips
  y.work.insert(D("2027-01-09").serial());
  c.set_year(y);
  EXPECT_FALSE(c.is_working_day(D("2027-01-01")));
  EXPECT_TRUE(c.is_working_day(D("2027-01-09")));
  const auto again = gp::Calendar::from_json(c.to_json());
  ASSERT_TRUE(again.ok()) << again.error().message_en;
  EXPECT_EQ(again->year(2027)->off, c.year(2027)->off);
  EXPECT_EQ(again->year(2027)->work, c.year(2027)->work);
}

}  // namespace
