// The customer's screens' logic (issue 4), natively: tracking, reservation, managers, my
// applications, the apply wizard, the detail (timeline, to-do, rating), the contract, uploads,
// messages. JSON samples have the shape the server sends (services/application_render.cpp).
#include <gtest/gtest.h>

#include "gp/dto/lists.h"
#include "gp/dto/managers.h"
#include "gp/dto/wire.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "state/timeline.h"

using nlohmann::json;

namespace {

struct Zh {
  Zh() { state::set_language(state::Lang::Zh); }
  ~Zh() { state::set_language(state::Lang::Zh); }
};

// An LV residential application right after submission, as GET /applications/{n} sends it (trimmed).
json sample_app() {
  return json::parse(R"({
    "number": "ZX-20261130-0053", "status": "in_progress",
    "business": {"code": "new_connection", "name_zh": "新装", "name_en": "New connection"},
    "customer_type": {"code": "lv_residential", "name_zh": "低压居民", "name_en": "Low-voltage residential"},
    "submitted_at": "2026-11-30T12:07:27+08:00", "deadline": "2026-12-03T00:00:00+08:00",
    "remaining_working_days": 2.0, "time_limit_working_days": 2, "waiting_for": "", "waiting_message": "",
    "stages": [
      {"code": "application", "name_zh": "用电申请", "name_en": "Application", "state": "active", "customer_side": false,
       "deadline": "2026-12-02T00:00:00+08:00", "remaining_working_days": 1.0, "limit_working_days": 1, "level": "normal",
       "paused": false, "started_at": "2026-11-30T12:07:27+08:00", "done_at": null,
       "holder": {"id": 6, "name": "赵晓燕", "phone": "13803750106", "role": "customer_manager"}},
      {"code": "connect", "name_zh": "装表送电", "name_en": "Meter installation and energizing", "state": "pending",
       "customer_side": false, "deadline": null, "remaining_working_days": null, "limit_working_days": 1, "level": "normal",
       "started_at": null, "done_at": null, "holder": {"id": 6, "name": "赵晓燕", "phone": "13803750106", "role": "customer_manager"}}
    ],
    "customer_manager": {"id": 6, "name": "赵晓燕", "phone": "13803750106", "role": "customer_manager"},
    "checklist": [
      {"code": "identity_proof", "name_zh": "身份证明", "name_en": "Proof of identity", "state": "present"},
      {"code": "property_proof", "name_zh": "产权证明", "name_en": "Proof of property rights", "state": "missing"}
    ],
    "contract": {"available": false, "signed": false}, "rating": null,
    "next_actions": [{"action": "withdraw", "label_zh": "撤回申请", "label_en": "Withdraw the application",
                      "fields": [{"name": "reason", "type": "text", "required": true, "options": [], "label_zh": "撤回原因", "label_en": "Reason", "max_length": 500}]}]
  })");
}

}  // namespace

TEST(CustomerCommon, TextHelpers) {
  Zh zh;
  EXPECT_EQ(state::url_encode("ZX-2026 邾"), "ZX-2026%20%E9%82%BE");
  EXPECT_EQ(state::short_time("2026-12-02T09:30:00+08:00"), "2026-12-02 09:30");
  EXPECT_EQ(state::short_date("2026-12-02T09:30:00+08:00"), "2026-12-02");
  EXPECT_EQ(state::days_number(2), "2");
  EXPECT_EQ(state::days_number(1.25), "1.2");
  EXPECT_EQ(state::size_text(2048), "2.0 KB");
  EXPECT_EQ(state::status_text("completed"), "已办结");
  EXPECT_EQ(state::status_text("mystery"), "mystery");
  EXPECT_NE(state::next_request_id(), state::next_request_id());
}

