// The apply wizard (issue 4) through open_apply() and apply(): the home page's case and the
// customer's contact come along, the steps are gated, "submit" posts the application, a refusal
// goes beside its field on its step, created: the picked documents are to be sent.
#include <gtest/gtest.h>

#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error_body;
using screen_test::logged_in;
using screen_test::Zh;

namespace {

state::AppState at_confirm() {
  auto s = logged_in();
  state::go(s, state::Screen::Apply);
  s.home.form.capacity_kw = "8";
  state::open_apply(s, true);
  auto& a = s.customer.apply;
  state::ApplyIntent next;
  next.next = true;
  state::apply(s, next);
  EXPECT_EQ(a.step, state::ApplyStep::Details);
  a.address = "邾县城关镇人民路8号";
  state::apply(s, next);
  state::apply(s, next);  // missing documents are allowed (D3, D4)
  EXPECT_EQ(a.step, state::ApplyStep::Confirm);
  return s;
}

TEST(ApplyScreen, TheHomeCaseAndTheCustomersContactComeAlong) {
  Zh zh;
  auto s = logged_in();
  s.home.form.capacity_kw = "12";
  state::open_apply(s, true);
  EXPECT_EQ(s.customer.apply.form.capacity_kw, "12");
  EXPECT_EQ(s.customer.apply.contact_name, "邾小明");
  EXPECT_EQ(s.customer.apply.contact_phone, "13703751000");
  s.customer.apply.form.capacity_kw = "15";  // edited in the wizard
  state::open_apply(s, false);
  EXPECT_EQ(s.customer.apply.form.capacity_kw, "15") << "not a new visit: the wizard's edit stays";
  s.chosen_manager = state::ChosenManager{3, "赵晓燕"};  // back from the managers screen
  state::open_apply(s, false);
  EXPECT_EQ(s.customer.apply.manager_id, 3);
  state::ApplyIntent clear;
  clear.clear_manager = true;
  state::apply(s, clear);
  EXPECT_EQ(s.customer.apply.manager_id, 0);
  state::ApplyIntent choose;
  choose.choose_manager = true;
  state::apply(s, choose);
  EXPECT_EQ(s.route.screen, state::Screen::Managers);
  EXPECT_EQ(s.route.param, "apply");
}

TEST(ApplyScreen, StepsAreGated) {
  Zh zh;
  auto s = logged_in();
  s.home.form.capacity_kw = "0";
  state::open_apply(s, true);
  state::ApplyIntent next;
  next.next = true;
  state::apply(s, next);
  EXPECT_EQ(s.customer.apply.step, state::ApplyStep::Case) << "no valid plan";
  s.customer.apply.form.capacity_kw = "8";
  state::ApplyIntent changed;
  changed.case_changed = true;
  state::apply(s, changed);
  state::apply(s, next);
  EXPECT_EQ(s.customer.apply.step, state::ApplyStep::Details);
  state::apply(s, next);
  EXPECT_EQ(s.customer.apply.step, state::ApplyStep::Details) << "no address yet";
  EXPECT_TRUE(s.customer.apply.errors.count("address"));
  state::ApplyIntent back;
  back.back = true;
  state::apply(s, back);
  EXPECT_EQ(s.customer.apply.step, state::ApplyStep::Case);
}

TEST(ApplyScreen, SubmitPostsTheApplicationAndARefusalGoesToItsStep) {
  Zh zh;
  auto s = at_confirm();
  state::ApplyIntent submit;
  submit.submit = true;
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/applications");
  EXPECT_EQ(rs[0].body, state::apply_body(s.customer.apply, false));
  EXPECT_EQ(rs[0].body["address"], "邾县城关镇人民路8号");
  EXPECT_EQ(rs[0].body["channel"], "online");
  EXPECT_TRUE(state::apply(s, submit).empty()) << "one at a time";
  state::answer(s, rs[0], state::reply(422, error_body("invalid", "contact_phone", "号码有误")));
  EXPECT_EQ(s.customer.apply.step, state::ApplyStep::Details);
  EXPECT_EQ(s.customer.apply.errors["contact_phone"], "号码有误");
  EXPECT_EQ(s.customer.apply.address, "邾县城关镇人民路8号") << "nothing typed is lost";
  EXPECT_FALSE(s.customer.apply.send_docs);
}

TEST(ApplyScreen, CreatedThePickedDocumentsAreToBeSentAndDetailFollows) {
  Zh zh;
  auto s = at_confirm();
  state::take_file(s.customer.apply.docs[0], 7, "id.png", "image/png", 2048);
  state::ApplyIntent submit;
  submit.submit = true;
  auto rs = state::apply(s, submit);
  ASSERT_EQ(rs.size(), 1u);
  state::answer(s, rs[0], state::reply(201, {{"number", "ZX-20261130-0053"}, {"status", "in_progress"}}));
  EXPECT_EQ(s.customer.apply.step, state::ApplyStep::Done);
  EXPECT_TRUE(s.customer.apply.send_docs) << "the controller uploads the picked files now";
  s.customer.apply.send_docs = false;
  s.customer.apply.docs[0].stage = state::UploadSlot::Stage::Failed;
  state::ApplyIntent retry;
  retry.retry = 0;
  state::apply(s, retry);
  EXPECT_EQ(s.customer.apply.docs[0].stage, state::UploadSlot::Stage::Picked);
  EXPECT_TRUE(s.customer.apply.send_docs);
  state::ApplyIntent remove;
  remove.remove = 0;
  state::apply(s, remove);
  EXPECT_EQ(s.customer.apply.docs[0].stage, state::UploadSlot::Stage::Empty);
  EXPECT_EQ(s.customer.apply.docs[0].file, 0);
  state::ApplyIntent open;
  open.open_detail = true;
  state::apply(s, open);
  EXPECT_EQ(s.route.screen, state::Screen::Detail);
  EXPECT_EQ(s.route.param, "ZX-20261130-0053");
}

}  // namespace
