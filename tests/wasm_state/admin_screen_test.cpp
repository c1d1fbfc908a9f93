// Administration (issue 5; SMS outbox and kiosks of issue 15; company settings of issue 10)
// through its apply(): what a visit loads, accounts created and disabled, a year's calendar
// published, the configuration saved with errors beside their fields, the SMS outbox tab, kiosks.
#include <gtest/gtest.h>

#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error;
using screen_test::find;

namespace {

state::AppState on_admin() { return screen_test::user_on("admin", state::Screen::Admin); }

const json kConfig = json::parse(R"({"config": {"supervision_phone": "95598", "backfill_after_hours": 24,
  "stage_split": {"hv_application": 2, "hv_supply_plan": 7, "hv_connect": 7, "lv_application": 1},
  "asset_transfer_review": {"design_review": 3, "mid_inspection": 2}}})");

TEST(AdminScreen, AVisitLoadsAccountsCalendarConfigurationAndKiosks) {
  auto s = on_admin();
  state::AdminIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 4u);
  const auto* users = find(rs, "GET", "/admin/users");
  const auto* years = find(rs, "GET", "/calendar");
  const auto* config = find(rs, "GET", "/admin/config");
  const auto* kiosks = find(rs, "GET", "/admin/kiosks");
  ASSERT_TRUE(users && years && config && kiosks);
  state::answer(s, *users, state::reply(200, {{"users", {{{"id", 1}, {"username", "cm.wang"}, {"name", "王建国"}, {"role", "customer_manager"}}}}}));
  EXPECT_TRUE(s.staff.admin.users_loaded);
  ASSERT_EQ(s.staff.admin.users.size(), 1u);
  state::answer(s, *years, error(500, "服务器内部错误"));
  EXPECT_EQ(s.staff.admin.calendar_error, "服务器内部错误");
  state::answer(s, *config, state::reply(200, kConfig));
  EXPECT_TRUE(s.staff.admin.config_loaded);
  EXPECT_EQ(s.staff.admin.supervision_phone, "95598");
  state::answer(s, *kiosks, error(403, "无权查看"));
  EXPECT_EQ(s.staff.admin.kiosk_errors.at("form"), "无权查看");
}

TEST(AdminScreen, TheSmsOutboxTabLoadsItsMessages) {
  auto s = on_admin();
  state::AdminIntent tab;
  tab.tab = 3;
  auto rs = state::apply(s, tab);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/admin/sms/outbox");
  EXPECT_EQ(s.staff.admin.tab, 3);
  state::AdminIntent reload;
  reload.reload_sms = true;
  EXPECT_TRUE(state::apply(s, reload).empty());  // in flight
  state::answer(s, rs[0], state::reply(200, {{"development_only", true}, {"messages", {{{"phone", "13903751001"}, {"purpose", "register"},
                                                                                     {"status", "sent"}, {"code", "123456"}}}}}));
  EXPECT_TRUE(s.staff.admin.sms.loaded);
  EXPECT_TRUE(s.staff.admin.sms.development);
  EXPECT_EQ(s.staff.admin.sms.rows.size(), 1u);
  rs = state::apply(s, reload);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], error(503, "短信服务不可用"));
  EXPECT_EQ(s.staff.admin.sms.error, "短信服务不可用");
}

TEST(AdminScreen, ANewStaffAccountThenTheListAgainAndTheErrorBesideItsField) {
  auto s = on_admin();
  auto& f = s.staff.admin.form;
  f.username = "cm.zhang";
  f.name = "张伟";
  f.password = "Zx-2026-secret";
  f.role = 1;
  state::AdminIntent create;
  create.create_user = true;
  auto rs = state::apply(s, create);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/admin/users");
  EXPECT_EQ(rs[0].body.at("role"), "project_manager");
  state::answer(s, rs[0], error(409, "用户名已存在", "username"));
  EXPECT_EQ(s.staff.admin.form.errors.at("username"), "用户名已存在");
  rs = state::apply(s, create);
  auto next = state::answer(s, rs[0], state::reply(201, {{"id", 9}}));
  EXPECT_TRUE(s.staff.admin.form.password.empty());  // the password leaves memory
  EXPECT_NE(s.staff.admin.users_notice.find("cm.zhang"), std::string::npos);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/admin/users");
}

