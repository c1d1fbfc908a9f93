// Work-ticket grabbing (rule M7, 报装工作票抢单) over HTTP: with the company's grab settings on, a
// new application without a chosen manager waits in the pool; customer managers see it and grab
// it — first claim wins, also under concurrent claims — within the load cap; what nobody grabs is
// assigned when the window closes; the command center still assigns directly.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "gp/dto/pool.h"
#include "gp/dto/wire.h"
#include "ops_helpers.h"

using gp::life::events_of;
using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

json lv(const std::string& address) {
  return {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", address}};
}

void turn_on(Lab& lab, int window_minutes, int load_cap) {
  const auto r = gp::ops::put(lab, &lab.admin(), "/api/v1/admin/config",
                              {{"grab", {{"enabled", true}, {"window_minutes", window_minutes}, {"load_cap", load_cap}}}});
  ASSERT_EQ(r.status, 200) << show(r);
}

gp::dto::PoolBody pool_of(Lab& lab, Party& p) { return gp::dto::decode<gp::dto::PoolBody>(lab.get_ok(p, "/api/v1/pool")); }

}  // namespace

TEST(Pool, M7_OffPoolsNothingOnPoolsUnchosenApplications) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.pool1", "周经理");
  Party cust = lab.customer("池一");
  lab.set_now("2026-12-08T09:00:00+08:00");
  // Off (the built-in setting): assigned at once, as before.
  const std::string a = lab.create_app(cust, lv("邾县池塘路1号")).at("number");
  EXPECT_EQ(lab.app(cm, a).at("number"), a) << "the only manager got it at once";
  auto pool = pool_of(lab, cm);
  EXPECT_FALSE(pool.enabled);
  EXPECT_TRUE(pool.items.empty());
  EXPECT_EQ(pool.source, "company_setting") << "the pool's settings are the company's, not the plan's";
  EXPECT_EQ(pool.rule, "M7");

  turn_on(lab, 60, 30);
  const std::string b = lab.create_app(cust, lv("邾县池塘路2号")).at("number");
  pool = pool_of(lab, cm);
  ASSERT_EQ(pool.items.size(), 1u);
  EXPECT_EQ(pool.items[0].number, b);
  EXPECT_EQ(pool.items[0].business.code, "new_connection");
  EXPECT_EQ(pool.items[0].closes_at, "2026-12-08T10:00:00+08:00") << "60 minutes, the company's window";
  EXPECT_EQ(pool.my_open, 1);
  EXPECT_EQ(gp::ops::get(lab, &cm, "/api/v1/applications/" + b).status, 404) << "not the manager's until grabbed";
  // A customer's own choice never goes to the pool (rule M3).
  const std::string c = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                              {"address", "邾县池塘路3号"}, {"preferred_manager", cm.id}}).at("number");
  EXPECT_EQ(pool_of(lab, cm).items.size(), 1u);
  EXPECT_EQ(lab.app(cm, c).at("number"), c);
}

TEST(Pool, M7_FirstClaimWinsTheEventTracesItAndTheCapHolds) {
  Lab lab;
  Party cm1 = lab.staff("customer_manager", "cm.pool2", "吴经理");
  Party cm2 = lab.staff("customer_manager", "cm.pool3", "郑经理");
  Party cc = lab.staff("command_center", "cc.pool", "指挥中心");
  Party pm = lab.staff("project_manager", "pm.pool", "王工");
  Party cust = lab.customer("池二");
  lab.set_now("2026-12-08T09:00:00+08:00");
  turn_on(lab, 30, 1);
  const std::string a = lab.create_app(cust, lv("邾县抢单路1号")).at("number");

  // Who may see and grab.
  EXPECT_EQ(gp::ops::get(lab, nullptr, "/api/v1/pool").status, 401);
  EXPECT_EQ(gp::ops::get(lab, &cust, "/api/v1/pool").status, 403);
  EXPECT_EQ(gp::ops::get(lab, &pm, "/api/v1/pool").status, 403);
  EXPECT_EQ(pool_of(lab, cc).items.size(), 1u);
  EXPECT_FALSE(pool_of(lab, cc).my_open.has_value()) << "the command center holds no load";
  EXPECT_EQ(gp::ops::post(lab, &cc, "/api/v1/pool/" + a + "/grab", json::object()).status, 403);
  EXPECT_EQ(gp::ops::post(lab, &cust, "/api/v1/pool/" + a + "/grab", json::object()).status, 403);
  EXPECT_EQ(gp::ops::post(lab, &cm1, "/api/v1/pool/ZX-20990101-0001/grab", json::object()).status, 404);
  const auto extra = gp::ops::post(lab, &cm1, "/api/v1/pool/" + a + "/grab", {{"manager", cm2.id}});
  EXPECT_EQ(extra.status, 400);
  EXPECT_EQ(extra.field(), "manager") << "who grabs is the caller, never a field";

  lab.set_now("2026-12-08T09:10:00+08:00");
  auto r = gp::ops::post(lab, &cm1, "/api/v1/pool/" + a + "/grab", json::object());
  ASSERT_EQ(r.status, 200) << show(r);
  const auto ans = gp::dto::decode<gp::dto::GrabAnswer>(r.body);
  EXPECT_EQ(ans.customer_manager.id, cm1.id);
  EXPECT_EQ(ans.rule, "M7");
  r = gp::ops::post(lab, &cm2, "/api/v1/pool/" + a + "/grab", json::object());
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.code(), "already_taken");
  EXPECT_TRUE(pool_of(lab, cm2).items.empty());
  // Traced: an assign_managers event by the grabbing manager, the project manager kept.
  const json app = lab.app(cm1, a);
  const auto ev = events_of(app, "assign_managers");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].at("data").at("grabbed"), true);
  EXPECT_EQ(ev[1].at("data").at("customer_manager"), std::to_string(cm1.id));
  EXPECT_EQ(ev[1].at("data").at("project_manager"), std::to_string(pm.id));
  EXPECT_EQ(ev[1].at("role"), "customer_manager");

  // The cap (1, a company setting): cm1 holds one open application and may grab no more.
  const std::string b = lab.create_app(cust, lv("邾县抢单路2号")).at("number");
  r = gp::ops::post(lab, &cm1, "/api/v1/pool/" + b + "/grab", json::object());
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.code(), "over_load_cap");
  // The command center may still assign directly (rule G6), which empties the pool.
  lab.act_rendered(cc, b, "assign_managers", {{"customer_manager", std::to_string(cm2.id)}, {"project_manager", std::to_string(pm.id)}});
  EXPECT_TRUE(pool_of(lab, cm2).items.empty());
  EXPECT_EQ(gp::ops::post(lab, &cm2, "/api/v1/pool/" + b + "/grab", json::object()).code(), "already_taken");
}