TEST(Track, HomeBoxHandsOverAndThePathIsEncoded) {
  Zh zh;
  state::HomeState home;
  state::TrackState t;
  EXPECT_FALSE(state::take_home_box(t, home));
  home.track_number = "zx-20261130-0001 ";
  home.track_phone = "13703751001";
  home.track_requested = true;
  EXPECT_TRUE(state::take_home_box(t, home));
  EXPECT_FALSE(home.track_requested);
  EXPECT_TRUE(state::check_track(t, true));
  EXPECT_EQ(state::track_body(t), (nlohmann::json{{"number", "ZX-20261130-0001"}, {"phone", "13703751001"}}))
      << "the phone goes in a POST body, never in the URL";
}

TEST(Track, ErrorsBesideTheirFieldAndAnswersReplaceEachOther) {
  Zh zh;
  state::TrackState t;
  EXPECT_TRUE(state::check_track(t, false)) << "nothing typed yet";
  EXPECT_FALSE(state::check_track(t, true));
  EXPECT_TRUE(t.errors.count("number"));
  EXPECT_TRUE(t.errors.count("phone"));
  t.number = "ZX-1";
  t.phone = "123";
  EXPECT_FALSE(state::check_track(t, false));
  EXPECT_FALSE(t.errors.count("number"));
  EXPECT_TRUE(t.errors.count("phone"));
  t.phone = "13703751001";
  state::start_lookup(t);
  state::apply_track_reply(t, false, nullptr, "", "未找到与该号码匹配的申请");
  EXPECT_EQ(t.errors["form"], "未找到与该号码匹配的申请");
  state::start_lookup(t);
  EXPECT_FALSE(t.errors.count("form"));
  state::apply_track_reply(t, true, sample_app(), "", "");
  EXPECT_EQ(state::stage_rows(t.result).size(), 2u);
}

// rule T6: only the totals are the plan's; a step's own limit from the company's split is labelled so.
TEST(Timeline, T6_PerStepLimitIsLabelledCompanySetting) {
  Zh zh;
  json app = sample_app();
  app["stages"][1]["source"] = "company_setting";
  const auto rows = state::stage_rows(app);
  EXPECT_EQ(state::stage_detail_text(rows[1]), "时限 1 个工作日（公司设定，非政策承诺）");
  app["stages"][1]["source"] = "policy";
  EXPECT_EQ(state::stage_detail_text(state::stage_rows(app)[1]), "时限 1 个工作日");
}

TEST(Timeline, StepsWithDeadlinesAndWhoHoldsThem) {
  Zh zh;
  const auto rows = state::stage_rows(sample_app());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].name, "用电申请");
  EXPECT_EQ(state::stage_state_text(rows[0]), "办理中");
  EXPECT_EQ(state::stage_detail_text(rows[0]), "须在 2026-12-02 00:00 前完成 · 剩余 1 个工作日 · 时限 1 个工作日");
  EXPECT_EQ(state::stage_holder_text(rows[0]), "办理人：客户经理 赵晓燕 13803750106");
  EXPECT_EQ(state::stage_state_text(rows[1]), "未开始");
  EXPECT_EQ(state::stage_holder_text(rows[1]), "") << "only the step in hand has a holder shown";
  state::set_language(state::Lang::En);
  const auto en = state::stage_rows(sample_app());
  EXPECT_EQ(en[1].name, "Meter installation and energizing");
  EXPECT_EQ(state::stage_state_text(en[0]), "In progress");
  json done = sample_app();
  done["stages"][0]["state"] = "done";
  done["stages"][0]["done_at"] = "2026-11-30T15:00:00+08:00";
  EXPECT_EQ(state::stage_detail_text(state::stage_rows(done)[0]), "Done 2026-11-30 15:00");
}

