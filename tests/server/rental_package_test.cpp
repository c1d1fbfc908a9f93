// Temporary-transformer rental packages (临时变压器租赁套餐, rule P4) over HTTP: staff (admin,
// command center) define and retire packages; anyone compares the active ones without logging in;
// a temporary-supply applicant picks one, checked (exists, active, large enough, temporary supply
// only), and the choice appears in the supply plan and in the supply contract's text.
#include <gtest/gtest.h>

#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

json package(const char* name, double kva, double monthly, double deposit, int months) {
  return {{"name", name}, {"capacity_kva", kva}, {"monthly_price_yuan", monthly}, {"deposit_yuan", deposit}, {"min_term_months", months}};
}

json temporary_app(double capacity_kw, const json& package_id) {
  json b = {{"business", "temporary_supply"}, {"customer_type", "lv_non_residential"}, {"capacity_kw", capacity_kw},
            {"voltage_kv", 0.38}, {"address", "邾县城关镇建设工地1号"}};
  if (!package_id.is_null()) b["rental_package_id"] = package_id;
  return b;
}

}  // namespace

TEST(RentalPackage, P4_StaffDefineAndRetireCustomersCompare) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.rent", "指挥中心值班");
  Party cm = lab.staff("customer_manager", "cm.rent", "客户经理");
  Party cust = lab.customer("工地客户");
  lab.set_now("2026-06-01T10:00:00+08:00");
  const json small = lab.post_ok(lab.admin(), "/api/v1/rental-packages", package("100 kVA 箱变 · 月租", 100, 3000, 10000, 3), 201);
  EXPECT_EQ(small.at("monthly_price_fen"), 300000);
  EXPECT_EQ(small.at("deposit_yuan"), "10000.00");
  const json big = lab.post_ok(cc, "/api/v1/rental-packages", package("400 kVA 箱变 · 月租", 400, 8800.5, 30000, 6), 201);
  EXPECT_EQ(big.at("monthly_price_yuan"), "8800.50");
  EXPECT_EQ(gp::ops::post(lab, &cm, "/api/v1/rental-packages", package("越权", 50, 1, 0, 1)).status, 403);
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/rental-packages", package("越权", 50, 1, 0, 1)).status, 403);
  EXPECT_EQ(gp::ops::post(lab, nullptr, "/api/v1/rental-packages", package("匿名", 50, 1, 0, 1)).status, 401);

  // Bad input, field by field; nothing stored.
  struct Case {
    const char* key;
    json value;
  };
  for (const Case& c : {Case{"name", ""}, Case{"capacity_kva", 0}, Case{"capacity_kva", "100"}, Case{"monthly_price_yuan", 0},
                        Case{"monthly_price_yuan", 12.345}, Case{"deposit_yuan", -1}, Case{"min_term_months", 0},
                        Case{"min_term_months", 2.5}, Case{"active", "yes"}, Case{"colour", "red"}}) {
    json body = package("校验", 50, 100, 0, 1);
    body[c.key] = c.value;
    auto r = gp::ops::post(lab, &cc, "/api/v1/rental-packages", body);
    EXPECT_EQ(r.status, 400) << c.key << ": " << show(r);
    EXPECT_EQ(r.field(), c.key) << show(r);
  }

  // Public comparison, no login: active packages, smallest first.
  auto pub = gp::ops::get(lab, nullptr, "/api/v1/rental-packages");
  ASSERT_EQ(pub.status, 200) << show(pub);
  ASSERT_EQ(pub.body.at("items").size(), 2u);
  EXPECT_EQ(pub.body.at("items")[0].at("capacity_kva"), 100);
  EXPECT_EQ(pub.body.at("rule"), "P4");
  // Retired: gone from the public list, still listed for the staff who maintain packages.
  json retire = package("400 kVA 箱变 · 月租", 400, 8800.5, 30000, 6);
  retire["active"] = false;
  auto put = gp::ops::put(lab, &cc, "/api/v1/rental-packages/" + std::to_string(big.at("id").get<int>()), retire);
  ASSERT_EQ(put.status, 200) << show(put);
  EXPECT_EQ(gp::ops::get(lab, nullptr, "/api/v1/rental-packages").body.at("items").size(), 1u);
  EXPECT_EQ(lab.get_ok(cc, "/api/v1/rental-packages?all=1").at("items").size(), 2u);
  EXPECT_EQ(gp::ops::get(lab, nullptr, "/api/v1/rental-packages?all=1").status, 401);
  EXPECT_EQ(gp::ops::get(lab, &cust, "/api/v1/rental-packages?all=1").status, 403);
  EXPECT_EQ(gp::ops::put(lab, &cc, "/api/v1/rental-packages/999999", retire).status, 404);
}

