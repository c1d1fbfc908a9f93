// Crash recovery (issue 3): kill -9 the server in the middle of a stream of writes, restart it on
// the same data directory, and find that `verify` passes and every write acknowledged (2xx)
// before the kill is there, exactly once — new applications, actions (rule M5: every change is
// an event in the same transaction) and reservations (rule D4). Writes that were sent but not
// acknowledged may or may not be there; nothing else may be.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <thread>

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

// What the writers sent and what the server confirmed.
struct Ledger {
  std::mutex mu;
  std::vector<std::string> apps;                            // known application numbers
  std::set<std::string> acked_apps;
  std::map<std::string, std::set<std::string>> tried_notes;  // number -> notes sent
  std::map<std::string, std::set<std::string>> acked_notes;  // number -> notes confirmed
  std::set<std::string> acked_reservations;
  std::atomic<int> acks{0};
};

// All application numbers the admin sees (paged).
std::set<std::string> all_applications(const Api& api, const Account& admin) {
  std::set<std::string> out;
  for (int page = 1; page < 100; ++page) {
    const Reply r = api.get("/api/v1/applications?sort=newest&page_size=200&page=" + std::to_string(page), admin);
    EXPECT_EQ(r.status, 200) << show(r);
    if (r.status != 200 || r.body["items"].empty()) break;
    for (const auto& it : r.body["items"]) out.insert(it.value("number", ""));
  }
  return out;
}

}  // namespace

