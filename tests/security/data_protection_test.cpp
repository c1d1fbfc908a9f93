// Data protection (issue 15, hardening): GET never writes; uploads have a per-customer quota,
// replaced files are deleted when nothing references them, identical uploads at once all succeed;
// resident ID numbers are sealed at rest with a key outside the database and shown masked;
// consultations are seen only by the roles that answer them. Each test attacks the real server.
#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "api_client.h"
#include "life_helpers.h"

namespace {

namespace fs = std::filesystem;
using gp::life::Lab;
using gp::life::Party;
using nlohmann::json;

// Tables a read may legitimately touch: a session's idle timer is refreshed at most once a
// minute while it is used (AuthService::authenticate) — session bookkeeping, not data.
gp::apitest::Fingerprint without_bookkeeping(gp::apitest::Fingerprint f) {
  f.erase("sessions");
  return f;
}

std::int64_t count(const fs::path& db, const std::string& sql) { return gp::apitest::db_int(db, sql); }

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Files under <data>/blobs (the stored documents), temporary files included.
std::vector<fs::path> blob_files(const fs::path& data) {
  std::vector<fs::path> out;
  if (!fs::exists(data / "blobs")) return out;
  for (const auto& e : fs::recursive_directory_iterator(data / "blobs"))
    if (e.is_regular_file()) out.push_back(e.path());
  return out;
}

bool blob_exists(const fs::path& data, const std::string& sha) { return fs::exists(data / "blobs" / sha.substr(0, 2) / sha); }

std::string sha_of(const gp::life::Reply& r) { return r.body.value("sha256", ""); }

// --- GET never writes ---------------------------------------------------------------------------

TEST(DataProtection, EveryDocumentedGetLeavesTheDatabaseUnchangedForEveryRole) {
  auto& w = gp::apitest::world();
  const auto ops = gp::apitest::documented_operations();
  std::vector<std::pair<std::string, std::string>> callers = {{"anonymous", ""}};
  for (const auto* a : {&w.admin, &w.cc, &w.cm1, &w.cm2, &w.pm1, &w.pm2, &w.cust_a, &w.cust_b})
    callers.emplace_back(a->role + ":" + a->login, a->token);
  int gets = 0;
  for (const auto& [who, token] : callers) {
    const auto before = without_bookkeeping(gp::apitest::db_fingerprint(w.db_path()));
    for (const auto& op : ops) {
      if (op.method != "GET" || op.path == "/api/v1/notifications/stream") continue;  // the stream never ends
      const auto r = w.api.get(op.concrete, token);
      EXPECT_NE(r.status, 0) << who << " GET " << op.concrete;
      EXPECT_LT(r.status, 500) << who << " GET " << op.concrete << ": " << gp::apitest::show(r);
      ++gets;
    }
    const auto after = without_bookkeeping(gp::apitest::db_fingerprint(w.db_path()));
    EXPECT_EQ(before, after) << who << "'s GETs wrote: " << gp::apitest::fingerprint_diff(before, after);
  }
  EXPECT_GT(gets, 100) << "the walk covers the documented GET routes";
}

TEST(DataProtection, TheContractIsWrittenByTheStepNotByReadingIt) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.contract", "合同经理");
  Party pm = lab.staff("project_manager", "pm.contract", "方案工程师");  // an office has one; the steps need it
  Party cust = lab.customer("读合同");
  lab.set_now("2026-06-03T10:00:00+08:00");
  const json body = {{"business", "new_connection"}, {"customer_type", "lv_residential"},
                     {"address", "邾县幸福里8号"}, {"preferred_manager", cm.id}};
  const json created = lab.create_app(cust, body);
  ASSERT_TRUE(created.is_object() && created.contains("number")) << created.dump();
  const std::string number = created.at("number");
  const fs::path db = lab.data_dir() / "getpower.db";
  const std::string path = "/api/v1/applications/" + number + "/contract";

  // Not available yet: a clear 409, nothing written.
  auto early = lab.call(&cust, "GET", path);
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM contracts"), 0);

