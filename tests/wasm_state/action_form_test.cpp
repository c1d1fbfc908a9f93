// The generic action form (state/action_form.h): built only from the server's field descriptors,
// it can drive a whole application through the shared workflow — every value it sends is accepted
// by gp::validate_action, the same code the server runs.
#include <gtest/gtest.h>

#include "gp/date.h"
#include "gp/rules.h"
#include "gp/workflow.h"
#include "state/action_form.h"
#include "state/strings.h"

using nlohmann::json;

namespace {

// The server's JSON of a field descriptor (services/application_render.cpp field_json).
json field_json(const gp::FieldSpec& f) {
  json opts = json::array();
  for (const auto& o : f.options) opts.push_back({{"value", o.value}, {"label_zh", o.label_zh}, {"label_en", o.label_en}});
  json j = {{"name", f.name}, {"type", gp::to_string(f.type)}, {"required", f.required}, {"options", opts},
            {"label_zh", f.label_zh}, {"label_en", f.label_en}};
  if (f.type == gp::FieldType::string || f.type == gp::FieldType::text) j["max_length"] = f.max_length;
  if (f.type == gp::FieldType::number) {
    j["min"] = f.min;
    j["max"] = f.max;
  }
  return j;
}

json actions_json(const std::vector<gp::ActionSpec>& v) {
  json out = json::array();
  for (const auto& a : v) {
    json fields = json::array();
    for (const auto& f : a.fields) fields.push_back(field_json(f));
    out.push_back({{"action", a.action}, {"label_zh", a.label_zh}, {"label_en", a.label_en}, {"fields", fields}});
  }
  return out;
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

const json kSpec = json::parse(R"({
  "action": "confirm_supply_plan", "label_zh": "确认供电方案", "label_en": "Confirm the supply plan",
  "fields": [
    {"name": "agree", "type": "bool", "required": true, "options": [], "label_zh": "同意该供电方案", "label_en": "I agree"},
    {"name": "comments", "type": "text", "required": false, "options": [], "label_zh": "意见", "label_en": "Comments", "max_length": 5},
    {"name": "reading", "type": "number", "required": true, "options": [], "label_zh": "读数", "label_en": "Reading", "min": 0, "max": 100},
    {"name": "when", "type": "date", "required": true, "options": [], "label_zh": "日期", "label_en": "Date"},
    {"name": "at", "type": "datetime", "required": false, "options": [], "label_zh": "时间", "label_en": "Time"},
    {"name": "result", "type": "enum", "required": true, "label_zh": "结论", "label_en": "Result",
     "options": [{"value": "passed", "label_zh": "合格", "label_en": "Passed"}, {"value": "failed", "label_zh": "不合格", "label_en": "Failed"}]}
  ]})");

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
  const json next = json::array({kSpec, {{"action", "withdraw"}, {"label_zh", "撤回申请"}, {"label_en", "Withdraw"},
                                         {"fields", json::array({{{"name", "reason"}, {"type", "text"}, {"required", true}}})}}});
  state::sync_actions(forms, next);
  ASSERT_EQ(forms.size(), 2u);
  forms[0].open = true;
  forms[0].fields[2].text = "7";
  forms[0].fields[5].choice = 1;  // "failed"
  // The server's list changes: the options are reordered, withdraw disappears, a new action comes.
  json spec2 = kSpec;
  std::swap(spec2["fields"][5]["options"][0], spec2["fields"][5]["options"][1]);
  const json next2 = json::array({{{"action", "provide_information"}, {"label_zh", "补充信息"}, {"fields", json::array()}}, spec2});
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
