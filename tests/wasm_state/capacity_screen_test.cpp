// Open capacity kept by staff (issue 5; rule R4) through its apply(): the shown tab loaded on a
// visit, every query a POST (it is logged), saving an entry with errors beside their fields, the
// query log's pages.
#include <gtest/gtest.h>

#include "gp/dto/desk.h"
#include "screen_test_util.h"

using nlohmann::json;
using screen_test::error;

namespace {

// POST /capacity/query as the server answers it (the shared DTO, gp/dto/desk.h; rule R4).
json capacity_answer() {
  gp::dto::CapacityAnswerDto a;
  a.area = "城关镇";
  a.entries = {{"城关镇", "10kV城关一线", 10, 8000, 2500, 0.69, "", "2026-11-30T09:00:00+08:00"}};
  a.total_available_kva = 2500;
  a.queried_at = "2026-11-30T10:00:00+08:00";
  return a;
}
const json kEntries = capacity_answer();

state::AppState on_capacity() { return screen_test::user_on("project_manager", state::Screen::Capacity); }

TEST(CapacityScreen, R4_AVisitQueriesWithAPostAndTheAreaSearched) {
  auto s = on_capacity();
  state::CapacityIntent in;
  in.entered = true;
  auto rs = state::apply(s, in);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");  // every query is logged: a POST
  EXPECT_EQ(rs[0].path, "/capacity/query");
  EXPECT_EQ(rs[0].body, json::object());
  EXPECT_TRUE(state::apply(s, in).empty());  // in flight
  state::answer(s, rs[0], state::reply(200, kEntries));
  EXPECT_TRUE(s.staff.capacity.loaded);
  ASSERT_EQ(s.staff.capacity.entries.size(), 1u);
  s.staff.capacity.area_typed = "城关镇";
  state::CapacityIntent search;
  search.search = true;
  rs = state::apply(s, search);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].body, (json{{"area", "城关镇"}}));
  state::answer(s, rs[0], error(500, "服务器内部错误"));
  EXPECT_EQ(s.staff.capacity.error, "服务器内部错误");
}

TEST(CapacityScreen, R4_TheQueryLogTabAndItsPages) {
  auto s = on_capacity();
  state::CapacityIntent tab;
  tab.tab = 1;
  auto rs = state::apply(s, tab);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "GET");
  EXPECT_EQ(rs[0].path, "/capacity/queries?page_size=50&page=1");
  state::answer(s, rs[0], state::reply(200, {{"items", {{{"at", "2026-11-30T09:00:00+08:00"}, {"area", "城关镇"}}}}, {"total", 120}}));
  EXPECT_EQ(s.staff.capacity.log.size(), 1u);
  state::CapacityIntent next;
  next.log_page = 1;
  rs = state::apply(s, next);
  EXPECT_EQ(rs[0].path, "/capacity/queries?page_size=50&page=2");
  state::answer(s, rs[0], error(403, "无权查看"));
  EXPECT_EQ(s.staff.capacity.log_error, "无权查看");
  state::CapacityIntent prev;
  prev.log_page = -5;
  EXPECT_EQ(state::apply(s, prev)[0].path, "/capacity/queries?page_size=50&page=1");  // never before the first
}

TEST(CapacityScreen, R4_SavingAnEntryThenTheListAgain) {
  auto s = on_capacity();
  state::CapacityIntent add;
  add.new_entry = true;
  state::apply(s, add);
  EXPECT_TRUE(s.staff.capacity.show_form);
  state::CapacityIntent save;
  save.save = true;
  EXPECT_TRUE(state::apply(s, save).empty());  // checked here first
  auto& f = s.staff.capacity.form;
  f.area = "城关镇";
  f.feeder = "10kV城关一线";
  f.voltage_kv = "10";
  f.capacity_kva = "8000";
  f.available_kva = "2500";
  auto rs = state::apply(s, save);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].method, "POST");
  EXPECT_EQ(rs[0].path, "/capacity");
  EXPECT_EQ(rs[0].body, json::parse(R"({"area": "城关镇", "feeder": "10kV城关一线", "voltage_kv": 10.0, "capacity_kva": 8000.0, "available_kva": 2500.0})"));
  state::answer(s, rs[0], error(400, "可开放容量不能大于总容量", "available_kva"));
  EXPECT_EQ(s.staff.capacity.form.errors.at("available_kva"), "可开放容量不能大于总容量");  // beside its field
  rs = state::apply(s, save);
  auto next = state::answer(s, rs[0], state::reply(200, {{"created", true}}));
  EXPECT_FALSE(s.staff.capacity.show_form);
  EXPECT_NE(s.staff.capacity.notice.find("10kV城关一线"), std::string::npos);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].path, "/capacity/query");
}

}  // namespace
