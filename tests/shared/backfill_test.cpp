// No back-filled records (rule M5, "杜绝系统补录"): a step's claimed date or time lies between the
// application's submission and now, and a step recorded long after the moment it claims (the
// company's backfill_after_hours, 24 by default) is flagged 补录 in its event data.
#include <gtest/gtest.h>

#include "gp/backfill.h"
#include "gp/service_config.h"
#include "gp/workflow.h"

using nlohmann::json;

namespace {
const gp::Instant kMon = 1796004000;  // 2026-11-30T10:00:00+08:00 (a Monday)
const gp::Instant kHour = 3600;

gp::Actor as(gp::Role r) {
  gp::Actor a;
  a.role = r;
  a.owner = r == gp::Role::customer;
  a.assigned_customer_manager = r == gp::Role::customer_manager;
  return a;
}
gp::OptionLists lists() {
  return {{"customer_managers", {{"cm1", "王经理", "Manager Wang"}}}, {"project_managers", {{"pm1", "李经理", "Manager Li"}}}};
}
gp::AppState accepted_lv() {
  auto p = gp::evaluate_json({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  EXPECT_TRUE(p.ok());
  gp::AppState s = gp::start_application(p.value(), kMon, "online");
  for (const char* t : {"accept", "assign_managers"}) {
    gp::Event e;
    e.at = kMon;
    e.type = t;
    e.data = {{"customer_manager", "cm1"}, {"project_manager", "pm1"}};
    gp::apply_event(s, e);
  }
  return s;
}
gp::Result<json> survey(const gp::AppState& s, const char* date, gp::Instant now, int after_hours = 24) {
  return gp::validate_action(s, as(gp::Role::customer_manager), "site_survey",
                             {{"survey_date", date}, {"findings", "具备接电条件"}, {"documents_collected", true}}, now, lists(),
                             after_hours);
}
}  // namespace

TEST(Backfill, M5_ClaimedDateNeitherBeforeSubmissionNorInTheFuture) {
  const gp::Instant now = kMon + 48 * kHour;  // Wed 2026-12-02 10:00
  EXPECT_FALSE(gp::check_claimed_date({2026, 11, 30}, kMon, now, "f"));
  EXPECT_FALSE(gp::check_claimed_date({2026, 12, 2}, kMon, now, "f"));
  EXPECT_EQ(gp::check_claimed_date({2026, 11, 29}, kMon, now, "f")->code, "before_submission");
  EXPECT_EQ(gp::check_claimed_date({2026, 12, 3}, kMon, now, "f")->code, "out_of_range");
  EXPECT_EQ(gp::check_claimed_instant(kMon - 1, kMon, now, "f")->code, "before_submission");
  EXPECT_EQ(gp::check_claimed_instant(now + 3600, kMon, now, "f")->code, "out_of_range");
}

// rule M5 applied by the workflow to every claimed field: the survey dated before the application
// is refused (it was accepted before), naming the field.
TEST(Backfill, M5_SurveyDatedBeforeTheApplicationIsRefused) {
  const gp::AppState s = accepted_lv();
  auto r = survey(s, "2026-11-29", kMon + kHour);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "fields.survey_date");
  EXPECT_EQ(r.error().code, "before_submission");
  r = survey(s, "2026-12-01", kMon + kHour);  // tomorrow
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "out_of_range");
}

// rule M5: recorded 2 days after the day it claims, with the company's 24 hours: 补录.
TEST(Backfill, M5_LateRecordIsFlaggedBackfilled) {
  EXPECT_EQ(gp::ServiceConfig::builtin().backfill_after_hours, 24);  // company setting, not policy
  const gp::AppState s = accepted_lv();
  auto same_day = survey(s, "2026-11-30", kMon + 5 * kHour);
  ASSERT_TRUE(same_day.ok());
  EXPECT_EQ(same_day.value().at("backfilled"), false);
  // Survey claimed on Mon 30 Nov (its day ends at Tue 00:00), recorded Wed 2 Dec 10:00: 34 hours late.
  auto late = survey(s, "2026-11-30", kMon + 48 * kHour);
  ASSERT_TRUE(late.ok());
  EXPECT_EQ(late.value().at("backfilled"), true);
  EXPECT_EQ(late.value().at("claimed_at"), "2026-12-01T00:00:00+08:00");
  auto lenient = survey(s, "2026-11-30", kMon + 48 * kHour, 72);  // another company's setting
  ASSERT_TRUE(lenient.ok());
  EXPECT_EQ(lenient.value().at("backfilled"), false);
}

// rule M5: every date/time a step claims happened is marked as such (the planned dates are not).
TEST(Backfill, M5_ClaimedFieldsAreMarked) {
  const gp::AppState s = accepted_lv();
  bool seen = false;
  for (const auto& a : gp::next_actions(s, as(gp::Role::customer_manager), lists()))
    for (const auto& f : a.fields)
      if (f.name == "survey_date") {
        seen = true;
        EXPECT_TRUE(f.claims_moment);
      }
  EXPECT_TRUE(seen);
}
