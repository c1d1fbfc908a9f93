// GET /api/v1/calendar/add and /count: the working-day calendar (glossary 工作日) that every limit
// of T1–T6 and W1 counts on. Expected values come from shared/ in-process, never recomputed here.
#include <gtest/gtest.h>

#include "gp/calendar.h"
#include "test_site.h"

using gp::test::error_of;
using gp::test::json_of;
using gp::test::suite_client;

namespace {

const gp::Calendar& cal() { return gp::Calendar::builtin(); }
gp::Date D(const char* s) { return *gp::parse_date(s); }

nlohmann::json get(const std::string& path) {
  auto res = suite_client()->Get(path);
  EXPECT_TRUE(res);
  if (res) EXPECT_EQ(res->status, 200) << path << " -> " << res->body;
  return json_of(res);
}

}  // namespace

TEST(CalendarAdd, T6_AcrossNationalDay2026MatchesShared) {
  const auto j = get("/api/v1/calendar/add?from=2026-09-30&working_days=1");
  const auto expected = cal().add_working_days(D("2026-09-30"), 1);
  EXPECT_EQ(j["date"], expected.date.iso());
  EXPECT_EQ(j["date"], "2026-10-08");  // 10-01..10-07 off
  EXPECT_EQ(j["confirmed"], true);
}

TEST(CalendarAdd, T6_AdjustedSundayCountsAsWorkingDay) {
  EXPECT_EQ(get("/api/v1/calendar/add?from=2026-09-18&working_days=1")["date"], "2026-09-20");
}

TEST(CalendarAdd, T4_SixteenWorkingDaysMatchesShared) {
  const auto j = get("/api/v1/calendar/add?from=2026-02-13&working_days=16");
  EXPECT_EQ(j["date"], cal().add_working_days(D("2026-02-13"), 16).date.iso());
}

TEST(CalendarAdd, ZeroDaysIsTheSameDate) {
  EXPECT_EQ(get("/api/v1/calendar/add?from=2026-09-11&working_days=0")["date"], "2026-09-11");
}

TEST(CalendarAdd, UnpublishedYearIsNotConfirmed) {
  const auto j = get("/api/v1/calendar/add?from=2031-03-02&working_days=5");
  const auto expected = cal().add_working_days(D("2031-03-02"), 5);
  EXPECT_EQ(j["date"], expected.date.iso());
  EXPECT_EQ(j["confirmed"], false);
  EXPECT_EQ(expected.confirmed, false);
}

TEST(CalendarAdd, MaximumOf3650IsAccepted) {
  EXPECT_TRUE(get("/api/v1/calendar/add?from=2026-01-01&working_days=3650")["date"].is_string());
}

struct BadQuery {
  std::string query;
  std::string field;
  std::string code;
};

class CalendarAddRefuses : public ::testing::TestWithParam<BadQuery> {};

TEST_P(CalendarAddRefuses, NamingTheField) {
  const auto e = error_of(suite_client()->Get("/api/v1/calendar/add?" + GetParam().query), 400);
  EXPECT_EQ(e["field"], GetParam().field) << GetParam().query;
  EXPECT_EQ(e["code"], GetParam().code) << GetParam().query;
}

INSTANTIATE_TEST_SUITE_P(
    Calendar, CalendarAddRefuses,
    ::testing::Values(BadQuery{"working_days=1", "from", "required"},
                      BadQuery{"from=&working_days=1", "from", "required"},
                      BadQuery{"from=2026-09-30", "working_days", "required"},
                      BadQuery{"from=2023-02-29&working_days=1", "from", "invalid"},
                      BadQuery{"from=2026-13-01&working_days=1", "from", "invalid"},
                      BadQuery{"from=tomorrow&working_days=1", "from", "invalid"},
                      BadQuery{"from=2026-9-30&working_days=1", "from", "invalid"},
                      BadQuery{"from=2026-09-30&working_days=-1", "working_days", "out_of_range"},
                      BadQuery{"from=2026-09-30&working_days=3651", "working_days", "out_of_range"},
                      BadQuery{"from=2026-09-30&working_days=1.5", "working_days", "invalid"},
                      BadQuery{"from=2026-09-30&working_days=1e3", "working_days", "invalid"},
                      BadQuery{"from=2026-09-30&working_days=%2B5", "working_days", "invalid"},
                      BadQuery{"from=2026-09-30&working_days=five", "working_days", "invalid"},
                      BadQuery{"from=2026-09-30&working_days=99999999999999999999999", "working_days", "invalid"},
                      BadQuery{"from=2026-09-30&from=2026-10-01&working_days=1", "from", "duplicate"},
                      BadQuery{"from=2026-09-30&working_days=1&days=2", "days", "unknown_parameter"},
                      BadQuery{"from=%3Cscript%3Ealert(1)%3C%2Fscript%3E&working_days=1", "from", "invalid"},
                      BadQuery{"from=%FF%FE&working_days=1", "from", "invalid"}));