  lab.act_rendered(cm, number, "accept");
  json survey = json::object();
  const json view = lab.app(cm, number);
  if (const json* spec = gp::life::find_action(view, "site_survey"))
    for (const auto& f : spec->at("fields"))
      if (f.at("name") == "documents_collected") survey["documents_collected"] = true;
  lab.act_rendered(cm, number, "site_survey", survey);
  lab.act_rendered(cm, number, "complete_inspection");
  lab.act_rendered(cm, number, "install_meter");
  // The step that settled the terms wrote it (before anybody read it).
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM contracts"), 1);

  const auto before = without_bookkeeping(gp::apitest::db_fingerprint(db));
  const json k = lab.get_ok(cust, path);
  ASSERT_TRUE(k.is_object() && k.contains("sha256")) << k.dump();
  EXPECT_EQ(k.at("sha256").get<std::string>().size(), 64u);
  EXPECT_EQ(lab.get_ok(cm, path).at("sha256"), k.at("sha256"));
  EXPECT_EQ(lab.get_ok(cust, path).at("text"), k.at("text")) << "frozen";
  const auto after = without_bookkeeping(gp::apitest::db_fingerprint(db));
  EXPECT_EQ(before, after) << gp::apitest::fingerprint_diff(before, after);

  // Signing (a POST) still works on the contract written by the step.
  lab.post_ok(cust, path + "/sign", {{"sha256", k.at("sha256")}, {"method", "password"}, {"password", cust.password}});
}

TEST(DataProtection, CapacityQueriesAreLoggedByPostAndTheOldGetIsGone) {
  Lab lab;
  auto logged = [&] { return count(lab.data_dir() / "getpower.db", "SELECT COUNT(*) FROM capacity_queries"); };
  EXPECT_EQ(lab.call(nullptr, "GET", "/api/v1/capacity?area=x").status / 100, 4);
  EXPECT_EQ(logged(), 0) << "a GET never writes the query log";
  const json body = {{"area", "城关"}};
  auto r = lab.call(nullptr, "POST", "/api/v1/capacity/query", &body);
  EXPECT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(logged(), 1) << "rule R4: the query is logged";
}

// --- uploads ------------------------------------------------------------------------------------

TEST(DataProtection, UploadsOverTheCustomersQuotaAreRefusedAndStoreNothing) {
  Lab lab({"--upload-quota-mb", "1", "--files-per-application", "3"});
  Party cust = lab.customer("配额客户");
  lab.set_now("2026-06-03T10:00:00+08:00");
  const std::string a1 = lab.create_app(cust, gp::apitest::lv_application("邾县城关镇解放路1号")).at("number");
  const std::string a2 = lab.create_app(cust, gp::apitest::lv_application("邾县城关镇解放路2号")).at("number");
  const fs::path db = lab.data_dir() / "getpower.db";
  std::string big = gp::life::pdf_bytes("six hundred kilobytes");
  big.insert(big.size() / 2, std::string(600 * 1024, 'x'));
  ASSERT_EQ(lab.upload(cust, a1, "other", "a.pdf", big).status, 201);
  const auto files = blob_files(lab.data_dir());
  // The quota counts every application of the customer: the second big file, on another application, is over 1 MiB.
  std::string big2 = big;
  big2[10] = 'y';
  auto over = lab.upload(cust, a2, "other", "b.pdf", big2);
  EXPECT_EQ(over.status, 413) << over.raw;
  EXPECT_EQ(over.body["error"].value("code", ""), "quota_exceeded");
  EXPECT_EQ(over.body["error"].value("field", ""), "file");
  EXPECT_NE(over.body["error"].value("message_zh", "").find("MB"), std::string::npos);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents"), 1) << "nothing stored";
  EXPECT_EQ(blob_files(lab.data_dir()), files) << "no file written";

  // Files per application: the fourth is refused with a precise 409.
  for (int i = 0; i < 2; ++i) ASSERT_EQ(lab.upload(cust, a1, "other", "s.pdf", gp::life::pdf_bytes("small " + std::to_string(i))).status, 201);
  auto many = lab.upload(cust, a1, "other", "t.pdf", gp::life::pdf_bytes("one too many"));
  EXPECT_EQ(many.status, 409) << many.raw;
  EXPECT_EQ(many.body["error"].value("code", ""), "too_many_files");
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents"), 3);
  EXPECT_EQ(blob_files(lab.data_dir()).size(), 3u);
}

