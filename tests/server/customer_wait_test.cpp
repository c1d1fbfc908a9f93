// Waiting for the customer over HTTP (rule P1): a client that knows nothing but each role's
// next_actions lives an LV application to the end — including the contract's signature, offered
// to the customer at its own route — and the company's clock stands still while it waits for it.
#include <gtest/gtest.h>

#include <set>

#include "life_helpers.h"

using gp::life::json;
using gp::life::Lab;
using gp::life::Party;

namespace {

// Actions that never move a life forward (or end it): a driver that only wants to finish skips them.
const std::set<std::string> kNotProgress = {"add_note", "withdraw", "request_information", "record_supporting_works"};

}  // namespace

// rule P1: driven by next_actions alone (the first role, in a fixed order, that is offered a
// progress action takes it; the customer when the application says it waits for the customer;
// no action order is written here), an LV residential application is
// energized; on the way, the wait for the signature is visible and held by the customer, and the
// company's clock does not run during it.
TEST(CustomerWait, P1_LvLifeDrivenByNextActionsAloneReachesCompleted) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.wait", "服务指挥");
  Party cm = lab.staff("customer_manager", "cm.wait", "周经理");
  Party pm = lab.staff("project_manager", "pm.wait", "吴工");
  Party cust = lab.customer("钱七");
  lab.set_now("2026-11-30T09:00:00+08:00");  // a Monday
  const std::string number = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                                                   {"address", "邾县和平街8号"}})
                                 .at("number");
  Party* order[] = {&cm, &pm, &cust, &cc};
  bool saw_signature_wait = false;
  std::vector<std::string> taken;
  json app;
  for (int step = 0; step < 25; ++step) {
    app = lab.app(cm, number);
    if (app.at("status") == "completed") break;
    if (app.at("waiting_for") == "contract_signature" && !saw_signature_wait) {
      saw_signature_wait = true;
      EXPECT_EQ(app.at("status"), "waiting_customer");
      ASSERT_TRUE(app.at("waiting").is_object());
      EXPECT_EQ(app.at("waiting").at("party"), "customer");
      EXPECT_FALSE(app.at("waiting").at("message_zh").get<std::string>().empty());
      EXPECT_FALSE(app.at("waiting").at("message_en").get<std::string>().empty());
      EXPECT_TRUE(app.at("sla").at("paused").get<bool>());
      // The company's clock stands still while the customer takes three days to sign.
      const double used = app.at("sla").at("elapsed_working_days");
      lab.advance(3 * 86400);
      app = lab.app(cm, number);
      EXPECT_DOUBLE_EQ(app.at("sla").at("elapsed_working_days").get<double>(), used);
    }
    bool acted = false;
    for (Party* p : order) {
      if (p == &cust && !(app.contains("waiting") && app.at("waiting").is_object() && app.at("waiting").at("party") == "customer")) continue;
      const json view = lab.app(*p, number);
      for (const auto& a : view.at("next_actions")) {
        const std::string name = a.at("action");
        if (kNotProgress.count(name)) continue;
        if (a.contains("route")) {
          // Its own route: read what `read` names, sign what was read (the password method).
          ASSERT_EQ(a.at("method"), "POST");
          const json text = lab.get_ok(*p, a.at("read"));
          lab.post_ok(*p, a.at("route"), lab.fill(a, {{"sha256", text.at("sha256")}, {"method", "password"}, {"password", p->password}}));
        } else {
          lab.act(*p, number, name, lab.fill(a));
        }
        taken.push_back(p->role + ":" + name);
        acted = true;
        break;
      }
      if (acted) break;
    }
    ASSERT_TRUE(acted) << "no role is offered a step forward at " << app.dump();
  }
  std::string trail;
  for (const auto& t : taken) trail += t + " ";
  EXPECT_EQ(app.at("status"), "completed") << trail;
  EXPECT_TRUE(saw_signature_wait) << trail;
  EXPECT_NE(trail.find("customer:sign_contract"), std::string::npos) << trail;
  // rule T1: 2 working days for LV residential, kept although the customer took 3 days to sign.
  EXPECT_EQ(app.at("time_limit_working_days"), 2);
  EXPECT_TRUE(app.at("sla").at("on_time").get<bool>()) << app.at("sla").dump();
}
