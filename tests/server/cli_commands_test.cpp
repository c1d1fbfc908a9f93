// The maintenance commands (issue 3): `adduser` (password on stdin; bad input exits 2 with a
// message), `verify` (exit 0 "history intact"; a tampered, deleted or forged event, or a derived
// column that disagrees with the events, exits 1 and names it — rule M5), and `backup` (a
// consistent copy of a live database under write load; an existing target exits 2).
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <atomic>
#include <fstream>
#include <thread>

#include "api_client.h"

using gp::apitest::Account;
using gp::apitest::Api;
using gp::apitest::db_int;
using gp::apitest::Reply;
using gp::apitest::run_cli;
using gp::apitest::show;
using gp::test::ServerConfig;
using gp::test::ServerProcess;
using gp::test::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

gp::test::CommandResult verify(const fs::path& data) { return run_cli({"verify", "--data", data.string()}, ""); }

// A data directory with history: an admin, a customer, two applications and some actions.
struct Populated {
  TempDir dir{"gp-cli-"};
  fs::path data = dir.path() / "data";
  std::vector<std::string> numbers;

  Populated() {
    Account admin = gp::apitest::adduser(data, "cli.admin", "admin", "Cli-Admin-123");
    ServerProcess server({data});
    Api api(server);
    gp::apitest::login(api, admin);
    Account cust = gp::apitest::register_customer(api, "陈小春");
    for (int i = 0; i < 2; ++i) {
      const json app = gp::apitest::create_application(api, cust, gp::apitest::lv_application("邾县陈村" + std::to_string(i) + "号"));
      numbers.push_back(app.value("number", ""));
      for (int n = 0; n < 3; ++n)
        EXPECT_EQ(api.post("/api/v1/applications/" + numbers.back() + "/actions",
                           {{"action", "add_note"}, {"fields", {{"note", "note " + std::to_string(n)}}}}, admin)
                      .status,
                  200);
    }
    EXPECT_EQ(server.stop(), 0);
  }
  fs::path db() const { return data / "getpower.db"; }
  // A copy of the data directory to tamper with.
  fs::path copy(const std::string& name) const {
    const fs::path to = dir.path() / name;
    fs::create_directories(to);
    for (const auto& e : fs::directory_iterator(data))
      if (e.path().filename().string().rfind("getpower.db", 0) == 0) fs::copy_file(e.path(), to / e.path().filename());
    return to;
  }
};

void exec(const fs::path& db, const std::string& sql) {
  SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
  d.exec(sql);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
TEST(CliAdduser, CreatesAStaffAccountThatLogsIn_PasswordFromStdin) {
  TempDir dir;
  const fs::path data = dir.path() / "fresh" / "data";  // created on demand
  const auto r = run_cli({"adduser", "--data", data.string(), "--username", "cm.first", "--role", "customer_manager"},
                         "First-Pass-42\r\n");  // a CRLF line from a Windows clipboard still works
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("added cm.first (customer_manager)"), std::string::npos) << r.out;
  EXPECT_EQ((r.out + r.err).find("First-Pass-42"), std::string::npos) << "the password is echoed";
  EXPECT_EQ(db_int(data / "getpower.db", "SELECT COUNT(*) FROM users WHERE username = 'cm.first' AND role = 'customer_manager'"), 1);
  const auto named = run_cli({"adduser", "--data", data.string(), "--username", "cc.wang", "--role", "command_center", "--name",
                              "王指挥", "--phone", "137 1111 2222"},
                             "Second-Pass-42\n");
  ASSERT_EQ(named.exit_code, 0) << named.err;

  ServerProcess server({data});
  Api api(server);
  Account cm{"customer_manager", "cm.first", "First-Pass-42", "", 0, ""};
  gp::apitest::login(api, cm);
  EXPECT_EQ(cm.role, "customer_manager");
  const Reply me = api.get("/api/v1/auth/me", cm);
  EXPECT_EQ(me.body["user"].value("name", ""), "cm.first") << "the name defaults to the username: " << show(me);
  Account cc{"command_center", "cc.wang", "Second-Pass-42", "", 0, ""};
  gp::apitest::login(api, cc);
  const Reply me2 = api.get("/api/v1/auth/me", cc);
  EXPECT_EQ(me2.body["user"].value("name", ""), "王指挥");
  EXPECT_EQ(me2.body["user"].value("work_phone", ""), "13711112222");
  // The hash at rest is argon2id.
  EXPECT_EQ(db_int(data / "getpower.db", "SELECT COUNT(*) FROM users WHERE password_hash LIKE '$argon2id$%'"), 2);
}