TEST(Pool, M7_ConcurrentClaimsExactlyOneWins) {
  Lab lab;
  std::vector<Party> cms;
  const char* names[] = {"甲经理", "乙经理", "丙经理", "丁经理", "戊经理", "己经理"};
  for (int i = 0; i < 6; ++i) cms.push_back(lab.staff("customer_manager", "cm.race" + std::to_string(i), names[i]));
  Party cust = lab.customer("池三");
  lab.set_now("2026-12-08T09:00:00+08:00");
  turn_on(lab, 60, 30);
  for (int round = 0; round < 3; ++round) {
    const std::string n = lab.create_app(cust, lv("邾县并发路" + std::to_string(round) + "号")).at("number");
    std::atomic<int> won{0}, taken{0}, other{0};
    std::vector<std::thread> threads;
    for (auto& cm : cms) {
      threads.emplace_back([&, token = cm.token] {
        auto cli = lab.client();
        auto res = cli->Post(("/api/v1/pool/" + n + "/grab").c_str(), httplib::Headers{{"Authorization", "Bearer " + token}},
                             "{}", "application/json");
        if (res && res->status == 200) ++won;
        else if (res && res->status == 409) ++taken;
        else ++other;
      });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(won.load(), 1) << "round " << round;
    EXPECT_EQ(taken.load(), 5) << "round " << round;
    EXPECT_EQ(other.load(), 0) << "round " << round;
    int grabs = 0;
    for (const auto& e : events_of(lab.app(lab.admin(), n), "assign_managers")) grabs += e.at("data").value("grabbed", false) ? 1 : 0;
    EXPECT_EQ(grabs, 1) << "round " << round << ": one grab recorded, not two";
  }
}

TEST(Pool, M7_WhatNobodyGrabsIsAssignedWhenTheWindowCloses) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.pool4", "冯经理");
  Party cust = lab.customer("池四");
  lab.set_now("2026-12-08T09:00:00+08:00");
  turn_on(lab, 30, 30);
  const std::string a = lab.create_app(cust, lv("邾县等候路1号")).at("number");
  lab.set_now("2026-12-08T09:29:00+08:00");
  lab.sweep();
  EXPECT_EQ(pool_of(lab, cm).items.size(), 1u) << "a minute before the window closes it is still offered";
  lab.set_now("2026-12-08T09:30:00+08:00");
  EXPECT_EQ(gp::ops::post(lab, &cm, "/api/v1/pool/" + a + "/grab", json::object()).code(), "window_closed");
  lab.sweep();
  EXPECT_TRUE(pool_of(lab, cm).items.empty());
  const json app = lab.app(cm, a);  // the least loaded (only) manager has it now
  const auto ev = events_of(app, "assign_managers");  // no project manager in this lab: no event at submission
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].at("data").at("pool_window_closed"), true);
  EXPECT_EQ(ev[0].at("data").at("customer_manager"), std::to_string(cm.id));
}

TEST(Pool, M7_SettingsAreValidatedFieldByField) {
  Lab lab;
  for (const auto& [body, field] : std::vector<std::pair<json, std::string>>{
           {{{"grab", 1}}, "grab"},
           {{{"grab", {{"enabled", "yes"}}}}, "grab.enabled"},
           {{{"grab", {{"window_minutes", 0}}}}, "grab.window_minutes"},
           {{{"grab", {{"load_cap", 1.5}}}}, "grab.load_cap"}}) {
    const auto r = gp::ops::put(lab, &lab.admin(), "/api/v1/admin/config", body);
    EXPECT_EQ(r.status, 400) << body.dump();
    EXPECT_EQ(r.field(), field) << body.dump();
  }
  const json cfg = lab.get_ok(lab.admin(), "/api/v1/admin/config");
  EXPECT_EQ(cfg.at("config").at("grab").at("enabled"), false) << "nothing stored by the refused edits";
}
