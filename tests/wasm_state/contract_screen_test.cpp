// The supply contract (rule P1) and the works contract (rule W2) through apply(): opened from the
// route, signed by the owning customer, a changed text fetched again, the detail told.
#include <gtest/gtest.h>

#include "gp/dto/application.h"
#include "gp/dto/contract.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error_body;
using screen_test::logged_in;
using screen_test::Zh;

namespace {

// GET .../contract as the server writes it (the shared DTO, gp/dto/contract.h).
const json kText = gp::dto::ContractTextDto{true, "供用电合同", "ab12", false, std::nullopt, std::nullopt};

TEST(ContractScreen, P1_OpenedFromTheRouteAndLoadedOnce) {
  Zh zh;
  auto s = logged_in();
  state::go(s, state::Screen::Contract, "ZX-1");
  auto rs = state::open_contract(s, true);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/applications/ZX-1/contract");
  EXPECT_TRUE(state::open_contract(s, false).empty()) << "in flight";
  state::answer(s, rs[0], state::reply(200, kText));
  EXPECT_EQ(s.customer.contract.contract, kText);
  EXPECT_TRUE(state::open_contract(s, false).empty()) << "loaded: nothing more";
  state::go(s, state::Screen::WorksContract, "ZX-1");
  rs = state::open_contract(s, false);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/applications/ZX-1/works-contract") << "rule W2: the works contract";
  EXPECT_TRUE(s.customer.contract.contract.is_null()) << "a different contract starts from nothing";
  state::answer(s, rs[0], state::reply(409, error_body("conflict", "", "合同尚未生成")));
  EXPECT_EQ(s.customer.contract.error, "合同尚未生成");
  state::ContractIntent retry;
  retry.retry = true;
  EXPECT_EQ(state::apply(s, retry).size(), 1u);
}

TEST(ContractScreen, P1_TheCustomerSignsAndTheDetailIsToldToReload) {
  Zh zh;
  auto s = logged_in();
  state::go(s, state::Screen::Contract, "ZX-1");
  state::answer(s, state::open_contract(s, true)[0], state::reply(200, kText));
  s.customer.detail.number = "ZX-1";
  state::ContractIntent sign;
  sign.sign = true;
  EXPECT_TRUE(state::apply(s, sign).empty()) << "not read, no password: nothing sent";
  EXPECT_TRUE(s.customer.contract.errors.count("read"));
  s.customer.contract.read = true;
  s.customer.contract.password = "secret-1";
  auto rs = state::apply(s, sign);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications/ZX-1/contract/sign");
  EXPECT_EQ(rs[0].body, (json{{"sha256", "ab12"}, {"method", "password"}, {"password", "secret-1"}}));
  EXPECT_TRUE(state::apply(s, sign).empty()) << "one signature at a time";
  state::answer(s, rs[0], state::reply(200, json(gp::dto::ContractDto{true, true, std::string("ab12"), std::string("2026-12-01T10:00:00+08:00"), std::string("password")})));
  EXPECT_TRUE(state::is_signed(s.customer.contract));
  EXPECT_TRUE(s.customer.contract.password.empty());
  EXPECT_TRUE(s.customer.detail.reload);
  EXPECT_EQ(s.flash, state::tr("contract.signed_flash"));
}

TEST(ContractScreen, P1_AChangedTextIsFetchedAgainAndStaffCannotSign) {
  Zh zh;
  auto s = logged_in();
  state::go(s, state::Screen::Contract, "ZX-1");
  state::answer(s, state::open_contract(s, true)[0], state::reply(200, kText));
  s.customer.contract.read = true;
  s.customer.contract.password = "secret-1";
  state::ContractIntent sign;
  sign.sign = true;
  auto rs = state::apply(s, sign);
  ASSERT_EQ(rs.size(), 1u);
  auto next = state::answer(s, rs[0], state::reply(409, error_body("conflict", "sha256", "合同内容与您阅读的版本不一致")));
  EXPECT_EQ(s.customer.contract.errors["form"], "合同内容与您阅读的版本不一致");
  ASSERT_EQ(next.size(), 1u) << "the new text is fetched";
  EXPECT_EQ(next[0].path, "/applications/ZX-1/contract");
  auto staff = logged_in("customer_manager");
  state::go(staff, state::Screen::Contract, "ZX-1");
  state::answer(staff, state::open_contract(staff, true)[0], state::reply(200, kText));
  staff.customer.contract.read = true;
  staff.customer.contract.password = "secret-1";
  EXPECT_TRUE(state::apply(staff, sign).empty());
}

}  // namespace