struct BadAdduser {
  std::string what;
  std::vector<std::string> flags;  // after --data DIR
  std::string input;
  std::string mentions;
};

TEST(CliAdduser, BadInputExitsTwoWithAMessageAndCreatesNothing) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  const std::vector<BadAdduser> cases = {
      {"customer role", {"--username", "cm.x", "--role", "customer"}, "Passw0rd-x\n", "role"},
      {"unknown role", {"--username", "cm.x", "--role", "root"}, "Passw0rd-x\n", "role"},
      {"system role", {"--username", "cm.x", "--role", "system"}, "Passw0rd-x\n", "role"},
      {"short username", {"--username", "ab", "--role", "admin"}, "Passw0rd-x\n", "username"},
      {"capitals", {"--username", "Admin", "--role", "admin"}, "Passw0rd-x\n", "username"},
      {"path", {"--username", "../../etc", "--role", "admin"}, "Passw0rd-x\n", "username"},
      {"SQL", {"--username", "x'; DROP TABLE users; --", "--role", "admin"}, "Passw0rd-x\n", "username"},
      {"long username", {"--username", std::string(33, 'a'), "--role", "admin"}, "Passw0rd-x\n", "username"},
      {"weak password", {"--username", "cm.x", "--role", "admin"}, "short1\n", "password"},
      {"no digit", {"--username", "cm.x", "--role", "admin"}, "abcdefghijk\n", "password"},
      {"empty line", {"--username", "cm.x", "--role", "admin"}, "\n", "password"},
      {"no input at all", {"--username", "cm.x", "--role", "admin"}, "", "password"},
      {"bad name", {"--username", "cm.x", "--role", "admin", "--name", "<script>"}, "Passw0rd-x\n", "name"},
      {"bad phone", {"--username", "cm.x", "--role", "admin", "--phone", "12345"}, "Passw0rd-x\n", "phone"},
      {"no role", {"--username", "cm.x"}, "Passw0rd-x\n", "--role"},
      {"no username", {"--role", "admin"}, "Passw0rd-x\n", "--username"},
      {"unknown flag", {"--username", "cm.x", "--role", "admin", "--superuser"}, "Passw0rd-x\n", "--superuser"},
      {"password as a flag", {"--username", "cm.x", "--role", "admin", "--password", "Passw0rd-x"}, "", "--password"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args = {"adduser", "--data", data.string()};
    args.insert(args.end(), c.flags.begin(), c.flags.end());
    const auto r = run_cli(args, c.input);
    EXPECT_EQ(r.exit_code, 2) << c.what << ": " << r.out << r.err;
    EXPECT_NE(r.err.find(c.mentions), std::string::npos) << c.what << ": " << r.err;
    EXPECT_TRUE(r.out.empty()) << c.what << ": " << r.out;
    EXPECT_EQ(r.err.find("Passw0rd-x"), std::string::npos) << c.what << ": the password is echoed";
  }
  if (fs::exists(data / "getpower.db")) EXPECT_EQ(db_int(data / "getpower.db", "SELECT COUNT(*) FROM users"), 0);
}

TEST(CliAdduser, WorksBesideARunningServer_DuplicateExitsTwo) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  ServerProcess server({data});  // running first: adduser writes to the live database (WAL)
  Api api(server);
  Account pm = gp::apitest::adduser(data, "pm.live", "project_manager", "Live-Pass-42");
  gp::apitest::login(api, pm);  // the running server sees the new account at once
  EXPECT_EQ(pm.role, "project_manager");

  const auto dup = run_cli({"adduser", "--data", data.string(), "--username", "pm.live", "--role", "admin"}, "Other-Pass-42\n");
  EXPECT_EQ(dup.exit_code, 2) << dup.out << dup.err;
  EXPECT_NE(dup.err.find("username"), std::string::npos) << dup.err;
  EXPECT_EQ(db_int(data / "getpower.db", "SELECT COUNT(*) FROM users"), 1);
  // The first account is untouched: its password still works, the other one does not.
  EXPECT_EQ(api.post("/api/v1/auth/login", {{"login", "pm.live"}, {"password", "Other-Pass-42"}}).status, 401);
  gp::apitest::login(api, pm);
  EXPECT_EQ(pm.role, "project_manager");
}