TEST(Reserve, ValidatesAndSendsCodes) {
  Zh zh;
  state::ReserveState r;
  EXPECT_FALSE(state::check_reserve(r, true));
  EXPECT_TRUE(r.errors.count("name") && r.errors.count("phone") && r.errors.count("address"));
  state::prefill_reserve(r, "邾小明", "13703751000");
  state::prefill_reserve(r, "别人", "13900000000");  // once only
  EXPECT_EQ(r.name, "邾小明");
  r.address = "邾县城关镇人民路8号";
  r.customer_type = 0;
  EXPECT_TRUE(state::check_reserve(r, true));
  const json b = state::reserve_body(r);
  EXPECT_EQ(b["customer_type"], "lv_residential");
  EXPECT_EQ(b["business"], "new_connection");
  EXPECT_FALSE(b.contains("note"));
  state::place_reserve_error(r, "phone", "号码有误");
  EXPECT_EQ(r.errors["phone"], "号码有误");
  state::place_reserve_error(r, "", "请稍后再试");
  EXPECT_EQ(r.errors["form"], "请稍后再试");
  EXPECT_EQ(r.address, "邾县城关镇人民路8号") << "nothing typed is lost";
}

TEST(Managers, FiguresAndSorting) {
  Zh zh;
  gp::dto::ManagersBody body;  // GET /managers, as the server writes it (the shared DTO)
  body.managers = {{1, "王建国", "1", "客户经理", "Customer manager", 10, 1.4, 4.5, 9, 8},
                   {2, "邾文堃", "2", "客户经理", "Customer manager", 0, std::nullopt, std::nullopt, 0, 1},
                   {3, "刘犇", "3", "客户经理", "Customer manager", 4, 0.8, 4.9, 3, 3}};
  const json reply = body;
  const auto rows = state::parse_managers(reply);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].title, "客户经理");
  EXPECT_EQ(state::satisfaction_text(rows[0]), "4.5 / 5（9 次评价）");
  EXPECT_EQ(state::satisfaction_text(rows[1]), "暂无评价");
  EXPECT_EQ(state::average_days_text(rows[2]), "0.8 个工作日");
  auto ids = [](const std::vector<state::ManagerRow>& v) {
    std::vector<long long> out;
    for (const auto& r : v) out.push_back(r.id);
    return out;
  };
  EXPECT_EQ(ids(state::sorted_managers(rows, state::ManagerSort::Satisfaction)), (std::vector<long long>{3, 1, 2}));
  EXPECT_EQ(ids(state::sorted_managers(rows, state::ManagerSort::Load)), (std::vector<long long>{2, 3, 1}));
  EXPECT_EQ(ids(state::sorted_managers(rows, state::ManagerSort::Speed)), (std::vector<long long>{3, 1, 2}));
  EXPECT_EQ(ids(state::sorted_managers(rows, state::ManagerSort::Listed)), (std::vector<long long>{1, 2, 3}));
}

TEST(MyApps, StatusAndNextDeadline) {
  Zh zh;
  gp::dto::ApplicationPageDto page;  // GET /applications as the server writes it (gp/dto/lists.h)
  gp::dto::ApplicationRowDto open;
  open.number = "ZX-1";
  open.status = "in_progress";
  open.deadline = "2026-12-03T00:00:00+08:00";
  open.remaining_working_days = 1.5;
  open.stage = gp::dto::CodeName{"application", "用电申请", "Application"};
  open.customer_manager = gp::dto::NameRefDto{6, "赵晓燕"};
  gp::dto::ApplicationRowDto waiting;
  waiting.number = "ZX-2";
  waiting.status = "waiting_customer";
  waiting.paused = true;
  waiting.waiting_for = "information";
  gp::dto::ApplicationRowDto done;
  done.number = "ZX-3";
  done.status = "completed";
  page.items = {open, waiting, done};
  page.total = 3;
  const auto rows = state::app_rows(gp::dto::decode<gp::dto::ApplicationPageDto>(json(page)));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].manager, "赵晓燕");
  EXPECT_EQ(rows[0].stage, "用电申请");
  EXPECT_EQ(state::next_deadline_text(rows[0]), "办结期限 2026-12-03 00:00 （剩余 1.5 个工作日）");
  EXPECT_EQ(state::next_deadline_text(rows[1]), "等待您办理 · 已暂停计时");
  EXPECT_EQ(state::next_deadline_text(rows[2]), "已办结");
}

