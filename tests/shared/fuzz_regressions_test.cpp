// Inputs the fuzzers found (tests/fuzz/, docs/reliability.md), kept as plain tests so they run on
// every build, native and WASM.
#include <gtest/gtest.h>

#include "gp/calendar.h"
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