TEST(RentalPackage, P4_TemporarySupplyPicksAPackage_InPlanAndContract) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.temp", "临电经理");
  Party cust = lab.customer("建筑工地");
  lab.set_now("2026-06-01T10:00:00+08:00");
  const json small = lab.post_ok(lab.admin(), "/api/v1/rental-packages", package("80 kVA 箱变 · 月租", 80, 2500, 8000, 3), 201);
  const json big = lab.post_ok(lab.admin(), "/api/v1/rental-packages", package("200 kVA 箱变 · 月租", 200, 5200, 15000, 3), 201);
  json off = package("停用套餐", 500, 9000, 20000, 3);
  off["active"] = false;
  const json retired = lab.post_ok(lab.admin(), "/api/v1/rental-packages", off, 201);

  // The choice is checked: too small, retired, unknown, wrong type, not temporary supply.
  const auto refuse = [&](const json& body, const std::string& code) {
    auto r = gp::ops::post(lab, &cust, "/api/v1/applications", body);
    EXPECT_EQ(r.status, 400) << show(r);
    EXPECT_EQ(r.field(), "rental_package_id") << show(r);
    EXPECT_EQ(r.code(), code) << show(r);
  };
  refuse(temporary_app(120, small.at("id")), "too_small");
  refuse(temporary_app(120, retired.at("id")), "invalid");
  refuse(temporary_app(120, 999999), "invalid");
  refuse(temporary_app(120, "2"), "invalid_type");
  json ordinary = temporary_app(120, big.at("id"));
  ordinary["business"] = "new_connection";
  refuse(ordinary, "not_allowed");
  EXPECT_EQ(lab.get_ok(cm, "/api/v1/applications").at("total"), 0) << "nothing stored";

  // A good choice: stored with the application, in the plan, in the contract.
  const json app = lab.create_app(cust, temporary_app(120, big.at("id")));
  const std::string number = app.at("number");
  const json& chosen = app.at("plan").at("rental_package");
  EXPECT_EQ(chosen.at("id"), big.at("id"));
  EXPECT_EQ(chosen.at("capacity_kva"), 200);
  EXPECT_EQ(chosen.at("monthly_price_yuan"), "5200.00");
  EXPECT_EQ(chosen.at("rule"), "P4");
  // A later price change does not rewrite what the customer chose.
  lab.post_ok(lab.admin(), "/api/v1/rental-packages", package("另一个", 300, 1, 0, 1), 201);
  gp::ops::put(lab, &lab.admin(), "/api/v1/rental-packages/" + std::to_string(big.at("id").get<int>()),
               package("200 kVA 箱变 · 月租", 200, 9999, 15000, 3));
  EXPECT_EQ(lab.app(cust, number).at("plan").at("rental_package").at("monthly_price_yuan"), "5200.00");

  lab.act_rendered(cm, number, "accept");
  const json k = lab.get_ok(cust, "/api/v1/applications/" + number + "/contract");
  const std::string text = k.at("text");
  EXPECT_NE(text.find("临时变压器租赁"), std::string::npos) << text;
  EXPECT_NE(text.find("200 kVA 箱变 · 月租"), std::string::npos) << text;
  EXPECT_NE(text.find("5200.00"), std::string::npos) << text;
  EXPECT_NE(text.find("15000.00"), std::string::npos) << text;
  EXPECT_NE(text.find("rule P4"), std::string::npos) << text;

  // Without a package the temporary supply is as before: no package in plan or contract.
  const json plain = lab.create_app(cust, temporary_app(50, nullptr));
  EXPECT_FALSE(plain.at("plan").contains("rental_package"));
}
