// What makes the server hold at 100,000 applications (issue 6, docs/performance.md) must not
// change what it answers: each manager's open-application count kept by triggers (migration 4)
// always equals the count of the applications themselves, through creation, reassignment (rule
// G6) and withdrawal; and the least loaded manager still gets the next application.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "api_client.h"

using gp::apitest::Account;
using gp::apitest::Api;
using gp::apitest::Reply;
using gp::apitest::show;
using gp::test::ServerProcess;
using gp::test::TempDir;
using nlohmann::json;

namespace {

// Users whose kept count differs from the applications' own count ("" when none).
std::string load_mismatches(const std::filesystem::path& db_file) {
  SQLite::Database db(db_file.string(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db,
                      "SELECT u.id, COALESCE(l.open_cm, 0), COALESCE(l.open_pm, 0), "
                      " (SELECT COUNT(*) FROM applications a WHERE a.customer_manager_id = u.id AND a.status IN ('in_progress','waiting_customer')), "
                      " (SELECT COUNT(*) FROM applications a WHERE a.project_manager_id = u.id AND a.status IN ('in_progress','waiting_customer')) "
                      "FROM users u LEFT JOIN manager_load l ON l.user_id = u.id");
  std::string out;
  while (q.executeStep())
    if (q.getColumn(1).getInt64() != q.getColumn(3).getInt64() || q.getColumn(2).getInt64() != q.getColumn(4).getInt64())
      out += "user " + std::to_string(q.getColumn(0).getInt64()) + ": kept " + std::to_string(q.getColumn(1).getInt64()) + "/" +
             std::to_string(q.getColumn(2).getInt64()) + ", counted " + std::to_string(q.getColumn(3).getInt64()) + "/" +
             std::to_string(q.getColumn(4).getInt64()) + "; ";
  return out;
}

}  // namespace

TEST(Scale, G6_ManagerLoadFollowsEveryChangeAndPicksTheLeastLoaded) {
  TempDir dir("gp-scale-load-");
  const auto data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "load.admin", "admin", "Load-Admin-1");
  ServerProcess server({data, {}, {"--sla-period", "86400"}});
  Api api(server);
  gp::apitest::login(api, admin);
  Account cm1 = gp::apitest::create_staff(api, admin, "customer_manager", "load.cm1", "甲经理");
  Account cm2 = gp::apitest::create_staff(api, admin, "customer_manager", "load.cm2", "乙经理");
  Account pm1 = gp::apitest::create_staff(api, admin, "project_manager", "load.pm1", "甲项目");
  Account pm2 = gp::apitest::create_staff(api, admin, "project_manager", "load.pm2", "乙项目");
  Account cc = gp::apitest::create_staff(api, admin, "command_center", "load.cc", "指挥");
  Account cust = gp::apitest::register_customer(api, "负载客户");
  const auto db = data / "getpower.db";

  // Alternating: the least loaded (ties by id) gets each new one.
  std::vector<json> apps;
  for (int i = 0; i < 6; ++i) apps.push_back(gp::apitest::create_application(api, cust));
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(apps[static_cast<std::size_t>(i)]["customer_manager"].value("id", 0), i % 2 == 0 ? cm1.id : cm2.id) << i;
    EXPECT_EQ(apps[static_cast<std::size_t>(i)]["project_manager"].value("id", 0), i % 2 == 0 ? pm1.id : pm2.id) << i;
  }
  EXPECT_EQ(load_mismatches(db), "");

  // The command center moves two of cm2's applications to cm1 (and pm2's to pm1); one is withdrawn.
  for (int i : {1, 3}) {
    const std::string n = apps[static_cast<std::size_t>(i)].value("number", "");
    const Reply r = api.post("/api/v1/applications/" + n + "/actions",
                             {{"action", "assign_managers"},
                              {"fields", {{"customer_manager", std::to_string(cm1.id)}, {"project_manager", std::to_string(pm1.id)}}}},
                             cc);
    EXPECT_EQ(r.status, 200) << show(r);
  }
  const Reply w = api.post("/api/v1/applications/" + apps[0].value("number", "") + "/actions",
                           {{"action", "withdraw"}, {"fields", {{"reason", "计划调整"}}}}, cust);
  EXPECT_EQ(w.status, 200) << show(w);
  EXPECT_EQ(load_mismatches(db), "");
  // cm1 now has 3 open (2, 4 and the two moved, minus the withdrawn 0), cm2 one: cm2 is next.
  const json next = gp::apitest::create_application(api, cust);
  EXPECT_EQ(next["customer_manager"].value("id", 0), cm2.id);
  EXPECT_EQ(next["project_manager"].value("id", 0), pm2.id);
  EXPECT_EQ(load_mismatches(db), "");
  (void)server.stop();
  // The counts survive a restart and agree with a fresh count of the applications.
  EXPECT_EQ(load_mismatches(db), "");
}
