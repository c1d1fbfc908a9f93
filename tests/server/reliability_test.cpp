// Supply reliability (rule G5) over HTTP: outages entered as JSON or imported as CSV (all or
// nothing, every bad line reported), customers served per area as a setting, and the urban and
// rural figures against 99.961 % / 99.804 %, <= 1 hour and <= 1 outage — checked by hand.
#include <gtest/gtest.h>

#include "ops_helpers.h"

using gp::ops::error_fields;
using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

const std::string kCsvHeader = "area,start,end,customers_affected,feeder,cause\n";

gp::ops::Reply import_csv(Lab& lab, Party* p, const std::string& csv) {
  return gp::ops::send(lab, p, "POST", "/api/v1/outages", csv, "text/csv");
}

json outage(const char* area, const char* start, const char* end, long long customers) {
  return {{"area", area}, {"start", start}, {"end", end}, {"customers_affected", customers}, {"feeder", "10kV城关一线"}, {"cause", "计划检修"}};
}

}  // namespace

// By hand, for 2026 (365 days = 8760 hours), 10 000 urban and 20 000 rural customers:
//   urban: 1000 x 4 h + 2000 x 1.5 h + 5000 x 2 h = 17 000 customer-hours, 8000 interruptions
//          ASAI 1 - 17000 / 87 600 000; 1.7 h per customer (> 1: target missed); 0.8 outages
//   rural: 5000 x 10 h + 100 x 4 h (clipped at the year's end) = 50 400 customer-hours, 5100
//          ASAI 1 - 50400 / 175 200 000; 2.52 h; 0.255 outages (no hour/count target for rural)
TEST(Reliability, G5_OutagesAgainstTargetsComputedByHand) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.rel", "调度值班");
  Party cm = lab.staff("customer_manager", "cm.rel", "客户经理");
  Party cust = lab.customer("关心停电的客户");
  lab.set_now("2027-01-05T09:00:00+08:00");
  const std::string year = "/api/v1/reliability?from=2026-01-01&to=2026-12-31";

  // Until the customers per area are known there are no figures.
  auto r = gp::ops::get(lab, &cc, year);
  EXPECT_EQ(r.status, 409) << show(r);
  EXPECT_EQ(r.field(), "customers");

  // Customers per area: the admin's setting.
  const json customers = {{"urban", 10000}, {"rural", 20000}};
  EXPECT_EQ(gp::ops::put(lab, nullptr, "/api/v1/admin/settings/customers", customers).status, 401);
  EXPECT_EQ(gp::ops::put(lab, &cust, "/api/v1/admin/settings/customers", customers).status, 403);
  EXPECT_EQ(gp::ops::put(lab, &cc, "/api/v1/admin/settings/customers", customers).status, 403);
  EXPECT_EQ(gp::ops::put(lab, &lab.admin(), "/api/v1/admin/settings/customers", {{"urban", 0}, {"rural", 5}}).field(), "urban");
  EXPECT_EQ(gp::ops::put(lab, &lab.admin(), "/api/v1/admin/settings/customers", {{"urban", 5}}).field(), "rural");
  r = gp::ops::put(lab, &lab.admin(), "/api/v1/admin/settings/customers", customers);
  ASSERT_EQ(r.status, 200) << show(r);

  // One outage as JSON.
  EXPECT_EQ(gp::ops::post(lab, nullptr, "/api/v1/outages", outage("urban", "2026-03-01T08:00:00+08:00", "2026-03-01T12:00:00+08:00", 1000)).status, 401);
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/outages", outage("urban", "2026-03-01T08:00:00+08:00", "2026-03-01T12:00:00+08:00", 1000)).status, 403);
  EXPECT_EQ(gp::ops::post(lab, &cm, "/api/v1/outages", outage("urban", "2026-03-01T08:00:00+08:00", "2026-03-01T12:00:00+08:00", 1000)).status, 403);
  r = gp::ops::post(lab, &cc, "/api/v1/outages", outage("urban", "2026-03-01T08:00:00+08:00", "2026-03-01T12:00:00+08:00", 1000));
  ASSERT_EQ(r.status, 201) << show(r);
  EXPECT_DOUBLE_EQ(r.body.at("outage").at("hours").get<double>(), 4.0);
  // Refused entries name the field.
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/outages", outage("urban", "2026-03-02T12:00:00+08:00", "2026-03-02T08:00:00+08:00", 10)).field(), "end");
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/outages", outage("suburb", "2026-03-02T08:00:00+08:00", "2026-03-02T12:00:00+08:00", 10)).field(), "area");
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/outages", outage("urban", "2026-03-02 08:00", "2026-03-02T12:00:00+08:00", 10)).field(), "start");
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/outages", outage("urban", "2026-03-02T08:00:00+08:00", "2026-03-02T12:00:00+08:00", -1)).field(), "customers_affected");
  json extra = outage("urban", "2026-03-02T08:00:00+08:00", "2026-03-02T12:00:00+08:00", 1);
  extra["weather"] = "storm";
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/outages", extra).field(), "weather");

  // A CSV with bad lines: every one reported, nothing stored.
  const std::string bad = kCsvHeader +
                          "urban,2026-05-10T10:00:00+08:00,2026-05-10T11:30:00+08:00,2000,10kV城关二线,故障\n"
                          "rural,2026-07-01T10:00:00+08:00,2026-07-01T09:00:00+08:00,5000,,\n"
                          "urban,2026-08-01T00:00:00+08:00,2026-08-01T02:00:00+08:00,5000,,\n"
                          "town,2026-08-02T00:00:00+08:00,2026-08-02T02:00:00+08:00,5,,\n";
  r = import_csv(lab, &cc, bad);
  ASSERT_EQ(r.status, 400) << show(r);
  EXPECT_EQ(error_fields(r), (std::vector<std::string>{"line 3: end", "line 5: area"}));
  EXPECT_NE(r.body.at("errors")[0].at("message_zh").get<std::string>().find("第 3 行"), std::string::npos) << r.raw;
  EXPECT_EQ(error_fields(import_csv(lab, &cc, "area,begin,end,customers_affected\n")), (std::vector<std::string>{"line 1"}));
  EXPECT_EQ(import_csv(lab, &cust, bad).status, 403);
  r = gp::ops::send(lab, &cc, "POST", "/api/v1/outages", bad, "application/vnd.ms-excel");
  EXPECT_EQ(r.status, 415);

  // The good file, with an outage running over the year's end (clipped).
  const std::string good = kCsvHeader +
                           "urban,2026-05-10T10:00:00+08:00,2026-05-10T11:30:00+08:00,2000,10kV城关二线,故障\n"
                           "rural,2026-07-01T00:00:00+08:00,2026-07-01T10:00:00+08:00,5000,,\n"
                           "urban,2026-08-01T00:00:00+08:00,2026-08-01T02:00:00+08:00,5000,,\n"
                           "rural,2026-12-31T20:00:00+08:00,2027-01-01T04:00:00+08:00,100,10kV乡镇线,\"树障,跳闸\"\n";
  r = import_csv(lab, &cc, good);
  ASSERT_EQ(r.status, 201) << show(r);
  EXPECT_EQ(r.body.at("imported"), 4);

  EXPECT_EQ(gp::ops::get(lab, nullptr, year).status, 401);
  EXPECT_EQ(gp::ops::get(lab, &cust, year).status, 403) << "customers never reach staff endpoints";
  const json rel = lab.get_ok(cm, year);
  EXPECT_EQ(rel.at("outages"), 5);
  const json& urban = rel.at("urban");
  EXPECT_DOUBLE_EQ(urban.at("period_hours").get<double>(), 8760.0);
  EXPECT_NEAR(urban.at("customer_hours_lost").get<double>(), 17000.0, 1e-9);
  EXPECT_EQ(urban.at("customer_interruptions"), 8000);
  EXPECT_NEAR(urban.at("asai").get<double>(), 1.0 - 17000.0 / 87600000.0, 1e-12);
  EXPECT_NEAR(urban.at("asai_target").get<double>(), 0.99961, 1e-12);
  EXPECT_EQ(urban.at("meets_asai"), true);
  EXPECT_NEAR(urban.at("average_outage_hours").get<double>(), 1.7, 1e-12);
  EXPECT_EQ(urban.at("meets_hours"), false) << "urban target: at most 1 hour per customer";
  EXPECT_NEAR(urban.at("average_outage_count").get<double>(), 0.8, 1e-12);
  EXPECT_EQ(urban.at("meets_count"), true);
  const json& rural = rel.at("rural");
  EXPECT_NEAR(rural.at("customer_hours_lost").get<double>(), 50400.0, 1e-9);
  EXPECT_NEAR(rural.at("asai").get<double>(), 1.0 - 50400.0 / 175200000.0, 1e-12);
  EXPECT_NEAR(rural.at("asai_target").get<double>(), 0.99804, 1e-12);
  EXPECT_EQ(rural.at("meets_asai"), true);
  EXPECT_NEAR(rural.at("average_outage_hours").get<double>(), 2.52, 1e-12);
  EXPECT_NEAR(rural.at("average_outage_count").get<double>(), 0.255, 1e-12);

  // A shorter period: March only (31 days) holds the first outage alone.
  const json march = lab.get_ok(cc, "/api/v1/reliability?from=2026-03-01&to=2026-03-31");
  EXPECT_EQ(march.at("outages"), 1);
  EXPECT_NEAR(march.at("urban").at("asai").get<double>(), 1.0 - 4000.0 / (10000.0 * 744.0), 1e-12);
  EXPECT_EQ(gp::ops::get(lab, &cc, "/api/v1/reliability?from=2026-03-31&to=2026-03-01").field(), "to");
}
