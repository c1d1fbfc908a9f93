// Open grid capacity (rule R4) over HTTP: staff keep areas and feeders (upsert by area and feeder);
// anyone — logged in or not — queries an area; every query is logged with who, when, what area and
// the client address, and only staff read the log.
#include <gtest/gtest.h>

#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

json feeder(const std::string& area, const std::string& name, double capacity, double available) {
  return {{"area", area}, {"feeder", name}, {"voltage_kv", 10}, {"capacity_kva", capacity}, {"available_kva", available},
          {"note", "规划2027年扩建"}};
}

}  // namespace

TEST(Capacity, R4_StaffKeepAreasAnyoneQueriesEveryQueryLogged) {
  Lab lab;
  Party pm = lab.staff("project_manager", "pm.cap", "规划工程师");
  Party cc = lab.staff("command_center", "cc.cap", "指挥中心");
  Party cm = lab.staff("customer_manager", "cm.cap", "客户经理");
  Party cust = lab.customer("比选客户");
  lab.set_now("2026-06-04T09:30:00+08:00");

  auto r = gp::ops::post(lab, &pm, "/api/v1/capacity", feeder("城关镇", "10kV城关一线", 8000, 3000));
  ASSERT_EQ(r.status, 201) << show(r);
  EXPECT_EQ(r.body.at("created"), true);
  EXPECT_DOUBLE_EQ(r.body.at("entry").at("utilization").get<double>(), 5000.0 / 8000.0);
  // The same area and feeder again: updated, not duplicated.
  r = gp::ops::post(lab, &cc, "/api/v1/capacity", feeder("城关镇", "10kV城关一线", 8000, 2500));
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.body.at("created"), false);
  ASSERT_EQ(gp::ops::post(lab, &lab.admin(), "/api/v1/capacity", feeder("城关镇", "10kV城关二线", 6000, 4000)).status, 201);
  ASSERT_EQ(gp::ops::post(lab, &pm, "/api/v1/capacity", feeder("经开区", "10kV经开一线", 10000, 1000)).status, 201);

  // Who may keep it.
  EXPECT_EQ(gp::ops::post(lab, nullptr, "/api/v1/capacity", feeder("城关镇", "x", 1, 1)).status, 401);
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/capacity", feeder("城关镇", "x", 1, 1)).status, 403);
  EXPECT_EQ(gp::ops::post(lab, &cm, "/api/v1/capacity", feeder("城关镇", "x", 1, 1)).status, 403);
  // What may be kept.
  EXPECT_EQ(gp::ops::post(lab, &pm, "/api/v1/capacity", feeder("城关镇", "x", 100, 200)).field(), "available_kva");
  json bad = feeder("城关镇", "x", 100, 50);
  bad["voltage_kv"] = 20;
  EXPECT_EQ(gp::ops::post(lab, &pm, "/api/v1/capacity", bad).field(), "voltage_kv");
  bad = feeder("城关镇", "x", 100, 50);
  bad["corridor"] = "north";
  EXPECT_EQ(gp::ops::post(lab, &pm, "/api/v1/capacity", bad).field(), "corridor");
  bad = feeder("", "x", 100, 50);
  EXPECT_EQ(gp::ops::post(lab, &pm, "/api/v1/capacity", bad).field(), "area");

  // Anyone queries; only the matching area's feeders come back.
  lab.set_now("2026-06-04T10:00:00+08:00");
  const std::string query = "/api/v1/capacity/query";  // a POST: every query is logged (issue 15: GET never writes)
  r = gp::ops::post(lab, nullptr, query, {{"area", "城关"}});
  ASSERT_EQ(r.status, 200) << show(r);
  ASSERT_EQ(r.body.at("entries").size(), 2u);
  EXPECT_EQ(r.body.at("entries")[0].at("feeder"), "10kV城关一线");
  EXPECT_DOUBLE_EQ(r.body.at("entries")[0].at("available_kva").get<double>(), 2500);
  EXPECT_DOUBLE_EQ(r.body.at("total_available_kva").get<double>(), 6500);
  lab.set_now("2026-06-04T10:05:00+08:00");
  r = gp::ops::post(lab, &cust, query, {{"area", "经开区"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.at("entries").size(), 1u);
  r = gp::ops::post(lab, &cust, query, {{"area", "北京"}});  // no such area
  EXPECT_EQ(r.body.at("entries").size(), 0u);
  EXPECT_EQ(gp::ops::post(lab, nullptr, query, json::object()).body.at("entries").size(), 3u);
  EXPECT_EQ(gp::ops::post(lab, nullptr, query, {{"area", 12}}).field(), "area");
  EXPECT_EQ(gp::ops::post(lab, nullptr, query, {{"zone", "x"}}).field(), "zone");
  EXPECT_EQ(gp::ops::get(lab, nullptr, "/api/v1/capacity").status, 405) << "the query is no longer a GET";

  // The log: every query (4 answered), newest first, with the user when logged in.
  EXPECT_EQ(gp::ops::get(lab, nullptr, "/api/v1/capacity/queries").status, 401);
  EXPECT_EQ(gp::ops::get(lab, &cust, "/api/v1/capacity/queries").status, 403) << "customers never reach staff endpoints";
  const json log = lab.get_ok(cm, "/api/v1/capacity/queries");
  ASSERT_EQ(log.at("total"), 4);
  const json& items = log.at("items");
  EXPECT_EQ(items[3].at("area"), "城关");
  EXPECT_TRUE(items[3].at("user").is_null());
  EXPECT_EQ(items[3].at("at"), "2026-06-04T10:00:00+08:00");
  EXPECT_EQ(items[3].at("results"), 2);
  EXPECT_EQ(items[3].at("client_address"), "127.0.0.1");
  EXPECT_EQ(items[2].at("area"), "经开区");
  EXPECT_EQ(items[2].at("user").at("id"), cust.id);
  EXPECT_EQ(items[2].at("user").at("role"), "customer");
  EXPECT_EQ(items[2].at("at"), "2026-06-04T10:05:00+08:00");
  EXPECT_EQ(items[1].at("results"), 0);
  EXPECT_EQ(items[0].at("area"), "");
  EXPECT_EQ(lab.get_ok(pm, "/api/v1/capacity/queries?page=2&page_size=3").at("items").size(), 1u);
}
