// In-process: the server's one calendar (services/calendar_service.h). Loading a year at run
// time (an administrator publishing the next State Council notice) must never expose half a
// year to a concurrent request (rules T1–T6 count on this calendar).
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "services/calendar_service.h"

using gp::server::CalendarService;

namespace {

gp::Date D(const char* s) { return *gp::parse_date(s); }

// A made-up 2031 in the shape of shared/data/cn-holidays.json: 2031-05-01..05 off, Sunday 04-27 worked.
constexpr const char* k2031 = R"({"notice":"test notice","holidays":[{"name":"劳动节","off":
  ["2031-05-01","2031-05-02","2031-05-03","2031-05-04","2031-05-05"]}],"workdays":["2031-04-27"]})";

}  // namespace

TEST(UnitCalendarService, StartsAsTheBuiltinCalendar) {
  CalendarService svc;
  EXPECT_EQ(svc.current()->years(), gp::Calendar::builtin().years());
}

TEST(UnitCalendarService, T6_LoadingAYearConfirmsItsDates) {
  CalendarService svc;
  const auto before = svc.current();
  EXPECT_FALSE(before->add_working_days(D("2031-04-30"), 1).confirmed);
  ASSERT_FALSE(svc.load_year_json(k2031, 2031).has_value());
  const auto after = svc.current();
  const auto d = after->add_working_days(D("2031-04-30"), 1);
  EXPECT_TRUE(d.confirmed);
  EXPECT_EQ(d.date.iso(), "2031-05-06");
  // A snapshot taken before the load is unchanged: requests in flight keep a consistent view.
  EXPECT_FALSE(before->has_year(2031));
}

TEST(UnitCalendarService, AFailedLoadChangesNothing) {
  CalendarService svc;
  const auto before = svc.current();
  const auto err = svc.load_year_json(R"({"holidays":[{"name":"x","off":["2030-01-01"]}]})", 2031);
  ASSERT_TRUE(err.has_value());  // a 2030 date in the 2031 entry
  EXPECT_EQ(svc.current(), before);
  EXPECT_FALSE(svc.load_year_json("not json", 2031) == std::nullopt);
  EXPECT_EQ(svc.current(), before);
}

TEST(UnitCalendarService, ReadersDuringALoadSeeOldOrNewNeverHalf) {
  CalendarService svc;
  std::atomic<bool> done{false};
  std::atomic<int> inconsistent{0};
  std::vector<std::thread> readers;
  for (int i = 0; i < 4; ++i)
    readers.emplace_back([&] {
      while (!done) {
        const auto cal = svc.current();
        const bool has = cal->has_year(2031);
        const auto d = cal->add_working_days(D("2031-04-30"), 1);
        if (d.confirmed != has || (has && d.date.iso() != "2031-05-06")) ++inconsistent;
      }
    });
  for (int i = 0; i < 50; ++i) ASSERT_FALSE(svc.load_year_json(k2031, 2031).has_value());
  done = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(inconsistent.load(), 0);
}
