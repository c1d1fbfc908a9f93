// The generic action form (state/action_form.h): built only from the server's field descriptors,
// it can drive a whole application through the shared workflow — every value it sends is accepted
// by gp::validate_action, the same code the server runs.
#include <gtest/gtest.h>

#include "gp/date.h"
#include "gp/dto/next_action.h"
#include "gp/rules.h"
#include "gp/workflow.h"
#include "state/action_form.h"
#include "state/strings.h"

using nlohmann::json;

namespace {

// next_actions as the server writes them: the shared DTO of each ActionSpec (gp/dto/next_action.h).
json actions_json(const std::vector<gp::ActionSpec>& v) {
  json out = json::array();
  for (const auto& a : v) out.push_back(gp::dto::next_action_dto(a, "ZX-20261130-0053"));
  return out;
}

gp::FieldSpec field(const char* name, gp::FieldType type, bool required, const char* zh, const char* en) {
  gp::FieldSpec f;
  f.name = name;
  f.type = type;
  f.required = required;
  f.label_zh = zh;
  f.label_en = en;
  return f;
}

// Fills every field the way a person would with the form's own controls.
void fill(state::ActionForm& f, const std::string& today, const std::string& now) {
  for (auto& x : f.fields) {
    if (x.type == "bool") x.flag = true;
    else if (x.type == "enum" || x.type == "document") x.choice = x.options.empty() ? -1 : 0;
    else if (x.type == "date") x.text = today;
    else if (x.type == "datetime") x.text = now;
    else if (x.type == "number") x.text = "12.5";
    else if (x.name == "meter_number") x.text = "ZX-MTR-0001";
    else x.text = "好的 ok";
  }
}

const json kSpec = [] {
  gp::ActionSpec a{"confirm_supply_plan", "确认供电方案", "Confirm the supply plan", {}, "", ""};
  auto comments = field("comments", gp::FieldType::text, false, "意见", "Comments");
  comments.max_length = 5;
  auto reading = field("reading", gp::FieldType::number, true, "读数", "Reading");
  reading.min = 0;
  reading.max = 100;
  auto result = field("result", gp::FieldType::enumeration, true, "结论", "Result");
  result.options = {{"passed", "合格", "Passed"}, {"failed", "不合格", "Failed"}};
  a.fields = {field("agree", gp::FieldType::boolean, true, "同意该供电方案", "I agree"), comments, reading,
              field("when", gp::FieldType::date, true, "日期", "Date"), field("at", gp::FieldType::datetime, false, "时间", "Time"), result};
  return json(gp::dto::next_action_dto(a, "ZX-20261130-0053"));
}();

}  // namespace

TEST(ActionForm, ParsesTheDescriptors) {
  state::set_language(state::Lang::Zh);
  auto f = state::parse_action(kSpec);
  EXPECT_EQ(f.action, "confirm_supply_plan");
  ASSERT_EQ(f.fields.size(), 6u);
  EXPECT_EQ(f.fields[1].max_length, 5u);
  EXPECT_EQ(f.fields[2].max, 100);
  EXPECT_EQ(f.fields[5].options.size(), 2u);
  EXPECT_EQ(state::action_label(f), "确认供电方案");
  state::set_language(state::Lang::En);
  EXPECT_EQ(state::field_label(f.fields[0]), "I agree");
  EXPECT_EQ(state::option_label(f.fields[5].options[1]), "Failed");
  state::set_language(state::Lang::Zh);
}

TEST(ActionForm, ChecksAsTheUserTypesAndOnSubmit) {
  state::set_language(state::Lang::Zh);
  auto f = state::parse_action(kSpec);
  EXPECT_TRUE(state::check_action(f, false)) << "nothing typed is no error while typing";
  EXPECT_FALSE(state::check_action(f, true));
  EXPECT_NE(f.fields[2].error.find("读数"), std::string::npos);
  EXPECT_NE(f.fields[5].error.find("请选择"), std::string::npos);
  EXPECT_TRUE(f.fields[0].error.empty()) << "a checkbox always has a value";
  EXPECT_TRUE(f.fields[4].error.empty()) << "optional";
  f.fields[1].text = "一二三四五六";  // 6 characters, at most 5
  f.fields[2].text = "101";
  f.fields[3].text = "2026-02-30";
  f.fields[4].text = "2026-12-01 25:00";
  f.fields[5].choice = 1;
  EXPECT_FALSE(state::check_action(f, true));
  EXPECT_FALSE(f.fields[1].error.empty());
  EXPECT_FALSE(f.fields[2].error.empty());
  EXPECT_FALSE(f.fields[3].error.empty());
  EXPECT_FALSE(f.fields[4].error.empty());
  f.fields[2].text = "abc";
  state::check_action(f, false);
  EXPECT_NE(f.fields[2].error.find("数字"), std::string::npos);
  f.fields[1].text = "一二三四五";
  f.fields[2].text = " 42.5 ";
  f.fields[3].text = "2026-12-01";
  f.fields[4].text = "2026-12-01 09:30";
  EXPECT_TRUE(state::check_action(f, true));
  const json body = state::action_body(f);
  EXPECT_EQ(body["action"], "confirm_supply_plan");
  EXPECT_EQ(body["fields"]["agree"], false);
  EXPECT_EQ(body["fields"]["reading"], 42.5);
  EXPECT_EQ(body["fields"]["when"], "2026-12-01");
  EXPECT_EQ(body["fields"]["at"], "2026-12-01T09:30:00+08:00");
  EXPECT_EQ(body["fields"]["result"], "failed");
  EXPECT_EQ(body["fields"]["comments"], "一二三四五");
}