// ---------------------------------------------------------------------------------------------
TEST(CliVerify, M5_HealthyHistoryIsIntact) {
  Populated p;
  const auto events = db_int(p.db(), "SELECT COUNT(*) FROM events");
  EXPECT_GE(events, 8);  // two submissions and six notes
  const auto r = verify(p.data);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("history intact"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("integrity_check: ok"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("event chain: " + std::to_string(events) + " events, intact"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("applications: 2 checked, 0 disagree"), std::string::npos) << r.out;

  // Also beside the running server.
  ServerProcess server({p.data});
  const auto live = verify(p.data);
  EXPECT_EQ(live.exit_code, 0) << live.out;
  EXPECT_NE(live.out.find("history intact"), std::string::npos);
}

TEST(CliVerify, M5_EventsCannotBeChangedInPlace) {
  Populated p;
  // The database itself refuses: events are append-only (triggers).
  SQLite::Database d(p.db().string(), SQLite::OPEN_READWRITE);
  EXPECT_THROW(d.exec("UPDATE events SET data = '{}' WHERE id = 2"), SQLite::Exception);
  EXPECT_THROW(d.exec("DELETE FROM events WHERE id = 2"), SQLite::Exception);
}

TEST(CliVerify, M5_ATamperedEventIsNamed) {
  Populated p;
  const fs::path dir = p.copy("tampered");
  exec(dir / "getpower.db",
       "DROP TRIGGER events_no_update; UPDATE events SET data = json_set(data, '$.note', 'forged') WHERE id = 4;");
  const auto r = verify(dir);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("BROKEN at event 4"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("HISTORY NOT INTACT"), std::string::npos) << r.out;
  // The original is untouched and still intact.
  EXPECT_EQ(verify(p.data).exit_code, 0);
}

TEST(CliVerify, M5_ChangedWhoOrWhenIsNamed) {
  Populated p;
  for (const auto& [name, sql] : std::vector<std::pair<std::string, std::string>>{
           {"actor", "UPDATE events SET actor_id = 999 WHERE id = 5"},
           {"time", "UPDATE events SET at = at - 86400 WHERE id = 5"},
           {"role", "UPDATE events SET role = CASE role WHEN 'admin' THEN 'customer' ELSE 'admin' END WHERE id = 5"},
           {"type", "UPDATE events SET type = 'energize' WHERE id = 5"}}) {
    const fs::path dir = p.copy("changed-" + name);
    exec(dir / "getpower.db", "DROP TRIGGER events_no_update; " + sql);
    const auto r = verify(dir);
    EXPECT_EQ(r.exit_code, 1) << name << ": " << r.out;
    EXPECT_NE(r.out.find("BROKEN at event 5"), std::string::npos) << name << ": " << r.out;
  }
}

TEST(CliVerify, M5_ADeletedOrForgedEventBreaksTheChain) {
  Populated p;
  const fs::path del = p.copy("deleted");
  exec(del / "getpower.db", "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id = 3;");
  const auto r = verify(del);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("BROKEN at event 4"), std::string::npos) << "the event after the gap is named: " << r.out;

  // A forged event appended with a made-up hash.
  const fs::path forged = p.copy("forged");
  exec(forged / "getpower.db",
       "INSERT INTO events(application_id, reservation_id, at, type, actor_id, role, channel, data, prev_hash, hash) "
       "SELECT application_id, NULL, at + 60, 'energize', actor_id, 'admin', 'online', '{}', hash, "
       "'0000000000000000000000000000000000000000000000000000000000000001' FROM events ORDER BY id DESC LIMIT 1;");
  const auto last = db_int(forged / "getpower.db", "SELECT MAX(id) FROM events");
  const auto f = verify(forged);
  EXPECT_EQ(f.exit_code, 1) << f.out;
  EXPECT_NE(f.out.find("BROKEN at event " + std::to_string(last)), std::string::npos) << f.out;
}

TEST(CliVerify, M5_DerivedStateThatDisagreesWithTheEventsIsNamed) {
  Populated p;
  const fs::path dir = p.copy("derived");
  exec(dir / "getpower.db", "UPDATE applications SET status = 'completed', stage = 'done' WHERE number = '" + p.numbers[1] + "'");
  const auto r = verify(dir);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find(p.numbers[1]), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(p.numbers[0]), std::string::npos) << "only the altered application is named: " << r.out;
  EXPECT_NE(r.out.find("1 disagree"), std::string::npos) << r.out;
}

TEST(CliVerify, NoDatabaseExitsTwo) {
  TempDir dir;
  const auto r = verify(dir.path() / "nothing-here");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE((r.out + r.err).find("no database"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.path() / "nothing-here" / "getpower.db")) << "verify must not create a database";
  EXPECT_EQ(run_cli({"verify"}, "").exit_code, 2);
}