TEST(Apply, CarriesTheHomeCaseAndAsksOnlyWhatMatters) {
  Zh zh;
  state::RulesForm home;
  home.customer_type = gp::CustomerType::hv;
  home.capacity_kw = "1200";
  home.important = true;
  state::ApplyState a;
  state::start_apply(a, home, "邾小明", "13703751000");
  EXPECT_EQ(a.form.capacity_kw, "1200") << "the home page's case comes along";
  ASSERT_TRUE(a.outcome.plan);
  EXPECT_EQ((*a.outcome.plan)["time_limit_working_days"], 21);  // rule T5
  EXPECT_EQ(a.contact_name, "邾小明");
  EXPECT_EQ(a.docs.size(), 3u) << "important customers add the project's approval (D1)";
  state::start_apply(a, state::RulesForm{}, "x", "y");  // only the first visit takes it over
  EXPECT_EQ(a.form.capacity_kw, "1200");
}

TEST(Apply, StepsAreGatedAndNothingTypedIsLost) {
  Zh zh;
  state::ApplyState a;
  state::start_apply(a, state::RulesForm{}, "邾小明", "13703751000");
  ASSERT_EQ(a.step, state::ApplyStep::Case);
  a.form.capacity_kw = "0";
  state::refresh_apply_plan(a);
  EXPECT_FALSE(state::can_continue(a));
  state::step_next(a);
  EXPECT_EQ(a.step, state::ApplyStep::Case);
  a.form.capacity_kw = "8";
  state::refresh_apply_plan(a);
  state::step_next(a);
  ASSERT_EQ(a.step, state::ApplyStep::Details);
  state::step_next(a);
  EXPECT_EQ(a.step, state::ApplyStep::Details) << "no address yet";
  EXPECT_TRUE(a.errors.count("address"));
  a.address = "邾县城关镇人民路8号";
  a.form.latitude = "33.7";  // a meter location half given (rule S3)
  state::refresh_apply_plan(a);
  EXPECT_FALSE(state::can_continue(a));
  a.form.longitude = "116.9";
  state::refresh_apply_plan(a);
  EXPECT_TRUE((*a.outcome.plan)["survey_without_meeting"].get<bool>());
  state::step_next(a);
  ASSERT_EQ(a.step, state::ApplyStep::Documents);
  EXPECT_EQ(state::missing_count(a), 2);
  state::step_next(a) ;  // missing documents are allowed (D3, D4)
  ASSERT_EQ(a.step, state::ApplyStep::Confirm);
  a.manager_id = 6;
  const json body = state::apply_body(a, false);
  EXPECT_EQ(body["customer_type"], "lv_residential");
  EXPECT_EQ(body["address"], "邾县城关镇人民路8号");
  EXPECT_EQ(body["contact_phone"], "13703751000");
  EXPECT_EQ(body["channel"], "online");
  EXPECT_EQ(body["preferred_manager"], 6);
  EXPECT_EQ(body["meter_location"]["latitude"], 33.7);
  EXPECT_EQ(state::apply_body(a, true)["channel"], "kiosk");
  // The server names a field: the wizard goes to the step that has it, values kept.
  state::place_apply_error(a, "contact_phone", "号码有误");
  EXPECT_EQ(a.step, state::ApplyStep::Details);
  EXPECT_EQ(a.errors["contact_phone"], "号码有误");
  EXPECT_EQ(a.address, "邾县城关镇人民路8号");
  a.step = state::ApplyStep::Confirm;
  state::place_apply_error(a, "", "网络连接中断");
  EXPECT_EQ(a.step, state::ApplyStep::Confirm);
  EXPECT_EQ(a.errors["form"], "网络连接中断");
  state::place_apply_error(a, "capacity_kw", "超出范围");
  EXPECT_EQ(a.step, state::ApplyStep::Case);
  state::step_back(a);
  EXPECT_EQ(a.step, state::ApplyStep::Case);
}

