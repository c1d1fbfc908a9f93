// The public "资质查询 / 公开信息" screen (rule P3) through its apply(): a visit loads the contractor
// directory and the current publications, a kind or a search asks again with the right query, the
// answers (shared DTOs) fill the state, and a licence's status reads as the server judged it — an
// expired one never as valid.
#include <gtest/gtest.h>

#include "gp/dto/published.h"
#include "state/app_state.h"
#include "state/request.h"
#include "state/strings.h"

using nlohmann::json;

namespace {

gp::dto::ContractorDto contractor(const std::string& status, int days_left) {
  gp::dto::ContractorDto c;
  c.id = 1;
  c.kind = "construction";
  c.categories = {"install", "repair"};
  c.name = "邾县宏达电力安装有限公司";
  c.credit_code = "91350100M000100Y43";
  c.licence_number = "(承装)4-1-00321-2022";
  c.licence_class = "四级";
  c.scope = "10千伏及以下";
  c.valid_from = "2024-01-01";
  c.valid_until = "2026-12-19";
  c.county = "城关镇";
  c.phone = "13803751001";
  c.status = status;
  c.days_left = days_left;
  c.updated_at = "2026-12-07T10:00:00+08:00";
  return c;
}

}  // namespace

TEST(PublishedScreen, P3_AVisitLoadsDirectoryAndPublicationsWithoutLogin) {
  state::AppState s;  // nobody logged in
  state::PublishedIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/contractors?page_size=100");
  EXPECT_EQ(rs[1].path, "/publications");
  EXPECT_TRUE(state::apply(s, in).empty());  // still in flight: nothing more

  gp::dto::ContractorPageDto page;
  page.items = {contractor("expiring", 12)};
  page.total = 1;
  page.today = "2026-12-07";
  state::answer(s, rs[0], state::reply(200, page));
  EXPECT_TRUE(s.published.loaded);
  ASSERT_EQ(s.published.page.items.size(), 1u);
  EXPECT_EQ(s.published.page.expiring_days, 30);
  gp::dto::PublicationDto pub;
  pub.id = 2;
  pub.kind = "tariff_policy";
  pub.version = 2;
  pub.title = "电价电费政策（2026 版）";
  pub.body = "……";
  pub.published_at = "2026-12-07T10:00:00+08:00";
  pub.attachments = {{5, "tariff-2026.pdf", "application/pdf", std::string(64, 'd'), 4821}};
  state::answer(s, rs[1], state::reply(200, gp::dto::PublicationListDto{{pub}}));
  EXPECT_TRUE(s.published.docs_loaded);
  EXPECT_EQ(s.published.docs.items.at(0).version, 2);
  EXPECT_EQ(state::attachment_url(5), "/api/v1/publications/files/5");
  EXPECT_EQ(state::publication_kind_text("typical_design"), "典型设计及工程造价参考手册");
}

TEST(PublishedScreen, P3_KindAndSearchAskAgainWithTheirQuery) {
  state::AppState s;
  s.published.name = "宏达 电力";
  s.published.county = "城关";
  state::PublishedIntent in;
  in.kind = 2;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/contractors?page_size=100&kind=construction&q=%E5%AE%8F%E8%BE%BE%20%E7%94%B5%E5%8A%9B&county=%E5%9F%8E%E5%85%B3");
  // A newer search makes the older answer count for nothing.
  state::PublishedIntent again;
  again.search = true;
  auto rs2 = state::apply(s, again);
  ASSERT_EQ(rs2.size(), 1u);
  gp::dto::ContractorPageDto stale;
  stale.items = {contractor("valid", 900)};
  state::answer(s, rs[0], state::reply(200, stale));
  EXPECT_FALSE(s.published.loaded);
  // A refused search shows the server's message; a body of another shape names its key.
  state::answer(s, rs2[0], state::reply(429, json{{"error", {{"code", "throttled"}, {"message_zh", "查询过于频繁，请稍后再试"}, {"message_en", "too many"}}}}));
  EXPECT_EQ(s.published.error, "查询过于频繁，请稍后再试");
  auto rs3 = state::apply(s, again);
  state::answer(s, rs3[0], state::reply(200, json{{"items", json::array()}}));
  EXPECT_NE(s.published.error.find("total"), std::string::npos);
}

TEST(PublishedScreen, P3_StatusTextNeverSaysValidForAnExpiredLicence) {
  state::set_language(state::Lang::Zh);
  EXPECT_EQ(state::licence_status_text(contractor("valid", 400)), "有效");
  EXPECT_EQ(state::licence_status_text(contractor("expiring", 12)), "即将到期（12 天后）");
  EXPECT_EQ(state::licence_status_text(contractor("expired", -3)), "已过期");
  EXPECT_EQ(state::licence_status_text(contractor("withdrawn", 300)), "已失效");
  EXPECT_EQ(state::licence_status_text(contractor("something_new", 300)), "已过期");  // unknown: never valid
  for (const char* st : {"expiring", "expired", "withdrawn", "not_yet_valid"}) EXPECT_TRUE(state::licence_status_warns(contractor(st, 1))) << st;
  EXPECT_FALSE(state::licence_status_warns(contractor("valid", 400)));
  EXPECT_EQ(state::contractor_kind_text(contractor("valid", 1)), "施工单位（承装、承修）");
}