TEST(ActionForm, EmptyOptionalFieldsAreLeftOut) {
  auto f = state::parse_action(kSpec);
  f.fields[2].text = "1";
  f.fields[3].text = "2026-12-01";
  f.fields[5].choice = 0;
  const json body = state::action_body(f);
  EXPECT_FALSE(body["fields"].contains("comments"));
  EXPECT_FALSE(body["fields"].contains("at"));
}

TEST(ActionForm, DateTimesInEveryShapePeopleType) {
  EXPECT_EQ(state::datetime_value("2026-12-01 09:30"), "2026-12-01T09:30:00+08:00");
  EXPECT_EQ(state::datetime_value("2026-12-01T09:30:15"), "2026-12-01T09:30:15+08:00");
  EXPECT_EQ(state::datetime_value("2026-12-01T01:30:00Z"), "2026-12-01T09:30:00+08:00");
  EXPECT_EQ(state::datetime_value("2026-12-01"), "");
  EXPECT_EQ(state::datetime_value("tomorrow"), "");
}

// A descriptor the DTO cannot read is named, not half-shown (issue 16: one contract).
TEST(ActionForm, AnUnreadableDescriptorSaysSo) {
  state::set_language(state::Lang::Zh);
  json bad = kSpec;
  bad["fields"][2].erase("type");
  const auto f = state::parse_action(bad);
  EXPECT_TRUE(f.fields.empty());
  EXPECT_NE(f.error.find("fields[2].type"), std::string::npos) << f.error;
}

TEST(ActionForm, ServerErrorsGoBesideTheirField) {
  auto f = state::parse_action(kSpec);
  state::place_action_error(f, "fields.reading", "太大");
  EXPECT_EQ(f.fields[2].error, "太大");
  state::place_action_error(f, "action", "当前状态下不能执行");
  EXPECT_EQ(f.error, "当前状态下不能执行");
  state::place_action_error(f, "", "网络");
  EXPECT_EQ(f.error, "网络");
}

TEST(ActionForm, ReloadKeepsWhatWasTyped) {
  std::vector<state::ActionForm> forms;
  const json withdraw = gp::dto::next_action_dto(
      {"withdraw", "撤回申请", "Withdraw", {field("reason", gp::FieldType::text, true, "原因", "Reason")}, "", ""}, "N");
  const json next = json::array({kSpec, withdraw});
  state::sync_actions(forms, next);
  ASSERT_EQ(forms.size(), 2u);
  forms[0].open = true;
  forms[0].fields[2].text = "7";
  forms[0].fields[5].choice = 1;  // "failed"
  // The server's list changes: the options are reordered, withdraw disappears, a new action comes.
  json spec2 = kSpec;
  std::swap(spec2["fields"][5]["options"][0], spec2["fields"][5]["options"][1]);
  const json provide = gp::dto::next_action_dto({"provide_information", "补充信息", "Provide information", {}, "", ""}, "N");
  const json next2 = json::array({provide, spec2});
  state::sync_actions(forms, next2);
  ASSERT_EQ(forms.size(), 2u);
  EXPECT_EQ(forms[0].action, "provide_information");
  EXPECT_TRUE(forms[1].open);
  EXPECT_EQ(forms[1].fields[2].text, "7");
  EXPECT_EQ(forms[1].fields[5].options[static_cast<std::size_t>(forms[1].fields[5].choice)].value, "failed");
  state::reset_values(forms[1]);
  EXPECT_TRUE(forms[1].fields[2].text.empty());
  EXPECT_EQ(forms[1].fields[5].choice, -1);
}

// The form, knowing nothing of the workflow, takes an LV residential application from submission
// to energized: each step's values are accepted by the shared validation the server runs.
TEST(ActionForm, DrivesTheSharedWorkflowToTheEnd) {
  state::set_language(state::Lang::Zh);
  auto plan = gp::evaluate_json({{"business", "new_connection"}, {"customer_type", "lv_residential"}});
  ASSERT_TRUE(plan);
  gp::Instant now = *gp::parse_datetime("2026-11-30T10:00:00+08:00");
  gp::AppState s = gp::start_application(plan.value(), now, "online");
  gp::Event assign;
  assign.at = now;
  assign.type = "assign_managers";
  assign.role = gp::Role::system;
  assign.data = {{"customer_manager", "6"}, {"project_manager", "7"}};
  gp::apply_event(s, assign);
  gp::Actor cm;
  cm.role = gp::Role::customer_manager;
  cm.assigned_customer_manager = true;
  std::int64_t seq = 10;
  auto take = [&](const std::string& action) {
    const json next = actions_json(gp::next_actions(s, cm));
    std::vector<state::ActionForm> forms;
    state::sync_actions(forms, next);
    state::ActionForm* f = nullptr;
    for (auto& x : forms)
      if (x.action == action) f = &x;
    ASSERT_NE(f, nullptr) << action << " not offered: " << next.dump();
    now += 3600;
    const std::string iso = gp::format_datetime_cst(now);
    fill(*f, iso.substr(0, 10), iso.substr(0, 10) + " " + iso.substr(11, 5));
    ASSERT_TRUE(state::check_action(*f, true)) << action;
    const json body = state::action_body(*f);
    auto data = gp::validate_action(s, cm, action, body.at("fields"), now);
    ASSERT_TRUE(data) << action << ": " << data.error().message_en << " " << body.dump();
    gp::Event e;
    e.seq = ++seq;
    e.at = now;
    e.type = action;
    e.role = cm.role;
    e.data = data.value();
    gp::apply_event(s, e);
  };
  take("accept");
  take("site_survey");
  take("complete_inspection");
  take("install_meter");
  gp::Event signed_;
  signed_.at = now;
  signed_.type = "contract_signed";
  signed_.role = gp::Role::customer;
  gp::apply_event(s, signed_);
  take("energize");
  EXPECT_EQ(s.status, gp::AppStatus::completed);
}