TEST(Apply, DocumentsKeepTheirFilesWhenThePlanChanges) {
  Zh zh;
  state::ApplyState a;
  state::start_apply(a, state::RulesForm{}, "", "");
  ASSERT_EQ(a.docs.size(), 2u);
  state::take_file(a.docs[0], 7, "id.png", "image/png", 2048);
  EXPECT_EQ(a.docs[0].stage, state::UploadSlot::Stage::Picked);
  state::take_file(a.docs[1], 8, "deed.docx", "", 2048);
  EXPECT_EQ(a.docs[1].stage, state::UploadSlot::Stage::Empty) << "not PDF/JPEG/PNG";
  EXPECT_FALSE(a.docs[1].error.empty());
  EXPECT_EQ(a.docs[1].file, 0);
  a.form.capacity_kw = "12";
  state::refresh_apply_plan(a);
  EXPECT_EQ(a.docs[0].file, 7);
  EXPECT_EQ(state::next_to_upload(a.docs), 0);
  a.docs[0].stage = state::UploadSlot::Stage::Uploading;
  a.docs[0].sent = 1024;
  a.docs[0].total = 2048;
  EXPECT_DOUBLE_EQ(state::progress(a.docs[0]), 0.5);
  EXPECT_EQ(state::next_to_upload(a.docs), -1);
  EXPECT_FALSE(state::check_picked("big.pdf", "application/pdf", 11 * 1024.0 * 1024).empty());
  EXPECT_TRUE(state::check_picked("SCAN.JPEG", "", 10).empty());
}

TEST(Apply, WhatHappensNextAndByWhen) {
  Zh zh;
  state::ApplyState a;
  state::apply_created(a, sample_app());
  EXPECT_EQ(a.step, state::ApplyStep::Done);
  const auto lines = state::next_steps_lines(a.result);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "下一步：用电申请，将在 2026-12-02 00:00 前完成。");
  EXPECT_EQ(lines[1], "全部办结期限：2026-12-03 00:00（时限 2 个工作日）。");
  EXPECT_NE(lines[2].find("赵晓燕"), std::string::npos);
  EXPECT_NE(lines[3].find("用电申请 → 装表送电"), std::string::npos);
}

TEST(Detail, OpensLoadsAndKeepsTypedValues) {
  Zh zh;
  state::DetailState d;
  EXPECT_TRUE(state::open_detail(d, "ZX-20261130-0053"));
  state::detail_loaded(d, sample_app());
  EXPECT_FALSE(state::open_detail(d, "ZX-20261130-0053")) << "already here";
  ASSERT_EQ(d.actions.size(), 1u);
  d.actions[0].open = true;
  d.actions[0].fields[0].text = "不需要了";
  ASSERT_EQ(d.uploads.size(), 2u);
  EXPECT_EQ(d.uploads[0].stage, state::UploadSlot::Stage::Done);
  EXPECT_EQ(d.uploads[1].stage, state::UploadSlot::Stage::Empty);
  json later = sample_app();
  later["checklist"][1]["state"] = "present";
  state::detail_loaded(d, later);  // news arrived: reloaded
  EXPECT_EQ(d.actions[0].fields[0].text, "不需要了");
  EXPECT_TRUE(d.actions[0].open);
  EXPECT_EQ(d.uploads[1].stage, state::UploadSlot::Stage::Done);
  EXPECT_TRUE(state::open_detail(d, "ZX-OTHER"));
  EXPECT_TRUE(d.actions.empty()) << "another application starts from nothing";
}

