// Inputs the fuzzers found (tests/fuzz/, docs/reliability.md), kept as plain tests so they run on
// every build, native and WASM.
#include <gtest/gtest.h>

#include "gp/calendar.h"
#include "gp/reliability.h"
#include "gp/service_config.h"
#include "gp/validate.h"

// fuzz_service_config: "{}" was accepted, but its to_json wrote "supervision_phone": "", which
// from_json refuses — a stored configuration that would not load again after a restart.
TEST(FuzzRegressions, ServiceConfigWithoutSupervisionPhoneRoundTrips) {
  auto c = gp::ServiceConfig::from_json("{}");
  ASSERT_TRUE(c.ok());
  auto again = gp::ServiceConfig::from_json(c->to_json());
  ASSERT_TRUE(again.ok()) << again.error().message_en;
  EXPECT_EQ(again->to_json(), c->to_json());
  // The configuration that has one keeps it.
  auto builtin = gp::ServiceConfig::from_json(gp::ServiceConfig::builtin().to_json());
  ASSERT_TRUE(builtin.ok());
  EXPECT_EQ(builtin->supervision_phone, gp::ServiceConfig::builtin().supervision_phone);
}

// fuzz_calendar: a syntax error's message quoted the bytes last read — here half a character —
// so the error itself was not valid UTF-8 (unprintable in a JSON reply or in the browser).
TEST(FuzzRegressions, CalendarSyntaxErrorsArePrintable) {
  const std::string bad = "{\"notice\": \"\xe5\x9b\xbd\xe5\r\x8a\"}";
  auto r = gp::Calendar::from_json(bad);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(gp::validate::is_valid_utf8(r.error().message_zh));
  EXPECT_TRUE(gp::validate::is_valid_utf8(r.error().message_en));
  EXPECT_NE(r.error().message_en.find("byte"), std::string::npos) << r.error().message_en;
  gp::Calendar c = gp::Calendar::builtin();
  auto st = c.load_year_json(bad, 2027);
  ASSERT_TRUE(st.has_value());
  EXPECT_TRUE(gp::validate::is_valid_utf8(st->message_zh));
  EXPECT_TRUE(gp::validate::is_valid_utf8(st->message_en));
}

// rule G5 (found by fuzzing outages_csv): a record claiming more customers than the area has, over
// a year, drove the availability below zero. An outage cuts off at most every customer of the
// area, and availability stays within [0, 1] even when records overlap.
TEST(FuzzRegressions, G5_AvailabilityStaysWithinZeroAndOne) {
  auto rows = gp::parse_outages_csv(
      "area,start,end,customers_affected\n"
      "urban,2025-11-03T01:00:00+08:00,2026-11-03T02:00:00+08:00,200510\n"
      "urban,2025-11-03T01:00:00+08:00,2026-11-03T02:00:00+08:00,10000\n");
  ASSERT_TRUE(rows) << rows.error().message_en;
  for (const auto& a : gp::compute_reliability(rows.value(), gp::Date{2025, 1, 1}, gp::Date{2025, 12, 31}, 10000, 20000)) {
    EXPECT_GE(a.asai, 0.0) << gp::to_string(a.area);
    EXPECT_LE(a.asai, 1.0) << gp::to_string(a.area);
    if (a.area == gp::Area::urban) {
      EXPECT_EQ(a.customer_interruptions, 20000) << "each record counts at most the area's 10,000 customers";
      EXPECT_FALSE(a.meets_asai);
    }
  }
}
