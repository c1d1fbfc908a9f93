// Supply reliability (rule G5) and the CSV reader behind every import.
#include <gtest/gtest.h>

#include "gp/csv.h"
#include "gp/reliability.h"

TEST(Reliability, G5_AsaiHoursAndCountByHand) {
  // November 2026: 30 days = 720 hours. Urban 1000 customers: 200 out for 3 h, 100 out for 1.5 h.
  std::vector<gp::OutageRecord> o = {
      {gp::Area::urban, gp::cst_midnight({2026, 11, 3}) + 3600, gp::cst_midnight({2026, 11, 3}) + 4 * 3600, 200, "", ""},
      {gp::Area::urban, gp::cst_midnight({2026, 11, 9}), gp::cst_midnight({2026, 11, 9}) + 5400, 100, "", ""},
      {gp::Area::rural, gp::cst_midnight({2026, 11, 20}), gp::cst_midnight({2026, 11, 20}) + 10 * 3600, 500, "", ""},
  };
  auto r = gp::compute_reliability(o, {2026, 11, 1}, {2026, 11, 30}, 1000, 2000);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_DOUBLE_EQ(r[0].period_hours, 720);
  EXPECT_DOUBLE_EQ(r[0].customer_hours_lost, 600 + 150);
  EXPECT_DOUBLE_EQ(r[0].average_outage_hours, 0.75);
  EXPECT_DOUBLE_EQ(r[0].average_outage_count, 0.3);
  EXPECT_NEAR(r[0].asai, 1 - 750.0 / (1000 * 720), 1e-12);  // 0.998958...
  EXPECT_FALSE(r[0].meets_asai);                           // below 99.961 %
  EXPECT_TRUE(r[0].meets_hours);
  EXPECT_TRUE(r[0].meets_count);
  EXPECT_NEAR(r[1].asai, 1 - 5000.0 / (2000 * 720), 1e-12);  // 0.996527...
  EXPECT_DOUBLE_EQ(r[1].asai_target, 0.99804);
}

TEST(Reliability, G5_OutagesClippedToThePeriod) {
  std::vector<gp::OutageRecord> o = {{gp::Area::urban, gp::cst_midnight({2026, 10, 31}) + 23 * 3600,
                                      gp::cst_midnight({2026, 11, 1}) + 3600, 10, "", ""}};
  auto r = gp::compute_reliability(o, {2026, 11, 1}, {2026, 11, 30}, 100, 0);
  EXPECT_DOUBLE_EQ(r[0].customer_hours_lost, 10);
}

TEST(Reliability, OutageCsvErrorsNameTheLine) {
  auto ok = gp::parse_outages_csv("area,start,end,customers_affected\nurban,2026-11-03T01:00:00+08:00,2026-11-03T04:00:00+08:00,200\n");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->size(), 1u);
  auto bad = gp::parse_outages_csv("area,start,end,customers_affected\nurban,2026-11-03T01:00:00+08:00,2026-11-03T04:00:00+08:00,200\nsuburb,x,y,1\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "line 3: area");
  EXPECT_EQ(gp::parse_outages_csv("a,b\n").error().field, "line 1");
  EXPECT_EQ(gp::parse_outages_csv("area,start,end,customers_affected\nrural,2026-11-03T05:00:00+08:00,2026-11-03T04:00:00+08:00,1\n").error().field,
            "line 2: end");
}

TEST(Csv, QuotesNewlinesAndErrors) {
  auto r = gp::parse_csv("a,\"b,c\",\"d \"\"q\"\"\"\r\n\"multi\nline\",x,\n\n");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ(r->at(0).cells, (std::vector<std::string>{"a", "b,c", "d \"q\""}));
  EXPECT_EQ(r->at(1).cells, (std::vector<std::string>{"multi\nline", "x", ""}));
  EXPECT_EQ(r->at(1).line, 2);
  EXPECT_EQ(gp::parse_csv("a\n\"open").error().field, "line 2");
  EXPECT_EQ(gp::parse_csv("a\nb\"c\n").error().field, "line 2");
  EXPECT_EQ(gp::parse_csv("\xff\xfe").error().code, "invalid_utf8");
  EXPECT_TRUE(gp::parse_csv("\xEF\xBB\xBFh1,h2\n").ok());
}
