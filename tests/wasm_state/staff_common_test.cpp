// The staff's screens' shared logic (issue 5): urgency order, virtual-list windowing, countdowns,
// chart axes, import errors by line.
#include "state/staff_common.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "state/strings.h"

using namespace state;

TEST(StaffUrgency, ClassifiesByLevelRemainingAndPause) {
  EXPECT_EQ(urgency_of("overdue", -0.5, false, false), Urgency::Overdue);
  EXPECT_EQ(urgency_of("warning", 0.3, false, false), Urgency::Warning);
  EXPECT_EQ(urgency_of("normal", 0.9, false, false), Urgency::DueSoon);  // at most one working day left
  EXPECT_EQ(urgency_of("normal", 1.0, false, false), Urgency::DueSoon);
  EXPECT_EQ(urgency_of("normal", 1.5, false, false), Urgency::Normal);
  EXPECT_EQ(urgency_of("normal", std::nullopt, false, false), Urgency::Normal);
  EXPECT_EQ(urgency_of("warning", 0.3, true, false), Urgency::Paused);    // the customer's time (T6)
  EXPECT_EQ(urgency_of("overdue", -1, true, false), Urgency::Overdue);   // overdue stays overdue
  EXPECT_EQ(urgency_of("overdue", -1, false, true), Urgency::Finished);
}

TEST(StaffUrgency, OrdersOverdueThenWarningThenDueSoonThenTheRest) {
  std::vector<UrgencyKey> v = {
      {Urgency::Normal, 0, 3, 1, "A"},  {Urgency::DueSoon, 0, 0.5, 1, "B"}, {Urgency::Overdue, 2, -1, 4, "C"},
      {Urgency::Warning, 1, 0.2, 2, "D"}, {Urgency::Overdue, 3, -0.5, 5, "E"}, {Urgency::Paused, 0, 1, 1, "F"},
      {Urgency::Overdue, 3, -2, 6, "G"},  {Urgency::DueSoon, 0, 0.1, 1, "H"},
  };
  std::sort(v.begin(), v.end(), more_urgent);
  std::string order;
  for (const auto& k : v) order += k.number;
  // Overdue: higher escalation first, then less time left; then warning; due soon by time left.
  EXPECT_EQ(order, "GECDHBAF");
}

TEST(StaffUrgency, RemainingText) {
  set_language(Lang::Zh);
  EXPECT_EQ(remaining_text(1.5, false), "剩 1.5 个工作日");
  EXPECT_EQ(remaining_text(-0.26, false), "超时 0.3 个工作日");
  EXPECT_EQ(remaining_text(2, true), tr("staff.paused"));
  set_language(Lang::En);
  EXPECT_EQ(remaining_text(2, false), "2 working days left");
  set_language(Lang::Zh);
}

TEST(VirtualList, DrawsOnlyTheRowsInView) {
  // 10,000 rows of 60 px below a 300 px header; the view shows 800 px scrolled 3,000 px down.
  const RowWindow w = row_window(10000, 60, 300, 3000, 3800, 2);
  EXPECT_EQ(w.first, 45 - 2);  // (3000-300)/60 = 45
  EXPECT_EQ(w.last, 59 + 2);   // ceil((3800-300)/60) = 59
  EXPECT_LE(w.last - w.first, 20);
  EXPECT_FLOAT_EQ(w.pad_top, 43 * 60.0f);
  EXPECT_FLOAT_EQ(w.pad_bottom, (10000 - 61) * 60.0f);
  EXPECT_FLOAT_EQ(w.pad_top + (w.last - w.first) * 60.0f + w.pad_bottom, 10000 * 60.0f);  // the list keeps its height
}

TEST(VirtualList, EdgesAndEmpty) {
  const RowWindow top = row_window(10000, 60, 300, 0, 800);
  EXPECT_EQ(top.first, 0);
  EXPECT_EQ(top.last, 9 + 2);
  EXPECT_FLOAT_EQ(top.pad_top, 0);
  const RowWindow end = row_window(10000, 60, 0, 599000, 600500);
  EXPECT_EQ(end.last, 10000);
  EXPECT_FLOAT_EQ(end.pad_bottom, 0);
  const RowWindow below = row_window(10, 60, 5000, 0, 800);  // the list is below the view
  EXPECT_EQ(below.first, 0);
  EXPECT_EQ(below.last, 0);
  EXPECT_FLOAT_EQ(below.pad_bottom, 600);
  const RowWindow none = row_window(0, 60, 0, 0, 800);
  EXPECT_EQ(none.first, 0);
  EXPECT_EQ(none.last, 0);
}

TEST(VirtualList, PagesOfRows) {
  EXPECT_EQ(pages_of(0, 12, 100), std::vector<int>({1}));
  EXPECT_EQ(pages_of(95, 112, 100), std::vector<int>({1, 2}));
  EXPECT_EQ(pages_of(9990, 10000, 100), std::vector<int>({100}));
  EXPECT_TRUE(pages_of(5, 5, 100).empty());
}

TEST(Countdown, TextOfClockTime) {
  set_language(Lang::Zh);
  EXPECT_EQ(countdown_text(20 * 60), "20:00");
  EXPECT_EQ(countdown_text(1199.4), "19:59");
  EXPECT_EQ(countdown_text(18 * 3600 - 1), "17:59:59");
  EXPECT_EQ(countdown_text(-0.4), "-00:01");  // overdue counts up from the first moment
  EXPECT_EQ(countdown_text(-192), "-03:12");
  EXPECT_EQ(countdown_text(26 * 3600 + 62), "1 天 02:01:02");
  set_language(Lang::En);
  EXPECT_EQ(countdown_text(26 * 3600 + 62), "1 d 02:01:02");
  set_language(Lang::Zh);
}