TEST(CalendarAdd, InjectionLookingValueIsNotEchoed) {
  auto res = suite_client()->Get("/api/v1/calendar/add?from=%3Cscript%3Ealert(1)%3C%2Fscript%3E&working_days=1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body.find("<script>"), std::string::npos) << res->body;
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST(CalendarCount, T6_AcrossNationalDay2026MatchesShared) {
  const auto j = get("/api/v1/calendar/count?from=2026-09-30&to=2026-10-10");
  const auto expected = cal().count_working_days(D("2026-09-30"), D("2026-10-10"));
  EXPECT_EQ(j["working_days"], expected.working_days);
  EXPECT_EQ(j["confirmed"], true);
}

TEST(CalendarCount, T6_SpringFestival2026) {
  EXPECT_EQ(get("/api/v1/calendar/count?from=2026-01-31&to=2026-02-28")["working_days"], 16);
}

TEST(CalendarCount, FromNotCountedToCounted) {
  // 2026-09-11 is a Friday, 09-14 a Monday: only Monday lies in (from, to].
  EXPECT_EQ(get("/api/v1/calendar/count?from=2026-09-11&to=2026-09-14")["working_days"], 1);
  EXPECT_EQ(get("/api/v1/calendar/count?from=2026-09-14&to=2026-09-14")["working_days"], 0);
}

TEST(CalendarCount, ReversedRangeIsZero) {
  EXPECT_EQ(get("/api/v1/calendar/count?from=2026-10-10&to=2026-09-30")["working_days"], 0);
}

TEST(CalendarCount, UnpublishedYearIsNotConfirmed) {
  EXPECT_EQ(get("/api/v1/calendar/count?from=2026-12-01&to=2031-01-10")["confirmed"], false);
}

TEST(CalendarCount, TwentyYearsIsTheCap) {
  EXPECT_TRUE(get("/api/v1/calendar/count?from=2020-01-01&to=2039-12-31")["working_days"].is_number());
  const auto e = error_of(suite_client()->Get("/api/v1/calendar/count?from=2000-01-01&to=2026-01-01"), 400);
  EXPECT_EQ(e["field"], "to");
  EXPECT_EQ(e["code"], "out_of_range");
}

TEST(CalendarCount, BadDatesNameTheirField) {
  EXPECT_EQ(error_of(suite_client()->Get("/api/v1/calendar/count?from=2023-02-29&to=2026-01-01"), 400)["field"], "from");
  EXPECT_EQ(error_of(suite_client()->Get("/api/v1/calendar/count?from=2026-01-01&to=2026-13-01"), 400)["field"], "to");
  EXPECT_EQ(error_of(suite_client()->Get("/api/v1/calendar/count?from=2026-01-01"), 400)["field"], "to");
  EXPECT_EQ(error_of(suite_client()->Get("/api/v1/calendar/count?to=2026-01-01"), 400)["field"], "from");
}

TEST(CalendarErrors, ChineseByDefaultEnglishOnRequest) {
  const std::string path = "/api/v1/calendar/add?from=tomorrow&working_days=1";
  auto cli = suite_client();
  const auto zh = error_of(cli->Get(path), 400);
  EXPECT_EQ(zh["message"], zh["message_zh"]);
  EXPECT_NE(zh["message_zh"], zh["message_en"]);

  const auto en = error_of(cli->Get(path + "&lang=en"), 400);
  EXPECT_EQ(en["message"], en["message_en"]);

  const auto en2 = error_of(cli->Get(path, {{"Accept-Language", "en-US,en;q=0.9"}}), 400);
  EXPECT_EQ(en2["message"], en2["message_en"]);

  const auto zh2 = error_of(cli->Get(path, {{"Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"}}), 400);
  EXPECT_EQ(zh2["message"], zh2["message_zh"]);

  const auto zh3 = error_of(cli->Get(path + "&lang=zh", {{"Accept-Language", "en"}}), 400);
  EXPECT_EQ(zh3["message"], zh3["message_zh"]);
}