TEST(Crash, M5_Kill9DuringWritesLosesNothingAcknowledged) {
  TempDir dir("gp-crash-");
  const auto data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "crash.admin", "admin", "Crash-Admin-1");
  ServerProcess server({data, {}, {"--sla-period", "86400"}});
  Api api(server);
  gp::apitest::login(api, admin);
  Account cust = gp::apitest::register_customer(api, "韩冲击");

  Ledger ledger;
  for (int i = 0; i < 3; ++i) ledger.apps.push_back(gp::apitest::create_application(api, cust).value("number", ""));
  const unsigned seed = static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count());
  std::mt19937 rng(seed);
  SCOPED_TRACE("seed " + std::to_string(seed));

  for (int round = 0; round < 3; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    std::atomic<bool> stop{false};
    const int acks_before = ledger.acks;
    auto creator = [&] {  // new applications by the customer
      for (int i = 0; !stop; ++i) {
        const Reply r = api.post("/api/v1/applications", gp::apitest::lv_application("邾县韩村" + std::to_string(round) + "-" + std::to_string(i) + "号"), cust);
        if (r.status == 0) return;  // the server is gone
        ASSERT_EQ(r.status, 201) << show(r);
        std::lock_guard<std::mutex> lock(ledger.mu);
        ledger.apps.push_back(r.body.value("number", ""));
        ledger.acked_apps.insert(r.body.value("number", ""));
        ++ledger.acks;
      }
    };
    auto noter = [&](int who) {  // actions by the admin on any known application
      std::mt19937 pick(seed + static_cast<unsigned>(round * 10 + who));
      for (int i = 0; !stop; ++i) {
        std::string number;
        const std::string note = "r" + std::to_string(round) + "-w" + std::to_string(who) + "-n" + std::to_string(i);
        {
          std::lock_guard<std::mutex> lock(ledger.mu);
          number = ledger.apps[pick() % ledger.apps.size()];
          ledger.tried_notes[number].insert(note);
        }
        const Reply r = api.post("/api/v1/applications/" + number + "/actions", {{"action", "add_note"}, {"fields", {{"note", note}}}}, admin);
        if (r.status == 0) return;
        ASSERT_EQ(r.status, 200) << show(r);
        std::lock_guard<std::mutex> lock(ledger.mu);
        ledger.acked_notes[number].insert(note);
        ++ledger.acks;
      }
    };
    auto reserver = [&] {  // online reservations by the customer (rule D4)
      for (int i = 0; !stop; ++i) {
        const Reply r = api.post("/api/v1/reservations", {{"customer_type", "lv_residential"}, {"address", "邾县韩村预约" + std::to_string(i) + "号"}}, cust);
        if (r.status == 0) return;
        ASSERT_EQ(r.status, 201) << show(r);
        std::lock_guard<std::mutex> lock(ledger.mu);
        ledger.acked_reservations.insert(r.body.value("number", ""));
        ++ledger.acks;
      }
    };
    std::vector<std::thread> writers;
    writers.emplace_back(creator);
    writers.emplace_back(noter, 1);
    writers.emplace_back(noter, 2);
    writers.emplace_back(reserver);
    // Let the stream get going, then kill at a random moment.
    const auto start = std::chrono::steady_clock::now();
    while (ledger.acks < acks_before + 20 && std::chrono::steady_clock::now() - start < std::chrono::seconds(10))
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 400)(rng)));
    server.kill9();
    stop = true;
    for (auto& t : writers) t.join();
    ASSERT_GT(ledger.acks, acks_before + 20) << "the writers did not get going";

    // The crashed directory, before any restart: the integrity check and the hash chain hold.
    const auto v = gp::apitest::run_cli({"verify", "--data", data.string()}, "");
    EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
    EXPECT_NE(v.out.find("history intact"), std::string::npos) << v.out;

    server.restart();
    ASSERT_TRUE(api.healthy());
    // Sessions are in the database: the same tokens work after the crash.
    ASSERT_EQ(api.get("/api/v1/auth/me", admin).status, 200);

    const auto stored = all_applications(api, admin);
    for (const auto& n : ledger.acked_apps) EXPECT_TRUE(stored.count(n)) << "acknowledged application " << n << " was lost";
    // Every acknowledged action is there exactly once; nothing is there that was never sent.
    std::lock_guard<std::mutex> lock(ledger.mu);
    for (const auto& [number, tried] : ledger.tried_notes) {
      const Reply app = api.get("/api/v1/applications/" + number, admin);
      ASSERT_EQ(app.status, 200) << number << ": " << show(app);
      std::multiset<std::string> notes;
      for (const auto& e : app.body["events"])
        if (e["type"] == "add_note") notes.insert(e["data"].value("note", ""));
      for (const auto& n : ledger.acked_notes[number]) EXPECT_EQ(notes.count(n), 1u) << number << ": acknowledged note " << n;
      for (const auto& n : notes) EXPECT_TRUE(tried.count(n)) << number << ": a note never sent: " << n;
    }
    // (The reservation list shows at most 500; the database file is read directly instead.)
    std::set<std::string> reservations;
    {
      SQLite::Database db((data / "getpower.db").string(), SQLite::OPEN_READONLY, 5000);
      SQLite::Statement q(db, "SELECT number FROM reservations");
      while (q.executeStep()) reservations.insert(q.getColumn(0).getString());
    }
    for (const auto& n : ledger.acked_reservations) EXPECT_TRUE(reservations.count(n)) << "acknowledged reservation " << n << " was lost";
    for (const auto& n : ledger.acked_reservations)
      EXPECT_EQ(api.get("/api/v1/reservations/" + n, admin).status, 200) << n;
    // Numbers stay unique after recovery (the counters were recovered with the rows).
    ledger.apps.assign(stored.begin(), stored.end());
  }

  // Life goes on: a new write succeeds and the history is still whole after a graceful stop.
  EXPECT_EQ(api.post("/api/v1/applications", gp::apitest::lv_application("邾县韩村终了号"), cust).status, 201);
  EXPECT_EQ(server.stop(), 0) << server.stderr_text();
  const auto v = gp::apitest::run_cli({"verify", "--data", data.string()}, "");
  EXPECT_EQ(v.exit_code, 0) << v.out;
  EXPECT_NE(v.out.find("applications: " + std::to_string(ledger.apps.size() + 1) + " checked, 0 disagree"), std::string::npos)
      << v.out;
}
