// The works contract (服务契约, rule W2) over HTTP: the project manager proposes the agreed date
// (within W1's 20 working days for a 10 kV overhead line, not after the customer's intended
// connection date), the customer signs the text online (hash immutable, event in the chain),
// strangers see nothing, staff cannot sign, and a missed agreed date is a breach on the board.
#include <gtest/gtest.h>

#include "gp/dto/application.h"
#include "gp/dto/contract.h"
#include "gp/dto/wire.h"

#include "life_helpers.h"

using gp::life::events_of;
using gp::life::find_action;
using gp::life::json;
using gp::life::Lab;
using gp::life::Party;

TEST(WorksContractHttp, W2_ProposeSignImmutableAndBreachOnTheBoard) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.works", "服务指挥");
  Party cm = lab.staff("customer_manager", "cm.works", "郑经理");
  Party pm = lab.staff("project_manager", "pm.works", "冯工");
  Party cust = lab.customer("邾县纺织厂");
  Party stranger = lab.customer("路人甲");
  lab.set_now("2026-11-30T09:00:00+08:00");  // a Monday
  json app = lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "hv"}, {"capacity_kw", 800},
                                   {"address", "邾县工业园纺织路1号"}, {"intended_connection_date", "2026-12-21"},
                                   {"supporting_works", json::array({{{"kind", "overhead_line"}, {"voltage_kv", 10}}})}});
  const std::string number = app.at("number");
  EXPECT_EQ(app.at("intended_connection_date"), "2026-12-21");
  const std::string path = "/api/v1/applications/" + number + "/works-contract";
  lab.act_rendered(cm, number, "accept");
  EXPECT_EQ(lab.get(cust, path).status, 409) << "nothing to sign before the works are proposed";

  auto propose = [&](const std::string& date, int status) {
    return lab.act(pm, number, "record_supporting_works",
                   {{"kind", "overhead_line"}, {"voltage_kv", "10"}, {"agreed_completion_date", date}}, status);
  };
  // rule W1: 20 working days from Mon 2026-11-30 end on Mon 2026-12-28.
  json err = propose("2026-12-29", 400);
  EXPECT_EQ(err.at("error").at("field"), "fields.agreed_completion_date");
  EXPECT_EQ(err.at("error").at("code"), "beyond_works_limit");
  const bool customer_works = [&] {
    const json view = lab.app(cm, number);
    for (const auto& st : view.at("stages"))
      if (st.at("code") == "customer_works") return true;
    return false;
  }();
  if (!customer_works) {  // rule W2: the intended connection date bounds the works
    err = propose("2026-12-22", 400);
    EXPECT_EQ(err.at("error").at("code"), "contract_date_too_late");
  }
  app = propose("2026-12-18", 200);
  ASSERT_TRUE(app.at("works_contract").is_object());
  EXPECT_EQ(app.at("works_contract").at("version"), 1);
  EXPECT_EQ(app.at("works_contract").at("signed"), false);

  // Who may see and sign.
  EXPECT_EQ(lab.get(stranger, path).status, 404);
  EXPECT_EQ(lab.post(stranger, path + "/sign", {{"sha256", "x"}, {"method", "password"}, {"password", stranger.password}}).status, 404);
  const json text = lab.get_ok(cm, path);  // staff who see the application see the contract
  // The wire contract (issue 16): the works contract and an HV detail with works and both clocks
  // decode into the shared DTOs and write back key for key.
  EXPECT_EQ(json(gp::dto::decode<gp::dto::WorksContractTextDto>(text)), text);
  const json hv = lab.app(cm, number);
  EXPECT_EQ(json(gp::dto::decode<gp::dto::ApplicationDetail>(hv)), hv);
  EXPECT_NE(text.at("text").get<std::string>().find("2026-12-18"), std::string::npos);
  EXPECT_NE(text.at("text").get<std::string>().find("时限 20 个工作日"), std::string::npos);
  EXPECT_EQ(lab.post(cm, path + "/sign", {{"sha256", text.at("sha256")}, {"method", "password"}, {"password", cm.password}}).status, 403);

  // The customer is offered the signature at the route; signs what was read.
  const json view = lab.app(cust, number);
  const json* sign = find_action(view, "sign_works_contract");
  ASSERT_NE(sign, nullptr);
  EXPECT_EQ(sign->at("route"), path + "/sign");
  EXPECT_EQ(lab.post(cust, path + "/sign", {{"sha256", "0000"}, {"method", "password"}, {"password", cust.password}}).status, 409);
  const json signed_copy = lab.post_ok(cust, path + "/sign", {{"sha256", text.at("sha256")}, {"method", "password"}, {"password", cust.password}});
  EXPECT_EQ(signed_copy.at("signed"), true);
  EXPECT_EQ(signed_copy.at("sha256"), text.at("sha256"));
  EXPECT_EQ(lab.post(cust, path + "/sign", {{"sha256", text.at("sha256")}, {"method", "password"}, {"password", cust.password}}).status, 409)
      << "signed once, immutable";
  const json again = lab.get_ok(cust, path);
  EXPECT_EQ(again.at("text"), text.at("text"));
  EXPECT_EQ(again.at("sha256"), text.at("sha256"));
  app = lab.app(cust, number);
  auto ev = events_of(app, "works_contract_signed");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].at("data").at("sha256"), text.at("sha256"));
  EXPECT_EQ(find_action(app, "sign_works_contract"), nullptr);

  // rule W2: the agreed day (2026-12-18) ends without the works done: a breach on the board.
  json board = lab.get_ok(cc, "/api/v1/board");
  for (const auto& it : board.at("items"))
    if (it.value("number", "") == number) EXPECT_EQ(it.at("works_breach"), 0);
  lab.set_now("2026-12-19T09:00:00+08:00");
  board = lab.get_ok(cc, "/api/v1/board");
  bool found = false;
  for (const auto& it : board.at("items"))
    if (it.value("number", "") == number) {
      found = true;
      EXPECT_EQ(it.at("works_breach"), 1);
    }
  EXPECT_TRUE(found);
  EXPECT_GE(board.at("counts").at("works_breach").get<int>(), 1);
  app = lab.app(cm, number);
  EXPECT_EQ(app.at("supporting_works")[0].at("breach"), true);
  EXPECT_EQ(app.at("works_contract").at("breach"), true);
}