TEST(Countdown, TicksWhenTheShownSecondChanges) {
  EXPECT_NEAR(next_countdown_tick(10.25), 0.25, 1e-9);
  EXPECT_NEAR(next_countdown_tick(10.0), 1.0, 1e-9);
  EXPECT_NEAR(next_countdown_tick(-3.7), 0.3, 1e-9);
  EXPECT_GT(next_countdown_tick(5.0000001), 0);
  // Loaded with 1200 s left at t=100: at t=100.4 it shows 19:59 and changes again 0.6 s later.
  const double left = seconds_left(1200, 100, 100.4);
  EXPECT_EQ(countdown_text(left), "19:59");
  EXPECT_NEAR(next_countdown_tick(left), 0.6, 1e-9);
}

TEST(Charts, NiceAxes) {
  Axis a = nice_axis(1.66, 5);
  EXPECT_DOUBLE_EQ(a.step, 0.5);
  EXPECT_EQ(a.ticks, 4);
  EXPECT_DOUBLE_EQ(a.top, 2.0);
  a = nice_axis(2.0, 5);
  EXPECT_DOUBLE_EQ(a.top, 2.0);
  a = nice_axis(37, 5);
  EXPECT_DOUBLE_EQ(a.step, 10);
  EXPECT_DOUBLE_EQ(a.top, 40);
  a = nice_axis(0.003, 4);
  EXPECT_DOUBLE_EQ(a.step, 0.001);
  EXPECT_DOUBLE_EQ(a.top, 0.003);
  a = nice_axis(0, 5);  // nothing to show: one empty step
  EXPECT_DOUBLE_EQ(a.top, 1);
  a = nice_axis(12, 4);
  EXPECT_DOUBLE_EQ(a.step, 5);
  EXPECT_DOUBLE_EQ(a.top, 15);
}

TEST(Charts, ScaleClampsToTheAxis) {
  const Axis a = nice_axis(2, 4);
  EXPECT_FLOAT_EQ(scale_to(a, 1, 400), 200);
  EXPECT_FLOAT_EQ(scale_to(a, 5, 400), 400);
  EXPECT_FLOAT_EQ(scale_to(a, -1, 400), 0);
  EXPECT_DOUBLE_EQ(max_value({{"a", {0.5, 1.7}}, {"b", {0.2}}}), 1.7);
}

TEST(ImportErrors, ByLineFromTheServersReply) {
  set_language(Lang::Zh);
  const auto reply = nlohmann::json::parse(R"({
    "error": {"code": "invalid_rows", "field": "file", "message": "发现 3 处错误，未导入任何记录"},
    "errors": [
      {"code": "invalid", "field": "line 4: capacity_kw", "message_zh": "line 4: capacity_kw：应为正数", "message_en": "line 4: capacity_kw: must be positive"},
      {"code": "invalid", "field": "line 2: credit_code", "message_zh": "统一社会信用代码校验位不符", "message_en": "check digit"},
      {"code": "duplicate", "field": "line 4: approval_number", "message_zh": "审批文号重复", "message_en": "duplicate"}
    ]})");
  const auto p = import_problems(reply);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].line, 2);  // in line order
  EXPECT_EQ(p[0].column, "credit_code");
  EXPECT_EQ(p[1].line, 4);
  EXPECT_EQ(p[1].message, "应为正数");  // the repeated "line 4: capacity_kw：" goes
  const auto by = problems_by_line(p);
  ASSERT_EQ(by.size(), 2u);
  EXPECT_EQ(by.at(2), "credit_code: 统一社会信用代码校验位不符");
  EXPECT_EQ(by.at(4), "capacity_kw: 应为正数；approval_number: 审批文号重复");
}

TEST(ImportErrors, JsonRecordsAndWholeFile) {
  set_language(Lang::En);
  const auto reply = nlohmann::json::parse(R"({"errors": [
      {"field": "[2].voltage_kv", "message_en": "must be 10, 35 or 110", "message_zh": "x"},
      {"field": "file", "message_en": "the file holds no records", "message_zh": "y"}]})");
  const auto p = import_problems(reply);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].line, 0);  // the whole file first
  EXPECT_EQ(p[1].line, 3);  // record [2] is the third
  EXPECT_EQ(p[1].column, "voltage_kv");
  // A plain error without a list (e.g. 415) is one problem about the file.
  const auto one = import_problems(nlohmann::json::parse(R"({"error": {"field": "Content-Type", "message_en": "CSV only", "message_zh": "z"}})"));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].line, 0);
  set_language(Lang::Zh);
}

TEST(StaffFormat, NumbersPercentsDates) {
  EXPECT_EQ(number_text(0.9827, 2), "0.98");
  EXPECT_EQ(number_text(2.0, 2), "2");
  EXPECT_EQ(number_text(nlohmann::json(nullptr)), "—");
  EXPECT_EQ(percent_text(0.99961, 3), "99.961%");
  EXPECT_EQ(percent_text(1.0), "100%");
  EXPECT_EQ(month_start("2026-11-30"), "2026-11-01");
  EXPECT_EQ(month_end("2026-02-03"), "2026-02-28");
  EXPECT_EQ(add_days("2026-03-01", -1), "2026-02-28");
  EXPECT_TRUE(valid_date("2027-01-01"));
  EXPECT_FALSE(valid_date("2027-13-01"));
  EXPECT_FALSE(valid_date("2027-1-1"));
}