TEST(Detail, WhatTheCustomerMustDoNow) {
  Zh zh;
  json a = sample_app();
  auto keys = [](const json& app) {
    std::vector<std::string> k;
    for (const auto& t : state::customer_todo(app)) k.push_back(t.key);
    return k;
  };
  EXPECT_EQ(keys(a), (std::vector<std::string>{"documents"}));
  a["checklist"][1]["state"] = "present";
  const auto none = state::customer_todo(a);
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].text, "暂时无需您办理，赵晓燕 正在处理。");
  a["waiting_for"] = "information";
  a["waiting_message"] = "请补充房产证照片";
  a["contract"] = {{"available", true}, {"signed", false}};
  const auto two = state::customer_todo(a);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].key, "information");
  EXPECT_NE(two[0].text.find("请补充房产证照片"), std::string::npos);
  EXPECT_EQ(two[1].key, "contract");
  a = sample_app();
  a["status"] = "completed";
  a["checklist"][1]["state"] = "present";
  EXPECT_EQ(keys(a), (std::vector<std::string>{"rate"}));
  a["rating"] = {{"service_score", 5}};
  EXPECT_EQ(keys(a), (std::vector<std::string>{"finished"}));
  a["status"] = "withdrawn";
  EXPECT_EQ(keys(a), (std::vector<std::string>{"finished"}));
}

TEST(Detail, RatingOnceEnergized) {
  Zh zh;
  json a = sample_app();
  EXPECT_FALSE(state::can_rate(a));
  a["status"] = "completed";
  EXPECT_TRUE(state::can_rate(a));
  state::RatingForm r;
  EXPECT_FALSE(state::check_rating(r, true));
  EXPECT_TRUE(r.errors.count("service_score"));
  r.service = 5;
  EXPECT_TRUE(state::check_rating(r, true));
  EXPECT_EQ(state::rating_body(r), json({{"service_score", 5}}));
  r.manager = 4;
  r.comment = "很好";
  EXPECT_EQ(state::rating_body(r), json({{"service_score", 5}, {"manager_score", 4}, {"comment", "很好"}}));
  state::place_rating_error(r, "", "已评价过");
  EXPECT_EQ(r.errors["form"], "已评价过");
  EXPECT_EQ(state::manager_line(a), "赵晓燕 13803750106");
}

TEST(Contract, SignByPasswordOrDrawing) {
  Zh zh;
  state::ContractState c;
  EXPECT_TRUE(state::open_contract(c, "ZX-1"));
  c.contract = {{"available", true}, {"text", "供用电合同"}, {"sha256", "ab12"}, {"signed", false}};
  EXPECT_FALSE(state::open_contract(c, "ZX-1"));
  EXPECT_FALSE(state::check_sign(c, true));
  EXPECT_TRUE(c.errors.count("read") && c.errors.count("password"));
  c.read = true;
  c.password = "secret-1";
  ASSERT_TRUE(state::check_sign(c, true));
  EXPECT_EQ(state::sign_body(c), json({{"sha256", "ab12"}, {"method", "password"}, {"password", "secret-1"}}));
  c.method = state::SignMethod::Drawn;
  EXPECT_FALSE(state::check_sign(c, true));
  EXPECT_TRUE(c.errors.count("strokes"));
  for (int i = 0; i < 12; ++i) c.signature.add(i / 12.0, 0.5);
  ASSERT_TRUE(state::check_sign(c, true));
  const json drawn = state::sign_body(c);
  EXPECT_EQ(drawn["method"], "drawn");
  EXPECT_EQ(drawn["strokes"][0].size(), 12u);
  EXPECT_FALSE(drawn.contains("password"));
  state::place_sign_error(c, "sha256", "合同内容与您阅读的版本不一致");
  EXPECT_TRUE(c.reload) << "the new text is fetched";
  state::contract_signed(c, {{"available", true}, {"sha256", "ab12"}, {"signed", true}, {"signed_at", "2026-11-30T14:00:00+08:00"}, {"method", "drawn"}});
  EXPECT_TRUE(state::is_signed(c));
  EXPECT_TRUE(c.password.empty()) << "the password leaves memory";
  EXPECT_EQ(state::signed_line(c), "已于 2026-11-30 14:00 签订（手写签名）");
}