TEST(DataProtection, AReplacedDocumentsFileIsDeletedUnlessAnotherRowStillUsesIt) {
  Lab lab;
  Party cust = lab.customer("换证客户");
  lab.set_now("2026-06-03T10:00:00+08:00");
  const std::string number = lab.create_app(cust, gp::apitest::lv_application()).at("number");
  const fs::path db = lab.data_dir() / "getpower.db";
  auto first = lab.upload(cust, number, "identity_proof", "old.pdf", gp::life::pdf_bytes("old id card"));
  ASSERT_EQ(first.status, 201) << first.raw;
  auto second = lab.upload(cust, number, "identity_proof", "new.pdf", gp::life::pdf_bytes("new id card"));
  ASSERT_EQ(second.status, 201) << second.raw;
  EXPECT_FALSE(blob_exists(lab.data_dir(), sha_of(first))) << "the replaced file is gone from the data directory";
  EXPECT_TRUE(blob_exists(lab.data_dir(), sha_of(second)));
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents WHERE kind = 'identity_proof'"), 1);
  EXPECT_EQ(lab.call(&cust, "GET", first.body.at("url").get<std::string>()).status, 404);

  // Stored by content: the same bytes under another row survive the replacement of one of them.
  const std::string shared = gp::life::pdf_bytes("shared bytes");
  auto kept = lab.upload(cust, number, "other", "copy.pdf", shared);
  ASSERT_EQ(kept.status, 201);
  ASSERT_EQ(lab.upload(cust, number, "identity_proof", "same.pdf", shared).status, 201);
  ASSERT_EQ(lab.upload(cust, number, "identity_proof", "newer.pdf", gp::life::pdf_bytes("newer id card")).status, 201);
  EXPECT_FALSE(blob_exists(lab.data_dir(), sha_of(second)));
  EXPECT_TRUE(blob_exists(lab.data_dir(), sha_of(kept))) << "still referenced by the 'other' row";
  auto again = lab.call(&cust, "GET", kept.body.at("url").get<std::string>());
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.raw, shared);
}

TEST(DataProtection, EightIdenticalUploadsAtTheSameMomentAllSucceedIntoOneFile) {
  Lab lab;
  Party cust = lab.customer("并发上传");
  lab.set_now("2026-06-03T10:00:00+08:00");
  const std::string number = lab.create_app(cust, gp::apitest::lv_application()).at("number");
  std::string bytes = gp::life::pdf_bytes("eight at once");
  bytes.insert(bytes.size() / 2, std::string(2 * 1024 * 1024, 'z'));  // large enough that writes overlap
  const int port = lab.server().port();
  std::atomic<int> go{0}, created{0};
  std::vector<std::string> answers(8);
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&, i] {
      httplib::Client cli("127.0.0.1", port);
      cli.set_read_timeout(30, 0);
      httplib::MultipartFormDataItems items = {{"kind", "other", "", ""}, {"file", bytes, "same.pdf", "application/pdf"}};
      httplib::Headers h = {{"Authorization", "Bearer " + cust.token}};
      go.fetch_add(1);
      while (go.load() < 8) std::this_thread::yield();
      auto r = cli.Post(("/api/v1/applications/" + number + "/documents").c_str(), h, items);
      if (r && r->status == 201) created.fetch_add(1);
      answers[static_cast<std::size_t>(i)] = r ? std::to_string(r->status) + " " + r->body.substr(0, 200) : "no answer";
    });
  for (auto& t : threads) t.join();
  std::string all;
  for (const auto& a : answers) all += a + "\n";
  EXPECT_EQ(created.load(), 8) << all;
  const auto files = blob_files(lab.data_dir());
  EXPECT_EQ(files.size(), 1u) << "one stored file, no temporary left behind";
  EXPECT_EQ(count(lab.data_dir() / "getpower.db", "SELECT COUNT(*) FROM documents"), 8);
}

// --- resident ID numbers ------------------------------------------------------------------------