// ---------------------------------------------------------------------------------------------
TEST(CliBackup, ConsistentCopyOfALiveDatabaseUnderWriteLoad) {
  TempDir dir;
  const fs::path data = dir.path() / "data";
  Account admin = gp::apitest::adduser(data, "bk.admin", "admin", "Backup-Admin-1");
  ServerProcess server({data});
  Api api(server);
  gp::apitest::login(api, admin);
  Account cust = gp::apitest::register_customer(api, "林备份");
  const std::string number = gp::apitest::create_application(api, cust).value("number", "");
  ASSERT_FALSE(number.empty());

  std::atomic<bool> stop{false};
  std::atomic<int> written{0}, failed{0};
  std::thread writer([&] {
    for (int i = 0; !stop; ++i) {
      const Reply r = api.post("/api/v1/applications/" + number + "/actions",
                               {{"action", "add_note"}, {"fields", {{"note", "load " + std::to_string(i)}}}}, admin);
      (r.status == 200 ? written : failed)++;
      if (i % 10 == 9) {  // and new applications now and then (more tables in play)
        const Reply a = api.post("/api/v1/applications", gp::apitest::lv_application("邾县林村" + std::to_string(i) + "号"), cust);
        (a.status == 201 ? written : failed)++;
      }
    }
  });
  while (written < 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  std::vector<fs::path> copies;
  for (int k = 0; k < 3; ++k) {
    const fs::path to = dir.path() / ("copy-" + std::to_string(k) + ".db");
    const auto r = run_cli({"backup", "--data", data.string(), "--to", to.string()}, "");
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("integrity_check: ok"), std::string::npos) << r.out;
    copies.push_back(to);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  stop = true;
  writer.join();
  EXPECT_EQ(failed, 0);
  EXPECT_GT(written, 20);

  std::int64_t previous = 0;
  for (const auto& c : copies) {
    ASSERT_TRUE(fs::exists(c));
    // Opens on its own, passes the integrity check, and holds a whole history: put into a data
    // directory of its own, `verify` finds the chain intact and every application agreeing.
    EXPECT_EQ(db_int(c, "SELECT COUNT(*) FROM users"), 2);
    const auto events = db_int(c, "SELECT COUNT(*) FROM events");
    EXPECT_GE(events, previous) << "copies taken later hold at least as much";
    previous = events;
    SQLite::Database copy(c.string(), SQLite::OPEN_READONLY);
    SQLite::Statement q(copy, "PRAGMA integrity_check");
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getString(), "ok");
    const fs::path restored = dir.path() / ("restored-" + c.stem().string());
    fs::create_directories(restored);
    fs::copy_file(c, restored / "getpower.db");
    const auto v = verify(restored);
    EXPECT_EQ(v.exit_code, 0) << c << ": " << v.out;
  }
  // The live history grew past the last copy (the copies are snapshots, not stalls).
  EXPECT_GT(db_int(data / "getpower.db", "SELECT COUNT(*) FROM events"), 0);
  EXPECT_EQ(verify(data).exit_code, 0);
}

TEST(CliBackup, AnExistingTargetOrNoDatabaseExitsTwo) {
  Populated p;
  const fs::path target = p.dir.path() / "already-there.db";
  { std::ofstream(target) << "precious"; }
  const auto r = run_cli({"backup", "--data", p.data.string(), "--to", target.string()}, "");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("exists"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(target), "precious") << "an existing file must never be overwritten";
  // The database itself is no target either.
  EXPECT_EQ(run_cli({"backup", "--data", p.data.string(), "--to", p.db().string()}, "").exit_code, 2);

  TempDir empty;
  const auto none = run_cli({"backup", "--data", (empty.path() / "no-data").string(), "--to", (empty.path() / "x.db").string()}, "");
  EXPECT_EQ(none.exit_code, 2) << none.err;
  EXPECT_FALSE(fs::exists(empty.path() / "x.db"));
  EXPECT_EQ(run_cli({"backup", "--data", p.data.string()}, "").exit_code, 2) << "--to is required";
  // A target in a directory that does not exist is a runtime failure (1), with a message.
  const auto nodir = run_cli({"backup", "--data", p.data.string(), "--to", (empty.path() / "no" / "dir" / "x.db").string()}, "");
  EXPECT_EQ(nodir.exit_code, 1) << nodir.out << nodir.err;
  EXPECT_FALSE(nodir.err.empty());
}