TEST(Inbox, RowsAndMarkingRead) {
  Zh zh;
  state::InboxState s;
  state::merge_inbox(s, {{"items", json::array({{{"id", 2}, {"title_zh", "ZX-1 受理申请"}, {"title_en", "ZX-1 Accepted"}, {"read", false},
                                                 {"application_number", "ZX-1"}, {"at", "2026-11-30T12:00:00+08:00"}},
                                                {{"id", 1}, {"title_zh", "欢迎"}, {"read", true}, {"application_number", nullptr}}})},
                         {"unread", 1}, {"last_id", 2}});
  auto rows = state::inbox_rows(s);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].title, "ZX-1 受理申请");
  EXPECT_EQ(rows[0].at, "2026-11-30 12:00");
  EXPECT_EQ(rows[1].number, "");
  EXPECT_EQ(state::unread_ids(s), (std::vector<long long>{2}));
  state::mark_all_read(s);
  EXPECT_EQ(s.unread, 0);
  EXPECT_TRUE(state::unread_ids(s).empty());
}

TEST(CustomerScreens, ForgottenOnLogoutAndKioskReset) {
  state::AppState s = state::initial_state("", "kiosk");
  s.customer.track.phone = "13703751001";
  s.customer.reserve.name = "邾小明";
  s.customer.apply.address = "人民路";
  state::forget_user(s);
  EXPECT_TRUE(s.kiosk);
  EXPECT_TRUE(s.customer.track.phone.empty());
  EXPECT_TRUE(s.customer.reserve.name.empty());
  EXPECT_TRUE(s.customer.apply.address.empty());
  EXPECT_FALSE(s.customer.track.pending.busy()) << "a late reply finds nobody waiting for it";
}

TEST(Apply, ANewerHomeCaseReplacesTheWizardsUntilSent) {
  Zh zh;
  state::RulesForm home;
  state::ApplyState a;
  state::start_apply(a, home, "", "");
  a.form.capacity_kw = "12";  // edited in the wizard
  state::refresh_apply_plan(a);
  EXPECT_FALSE(state::take_home_case(a, home)) << "the home case did not change: the wizard's edit stays";
  EXPECT_EQ(a.form.capacity_kw, "12");
  home.customer_type = gp::CustomerType::lv_non_residential;  // "what applies to me?" changed, then "apply for this"
  a.step = state::ApplyStep::Documents;
  EXPECT_TRUE(state::take_home_case(a, home));
  EXPECT_EQ(a.form.customer_type, gp::CustomerType::lv_non_residential);
  EXPECT_EQ(a.step, state::ApplyStep::Case);
  state::apply_created(a, {{"number", "ZX-1"}});
  home.capacity_kw = "30";
  EXPECT_FALSE(state::take_home_case(a, home)) << "a sent application stays as it was";
}

TEST(Apply, TheDevicesPositionAsTheMeterLocation) {
  Zh zh;
  state::ApplyState a;
  state::start_apply(a, state::RulesForm{}, "", "");
  a.locating = true;
  state::located(a, false, 0, 0, 0, 1);
  EXPECT_FALSE(a.locating);
  EXPECT_NE(a.locate_note.find("权限"), std::string::npos);
  EXPECT_TRUE(a.form.latitude.empty());
  state::located(a, true, 33.7012345678, 116.95, 12, 0);
  EXPECT_EQ(a.form.latitude, "33.701235");
  EXPECT_EQ(a.form.longitude, "116.950000");
  ASSERT_TRUE(a.outcome.plan);
  EXPECT_TRUE((*a.outcome.plan)["survey_without_meeting"].get<bool>());  // rule S3
}