TEST(AdminScreen, DisablingAnAccount) {
  auto s = on_admin();
  state::StaffUser u;
  u.id = 4;
  u.username = "cm.li";
  s.staff.admin.users.push_back(u);
  state::AdminIntent toggle;
  toggle.toggle_disabled = 4;
  auto rs = state::apply(s, toggle);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/admin/users/4/disabled");
  EXPECT_EQ(rs[0].body, (json{{"disabled", true}}));
  EXPECT_TRUE(state::apply(s, toggle).empty());  // one at a time
  state::answer(s, rs[0], state::reply(200, {{"disabled", true}}));
  EXPECT_TRUE(s.staff.admin.users[0].disabled);
  EXPECT_EQ(s.staff.admin.toggling, 0);
}

TEST(AdminScreen, PublishingAYearsCalendar) {
  auto s = on_admin();
  s.staff.admin.year_typed = "2027";
  state::AdminIntent publish;
  publish.publish_calendar = true;
  s.staff.admin.calendar_json = "{";
  EXPECT_TRUE(state::apply(s, publish).empty());  // checked here first
  EXPECT_FALSE(s.staff.admin.calendar_error.empty());
  s.staff.admin.calendar_json = R"({"holidays": [{"name": "元旦", "off": ["2027-01-01"]}], "workdays": []})";
  auto rs = state::apply(s, publish);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/admin/calendar/2027");
  EXPECT_EQ(rs[0].body.at("holidays")[0].at("off"), json::array({"2027-01-01"}));
  state::answer(s, rs[0], error(400, "日期不在该年", "holidays[0]"));
  EXPECT_EQ(s.staff.admin.calendar_error, "日期不在该年");
  EXPECT_EQ(s.staff.admin.calendar_field, "holidays[0]");
  rs = state::apply(s, publish);
  auto next = state::answer(s, rs[0], state::reply(200, json::object()));
  EXPECT_NE(s.staff.admin.calendar_notice.find("2027"), std::string::npos);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/calendar");
}

TEST(AdminScreen, T6_CompanySettingsSavedWithTheirErrorsBesideTheirFields) {
  auto s = on_admin();
  state::config_loaded(s.staff.admin, kConfig);
  state::AdminIntent save;
  save.save_config = true;
  EXPECT_TRUE(state::apply(s, save).empty());  // nothing changed: nothing sent
  EXPECT_FALSE(s.staff.admin.config_notice.empty());
  s.staff.admin.settings[0].value = "3";  // hv_application
  s.staff.admin.settings[1].value = "6";  // hv_supply_plan
  auto rs = state::apply(s, save);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "PUT");
  EXPECT_EQ(rs[0].path, "/admin/config");
  EXPECT_EQ(rs[0].body.at("stage_split"), json::parse(R"({"hv_application": 3, "hv_supply_plan": 6, "hv_connect": 7, "lv_application": 1})"));
  state::answer(s, rs[0], error(400, "高压各环节时限之和应为 16 个工作日", "stage_split.hv_connect"));
  EXPECT_EQ(s.staff.admin.config_errors.at("stage_split.hv_connect"), "高压各环节时限之和应为 16 个工作日");
  rs = state::apply(s, save);
  state::answer(s, rs[0], state::reply(200, kConfig));
  EXPECT_EQ(s.staff.admin.config_notice, state::tr("admin.config_saved"));
}

TEST(AdminScreen, KioskDevicesRegisteredAndRevoked) {
  auto s = on_admin();
  s.staff.admin.kiosk_name = "大厅一号机";
  state::AdminIntent add;
  add.add_kiosk = true;
  auto rs = state::apply(s, add);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/admin/kiosks");
  EXPECT_EQ(rs[0].body, (json{{"name", "大厅一号机"}}));
  auto next = state::answer(s, rs[0], state::reply(201, {{"token", "k-secret"}}));
  EXPECT_EQ(s.staff.admin.new_kiosk_token, "k-secret");  // shown once
  EXPECT_TRUE(s.staff.admin.kiosk_name.empty());
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/admin/kiosks");
  state::AdminIntent revoke;
  revoke.revoke_kiosk = 2;
  rs = state::apply(s, revoke);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].path, "/admin/kiosks/2/revoke");
  state::answer(s, rs[0], error(404, "设备不存在"));
  EXPECT_EQ(s.staff.admin.kiosk_errors.at("form"), "设备不存在");
  EXPECT_EQ(s.staff.admin.revoking, 0);
}

}  // namespace
