// A manager's queue (rules M1, G6): the same urgency order as the command center's — overdue
// first, then warnings, then by deadline — whether SQLite reads it off the all-applications index
// or merges the per-manager indexes (migration 5), with filters and across pages.
#include <gtest/gtest.h>

#include <set>

#include "life_helpers.h"

using gp::life::json;
using gp::life::Lab;
using gp::life::Party;

namespace {

std::vector<std::string> numbers_of(const json& page) {
  std::vector<std::string> out;
  for (const auto& it : page.at("items")) out.push_back(it.at("number"));
  return out;
}

// The command center's queue (every open application) narrowed to one manager.
std::vector<std::string> managed_by(const json& page, const Party& m) {
  std::vector<std::string> out;
  for (const auto& it : page.at("items"))
    for (const char* role : {"customer_manager", "project_manager"})
      if (!it.at(role).is_null() && it.at(role).at("id") == m.id) out.push_back(it.at("number"));
  return out;
}

}  // namespace

TEST(QueueOrder, M1_ManagersSeeTheCommandCentersOrderForTheirOwn) {
  Lab lab;
  Party cc = lab.staff("command_center", "cc.order", "指挥中心");
  std::vector<Party> managers = {lab.staff("customer_manager", "cm.order1", "客户经理一"),
                                 lab.staff("customer_manager", "cm.order2", "客户经理二"),
                                 lab.staff("project_manager", "pm.order1", "项目经理一"),
                                 lab.staff("project_manager", "pm.order2", "项目经理二")};
  Party cust = lab.customer("排序客户");
  // Submitted over three working days (T1: 2 working days for LV residents), so that at the end
  // some are overdue, some warned and some fresh, with deadlines in between.
  const char* times[] = {"2026-11-02T09:00:00+08:00", "2026-11-02T15:00:00+08:00", "2026-11-03T10:00:00+08:00",
                         "2026-11-03T16:00:00+08:00", "2026-11-04T09:30:00+08:00", "2026-11-04T17:00:00+08:00",
                         "2026-11-05T08:00:00+08:00", "2026-11-05T11:00:00+08:00", "2026-11-05T14:00:00+08:00",
                         "2026-11-05T16:30:00+08:00"};
  for (const char* at : times) {
    lab.set_now(at);
    lab.create_app(cust, {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县排序路1号"}});
  }
  lab.set_now("2026-11-05T20:00:00+08:00");
  lab.sweep();

  const json all = lab.get_ok(cc, "/api/v1/applications?status=open&page_size=100");
  ASSERT_EQ(all.at("total"), 10);
  std::set<std::string> levels;
  for (const auto& it : all.at("items")) levels.insert(it.at("level").get<std::string>());
  ASSERT_EQ(levels, (std::set<std::string>{"normal", "warning", "overdue"})) << all.dump();

  for (Party& m : managers) {
    const json mine = lab.get_ok(m, "/api/v1/applications?status=open&page_size=100");
    const auto expected = managed_by(all, m);
    ASSERT_FALSE(expected.empty()) << m.login;
    EXPECT_EQ(numbers_of(mine), expected) << m.login;
    EXPECT_EQ(mine.at("total"), static_cast<int>(expected.size())) << m.login;
    // Page by page: the same sequence.
    std::vector<std::string> paged;
    for (int page = 1; page <= 5; ++page) {
      const json p = lab.get_ok(m, "/api/v1/applications?status=open&page_size=2&page=" + std::to_string(page));
      for (const auto& n : numbers_of(p)) paged.push_back(n);
    }
    EXPECT_EQ(paged, expected) << m.login;
    // Filtered by level and by a single open status: the same order, narrowed.
    for (const std::string q : {"level=overdue", "level=normal", "status=in_progress"}) {
      const json f = lab.get_ok(m, "/api/v1/applications?page_size=100&" + q + (q.rfind("status", 0) == 0 ? "" : "&status=open"));
      const json ref = lab.get_ok(cc, "/api/v1/applications?page_size=100&" + q + (q.rfind("status", 0) == 0 ? "" : "&status=open"));
      EXPECT_EQ(numbers_of(f), managed_by(ref, m)) << m.login << " " << q;
    }
  }
}