TEST(DataProtection, ResidentIdNumbersAreEncryptedAtRestMaskedAndUnreadableWithAnotherKey) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.idn", "受理员");
  lab.set_now("2026-06-03T10:00:00+08:00");
  const std::string online_id = gp::apitest::valid_id_number("19900307", "451");
  const std::string hall_id = gp::apitest::valid_id_number("19851111", "622");
  const std::string phone = lab.fresh_phone();
  const json reg = {{"phone", phone}, {"password", "Secret123"}, {"name", "身份证客户"}, {"id_number", online_id},
                    {"sms_code", gp::apitest::sms_code(lab.server(), phone)}};
  auto r = lab.call(nullptr, "POST", "/api/v1/auth/register", &reg);
  ASSERT_EQ(r.status, 201) << r.raw;
  const std::string token = r.body.value("token", "");
  json hall = gp::apitest::lv_application("邾县城关镇东街3号");
  hall["customer"] = {{"phone", lab.fresh_phone()}, {"name", "大厅客户"}, {"id_number", hall_id}};
  lab.create_app(cm, hall);

  // Masked in the API.
  auto me = lab.client()->Get("/api/v1/auth/me", {{"Authorization", "Bearer " + token}});
  ASSERT_TRUE(me && me->status == 200);
  const json mj = json::parse(me->body).at("user");
  EXPECT_EQ(mj.dump().find(online_id), std::string::npos);
  EXPECT_EQ(mj.value("id_number_masked", ""), online_id.substr(0, 3) + std::string(11, '*') + online_id.substr(14));

  // Not in the database file (nor its log), not in any column of any table.
  lab.server().stop();
  const fs::path data = lab.data_dir();
  const std::string bytes = read_file(data / "getpower.db") + read_file(data / "getpower.db-wal");
  for (const auto& id : {online_id, hall_id}) EXPECT_EQ(bytes.find(id), std::string::npos) << "plaintext " << id << " in the file";
  {
    SQLite::Database db((data / "getpower.db").string(), SQLite::OPEN_READONLY);
    SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    int sealed = 0;
    while (tables.executeStep()) {
      const std::string t = tables.getColumn(0).getString();
      SQLite::Statement rows(db, "SELECT * FROM \"" + t + "\"");
      while (rows.executeStep())
        for (int i = 0; i < rows.getColumnCount(); ++i) {
          const std::string v = rows.getColumn(i).isNull() ? "" : rows.getColumn(i).getString();
          EXPECT_EQ(v.find(online_id.substr(6, 8)), std::string::npos) << t << " holds the birth date of the ID number";
          sealed += v.rfind("v1:", 0) == 0;
        }
    }
    EXPECT_GE(sealed, 2) << "both numbers stored sealed";
  }
  struct stat st {};
  ASSERT_EQ(::stat((data / "id.key").c_str(), &st), 0) << "the key file was created beside the database";
  EXPECT_EQ(st.st_mode & 0777, 0600u);

  // Another key: the server refuses to start with a clear message instead of reading garbage.
  gp::test::TempDir other;
  const auto other_key = other.write("other.key", std::string(64, 'a') + "\n");
  fs::permissions(other_key, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
  auto wrong = gp::test::run_server_command({"serve", "--data", data.string(), "--port", "0", "--id-key-file", other_key.string()});
  EXPECT_NE(wrong.exit_code, 0);
  EXPECT_NE(wrong.err.find("not the key"), std::string::npos) << wrong.err;
  // A key file others may read is refused too.
  fs::permissions(other_key, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
  auto loose = gp::test::run_server_command({"serve", "--data", data.string(), "--port", "0", "--id-key-file", other_key.string()});
  EXPECT_NE(loose.exit_code, 0);
  EXPECT_NE(loose.err.find("chmod 600"), std::string::npos) << loose.err;

  // The right key again: the number is read back (shown masked) and verify still passes.
  lab.crash_and_restart();  // already stopped: a plain start, with a client for the new port
  Party again;
  again.role = "customer";
  again.login = reg.at("phone");
  again.password = "Secret123";
  lab.login(again);
  EXPECT_EQ(lab.get_ok(again, "/api/v1/auth/me").at("user").value("id_number_masked", ""), mj.value("id_number_masked", "x"));
  lab.server().stop();
  auto verify = gp::test::run_server_command({"verify", "--data", data.string()});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
}

TEST(DataProtection, PlaintextIdNumbersOfAnOlderDatabaseAreSealedAtStart) {
  Lab lab;
  Party cust = lab.customer("老数据客户");
  lab.set_now("2026-06-03T10:00:00+08:00");
  const fs::path data = lab.data_dir();
  lab.server().stop();
  // As a database from before migration 9 held it: the number in plaintext.
  const std::string id = gp::apitest::valid_id_number("19700101", "333");
  {
    SQLite::Database db((data / "getpower.db").string(), SQLite::OPEN_READWRITE);
    SQLite::Statement u(db, "UPDATE users SET id_number = ? WHERE id = ?");
    u.bind(1, id);
    u.bind(2, cust.id);
    ASSERT_EQ(u.exec(), 1);
  }
  lab.crash_and_restart();  // already stopped: a plain start, with a client for the new port
  lab.login(cust);
  EXPECT_EQ(lab.get_ok(cust, "/api/v1/auth/me").at("user").value("id_number_masked", ""), id.substr(0, 3) + std::string(11, '*') + id.substr(14));
  lab.server().stop();
  EXPECT_EQ(count(data / "getpower.db", "SELECT COUNT(*) FROM users WHERE id_number IS NOT NULL AND id_number NOT LIKE 'v1:%'"), 0);
  const std::string bytes = read_file(data / "getpower.db") + read_file(data / "getpower.db-wal");
  EXPECT_EQ(bytes.find(id), std::string::npos) << "the plaintext was overwritten, not left in free pages";
  lab.crash_and_restart();  // a second start changes nothing (idempotent) and serves
  lab.login(cust);
  EXPECT_EQ(lab.get_ok(cust, "/api/v1/auth/me").at("user").value("id_number_masked", ""), id.substr(0, 3) + std::string(11, '*') + id.substr(14));
}

// --- consultations ------------------------------------------------------------------------------

TEST(DataProtection, ConsultationsAreSeenOnlyByTheRolesThatAnswerThem) {
  Lab lab;
  Party cm = lab.staff("customer_manager", "cm.nosy", "客户经理");
  Party pm = lab.staff("project_manager", "pm.plans", "方案工程师");
  Party cc = lab.staff("command_center", "cc.watch", "指挥中心");
  Party firm = lab.customer("咨询企业");
  Party other = lab.customer("别家企业");
  lab.set_now("2026-06-03T10:00:00+08:00");
  const json body = {{"company", "邾县精工机械有限公司"}, {"credit_code", "91350100M000100Y43"}, {"capacity_kw", 630},
                     {"voltage_kv", 10}, {"address", "邾县经开区纬二路6号"}};
  const std::int64_t id = lab.post_ok(firm, "/api/v1/consultations", body, 201).at("id");
  const std::string one = "/api/v1/consultations/" + std::to_string(id);

  for (Party* p : {&cm, &lab.admin()}) {
    EXPECT_EQ(lab.get(*p, "/api/v1/consultations").status, 403) << p->role;
    EXPECT_EQ(lab.get(*p, one).status, 403) << p->role;
    EXPECT_EQ(lab.post(*p, one + "/reply", {{"opinion", "越权答复"}}).status, 403) << p->role;
  }
  for (Party* p : {&pm, &cc}) {
    EXPECT_EQ(lab.get_ok(*p, "/api/v1/consultations").at("total"), 1) << p->role;
    EXPECT_EQ(lab.get_ok(*p, one).at("company"), "邾县精工机械有限公司") << p->role;
  }
  EXPECT_EQ(lab.get_ok(firm, one).at("id"), id);
  EXPECT_EQ(lab.get(other, one).status, 404);
  EXPECT_EQ(lab.get_ok(other, "/api/v1/consultations").at("total"), 0);
  EXPECT_EQ(lab.post(pm, one + "/reply", {{"opinion", "建议10千伏T接。"}}).status, 200);
}

}  // namespace
