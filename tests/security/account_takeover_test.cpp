// Issue 15, hole 1: account takeover of hall customers. Each test replays an attack against the
// real server on loopback and asserts the defence: a phone number is proven by an SMS code before
// it is trusted, a hall application is linked to an online account only with the receipt's claim
// code (or the account owner's accept, or a resident ID checked by staff), and nothing tells
// whether a number has an account. Also the SMS part itself: codes expire, have few tries, are
// throttled and stored hashed; the outbox delivers through a gateway that was down, exactly once,
// signed, and across a restart.
#include <gtest/gtest.h>
#include <sodium.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <mutex>
#include <thread>

#include "api_client.h"
#include "life_helpers.h"

namespace {

using gp::life::Lab;
using gp::life::Party;
using gp::life::Reply;
using nlohmann::json;

json hall_body(const std::string& phone, const std::string& name, const std::string& id_number = "") {
  json customer = {{"phone", phone}, {"name", name}};
  if (!id_number.empty()) customer["id_number"] = id_number;
  return {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县城关镇解放路12号"}, {"customer", customer}};
}

Reply anon(Lab& lab, const std::string& path, const json& body) { return lab.call(nullptr, "POST", path, &body); }

std::filesystem::path db_file(Lab& lab) { return lab.data_dir() / "getpower.db"; }

// The first version of a staff member's day at the hall: a customer manager and the time set.
struct Hall {
  Lab lab;
  Party cm;
  explicit Hall(std::vector<std::string> extra = {}) : lab(std::move(extra)) {
    lab.set_now("2026-09-28T10:00:00+08:00");
    cm = lab.staff("customer_manager", "cm.hall", "王经理");
  }
};

std::vector<std::string> numbers_of(Lab& lab, Party& p) {
  std::vector<std::string> out;
  const json list = lab.get_ok(p, "/api/v1/applications");
  for (const auto& it : list.at("items")) out.push_back(it.at("number"));
  return out;
}

}  // namespace

// The attack: staff take an application for 13x; anyone who then registers 13x owned the
// passwordless account and saw the address, the ID document, could withdraw. Now registering
// (even by the number's true holder, with the SMS code) hands over nothing without the claim code.
TEST(AccountTakeover, RegisteringAHallCustomersNumberDoesNotOpenTheHallApplication) {
  Hall h;
  const std::string phone = h.lab.fresh_phone();
  json app = h.lab.create_app(h.cm, hall_body(phone, "赵大爷"));
  const std::string number = app.at("number");
  ASSERT_TRUE(app.contains("claim")) << "staff get a claim code for the receipt";
  EXPECT_EQ(app.at("claim").at("code").get<std::string>().size(), 9u);  // XXXX-XXXX

  Party attacker = h.lab.customer("冒名者", phone);
  EXPECT_TRUE(numbers_of(h.lab, attacker).empty());
  EXPECT_EQ(h.lab.get(attacker, "/api/v1/applications/" + number).status, 404);
  EXPECT_EQ(h.lab.post(attacker, "/api/v1/applications/" + number + "/actions", {{"action", "withdraw"}, {"fields", {{"reason", "x"}}}}).status,
            404);
  // The hall record has no number of its own and no password: nothing to log in to or take over.
  EXPECT_EQ(gp::apitest::db_int(db_file(h.lab), "SELECT COUNT(*) FROM users WHERE role = 'customer' AND password_hash = '' AND phone IS NOT NULL"), 0);

  // With the receipt's code (and an SMS code to that number) the holder gets it.
  ASSERT_EQ(h.lab.claim(attacker, app.at("claim").at("code")).status, 200);
  EXPECT_EQ(numbers_of(h.lab, attacker), std::vector<std::string>{number});
  // The claim is an event of the application (hash-chained, rule M5), without the code.
  const json claimed = h.lab.get_ok(attacker, "/api/v1/applications/" + number);
  bool recorded = false;
  for (const auto& e : claimed.at("events"))
    if (e.at("type") == "claimed_online") recorded = e.at("data").value("how", "") == "claim_code";
  EXPECT_TRUE(recorded) << claimed.at("events").dump();
  EXPECT_EQ(claimed.at("events").dump().find(app.at("claim").at("code").get<std::string>()), std::string::npos);
}

// The reverse: register a stranger's number first, and every hall application later taken for it
// (under another person's name) landed in the squatter's account.
TEST(AccountTakeover, AnAccountRegisteredFirstDoesNotCaptureLaterHallApplications) {
  Hall h;
  const std::string phone = h.lab.fresh_phone();
  Party squatter = h.lab.customer("占号者", phone);
  json app = h.lab.create_app(h.cm, hall_body(phone, "真客户"));
  const std::string number = app.at("number");
  EXPECT_TRUE(numbers_of(h.lab, squatter).empty()) << "attached without the account owner's confirmation";
  EXPECT_EQ(h.lab.get(squatter, "/api/v1/applications/" + number).status, 404);
  ASSERT_TRUE(app.contains("claim"));
  EXPECT_EQ(app.at("claim").at("pending_owner_confirmation"), true);
  // The name staff typed is recorded, not ignored.
  bool named = false;
  for (const auto& e : app.at("events"))
    if (e.at("type") == "submitted") named = e.at("data").value("customer_name_at_hall", "") == "真客户";
  EXPECT_TRUE(named) << "the name typed at the hall is not on the application";
  // The owner is asked: the pending list shows the number and the typed name, not the address.
  json pending = h.lab.get_ok(squatter, "/api/v1/applications/pending").at("pending");
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].at("number"), number);
  EXPECT_EQ(pending[0].at("name_at_hall"), "真客户");
  EXPECT_EQ(pending[0].dump().find("解放路"), std::string::npos);
  // Only the owner may accept; once accepted it is theirs.
  Party other = h.lab.customer("旁人");
  EXPECT_EQ(h.lab.post(other, "/api/v1/applications/pending/" + number + "/accept", json::object()).status, 404);
  ASSERT_EQ(h.lab.post(squatter, "/api/v1/applications/pending/" + number + "/accept", json::object()).status, 200);
  EXPECT_EQ(numbers_of(h.lab, squatter), std::vector<std::string>{number});
  const json accepted = h.lab.get_ok(squatter, "/api/v1/applications/" + number);  // kept: the loop reads into it
  bool recorded = false;
  for (const auto& e : accepted.at("events"))
    if (e.at("type") == "claimed_online") recorded = e.at("data").value("how", "") == "owner_accepted";
  EXPECT_TRUE(recorded) << "the acceptance is an event of the application: " << accepted.at("events").dump();
  EXPECT_EQ(h.lab.post(squatter, "/api/v1/applications/pending/" + number + "/accept", json::object()).status, 404);
}

TEST(AccountTakeover, StaffWhoCheckedTheResidentIdAttachAtOnceAnyOtherIdDoesNot) {
  Hall h;
  const std::string phone = h.lab.fresh_phone();
  const std::string id = gp::apitest::valid_id_number("19800101", "123");
  Party owner = h.lab.customer("李四", phone);
  // The owner's ID on the account (registered with it).
  const std::string phone2 = h.lab.fresh_phone();
  const std::string code = gp::apitest::sms_code(h.lab.server(), phone2);
  Reply reg = anon(h.lab, "/api/v1/auth/register",
                   {{"phone", phone2}, {"password", "Secret123"}, {"name", "张三"}, {"id_number", id}, {"sms_code", code}});
  ASSERT_EQ(reg.status, 201) << reg.raw;
  Party with_id{"customer", phone2, "Secret123", "张三", phone2, reg.body.at("user").at("id").get<std::int64_t>(),
                reg.body.at("token").get<std::string>()};
  json matched = h.lab.create_app(h.cm, hall_body(phone2, "张三", id));
  EXPECT_FALSE(matched.contains("claim"));
  EXPECT_EQ(numbers_of(h.lab, with_id), std::vector<std::string>{matched.at("number").get<std::string>()});
  json unmatched = h.lab.create_app(h.cm, hall_body(phone, "李四", id));  // not the ID on the account (none)
  EXPECT_TRUE(unmatched.contains("claim"));
  EXPECT_TRUE(numbers_of(h.lab, owner).empty());
}

// A passwordless account failed its login ~40x faster (no hash): findable. The hall record now has
// no login at all, so the login takes the unknown-login path, which verifies a dummy hash; the
// answer is byte for byte that of a wrong password.
TEST(AccountTakeover, HallRecordLoginIsTheUnknownLoginPathWithTheSameAnswer) {
  Hall h;
  const std::string hall_phone = h.lab.fresh_phone();
  h.lab.create_app(h.cm, hall_body(hall_phone, "赵大爷"));
  Party real = h.lab.customer("真用户");
  const Reply hall = anon(h.lab, "/api/v1/auth/login", {{"login", hall_phone}, {"password", "Whatever123"}});
  const Reply wrong = anon(h.lab, "/api/v1/auth/login", {{"login", real.phone}, {"password", "Whatever123"}});
  const Reply unknown = anon(h.lab, "/api/v1/auth/login", {{"login", h.lab.fresh_phone()}, {"password", "Whatever123"}});
  EXPECT_EQ(hall.status, 401);
  EXPECT_EQ(hall.raw, wrong.raw);
  EXPECT_EQ(hall.raw, unknown.raw);
  // No row answers to the number: find_user_by_login misses it and the dummy hash is verified.
  EXPECT_EQ(gp::apitest::db_int(db_file(h.lab), "SELECT COUNT(*) FROM users WHERE phone = '" + hall_phone + "'"), 0);
}

// register answered phone_taken: a way to list who has an account. Now a code request and a
// registration with a wrong code answer the same for a registered, a hall and an unknown number.
TEST(AccountTakeover, CodeRequestsAndRegistrationAnswerTheSameForEveryNumber) {
  Hall h;
  Party known = h.lab.customer("已注册");
  const std::string hall_phone = h.lab.fresh_phone();
  h.lab.create_app(h.cm, hall_body(hall_phone, "赵大爷"));
  const std::string unknown = h.lab.fresh_phone();
  h.lab.advance(61);  // past the resend pause of the registration above
  std::vector<std::string> code_answers, register_answers;
  for (const std::string& phone : {known.phone, hall_phone, unknown}) {
    const Reply c = anon(h.lab, "/api/v1/auth/sms-code", {{"phone", phone}, {"purpose", "register"}});
    EXPECT_EQ(c.status, 202) << phone << ": " << c.raw;
    code_answers.push_back(c.raw);
    const Reply r = anon(h.lab, "/api/v1/auth/register", {{"phone", phone}, {"password", "Secret123"}, {"name", "王五"}, {"sms_code", "000000"}});
    EXPECT_EQ(r.status, 400) << phone << ": " << r.raw;
    EXPECT_EQ(r.body.at("error").at("field"), "sms_code");
    register_answers.push_back(r.raw);
  }
  EXPECT_EQ(code_answers[0], code_answers[1]);
  EXPECT_EQ(code_answers[0], code_answers[2]);
  EXPECT_EQ(register_answers[0], register_answers[1]);
  EXPECT_EQ(register_answers[0], register_answers[2]);
  // Only the number's holder (with the right code) learns that it is registered.
  h.lab.advance(61);
  const std::string code = gp::apitest::sms_code(h.lab.server(), known.phone);
  const Reply again = anon(h.lab, "/api/v1/auth/register", {{"phone", known.phone}, {"password", "Secret123"}, {"name", "王五"}, {"sms_code", code}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.body.at("error").at("code"), "already_registered");
}

TEST(AccountTakeover, SmsCodeExpiresAfterTenMinutes) {
  Hall h;
  const std::string phone = h.lab.fresh_phone();
  const std::string code = gp::apitest::sms_code(h.lab.server(), phone);
  h.lab.advance(10 * 60 + 1);
  const Reply r = anon(h.lab, "/api/v1/auth/register", {{"phone", phone}, {"password", "Secret123"}, {"name", "王五"}, {"sms_code", code}});
  EXPECT_EQ(r.status, 400) << r.raw;
  EXPECT_EQ(r.body.at("error").at("code"), "invalid_code");
}

TEST(AccountTakeover, SmsCodeIsDeadAfterFiveWrongTries) {
  Hall h;
  const std::string phone = h.lab.fresh_phone();
  const std::string code = gp::apitest::sms_code(h.lab.server(), phone);
  const std::string wrong = code == "111111" ? "222222" : "111111";
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(anon(h.lab, "/api/v1/auth/register", {{"phone", phone}, {"password", "Secret123"}, {"name", "王五"}, {"sms_code", wrong}}).status, 400);
  const Reply r = anon(h.lab, "/api/v1/auth/register", {{"phone", phone}, {"password", "Secret123"}, {"name", "王五"}, {"sms_code", code}});
  EXPECT_EQ(r.status, 400) << "the right code after five wrong ones: " << r.raw;
  // A used code is dead too.
  h.lab.advance(61);
  const std::string fresh = gp::apitest::sms_code(h.lab.server(), phone);
  json body = {{"phone", phone}, {"password", "Secret123"}, {"name", "王五"}, {"sms_code", fresh}};
  EXPECT_EQ(anon(h.lab, "/api/v1/auth/register", body).status, 201);
  EXPECT_EQ(anon(h.lab, "/api/v1/auth/register", body).status, 400);
}

TEST(AccountTakeover, SmsCodesAreThrottledPerNumber) {
  Hall h;
  const std::string phone = h.lab.fresh_phone();
  const json body = {{"phone", phone}, {"purpose", "register"}};
  EXPECT_EQ(anon(h.lab, "/api/v1/auth/sms-code", body).status, 202);
  const Reply again = anon(h.lab, "/api/v1/auth/sms-code", body);
  EXPECT_EQ(again.status, 429) << "a second code within a minute";
  EXPECT_EQ(again.body.at("error").at("code"), "throttled");
  int sent = 1;
  for (int i = 0; i < 6; ++i) {
    h.lab.advance(61);
    if (anon(h.lab, "/api/v1/auth/sms-code", body).status == 202) ++sent;
  }
  EXPECT_EQ(sent, 5) << "at most five codes an hour to one number";
  EXPECT_EQ(gp::apitest::db_int(db_file(h.lab), "SELECT COUNT(*) FROM sms_outbox WHERE phone = '" + phone + "'"), 5);
}

TEST(AccountTakeover, SmsCodesAndRegistrationsAreThrottledPerAddress) {
  Hall h({"--sms-address-limit", "3"});
  int codes = 0;
  for (int i = 0; i < 5; ++i)
    if (anon(h.lab, "/api/v1/auth/sms-code", {{"phone", h.lab.fresh_phone()}, {"purpose", "register"}}).status == 202) ++codes;
  EXPECT_EQ(codes, 3) << "SMS bombing many numbers from one address";
  int tried = 0;
  Reply last;
  for (int i = 0; i < 5; ++i) {
    last = anon(h.lab, "/api/v1/auth/register", {{"phone", h.lab.fresh_phone()}, {"password", "Secret123"}, {"name", "王五"}, {"sms_code", "123456"}});
    if (last.status == 400) ++tried;
  }
  EXPECT_EQ(tried, 3) << "registration guesses from one address";
  EXPECT_EQ(last.status, 429);
}

TEST(AccountTakeover, SmsCodesAndClaimCodesAreStoredOnlyHashed) {
  Hall h;
  const std::string phone = h.lab.fresh_phone();
  const std::string code = gp::apitest::sms_code(h.lab.server(), phone);
  json app = h.lab.create_app(h.cm, hall_body(h.lab.fresh_phone(), "赵大爷"));
  std::string claim = app.at("claim").at("code");
  claim.erase(4, 1);
  SQLite::Database db(db_file(h.lab).string(), SQLite::OPEN_READONLY);
  int rows = 0;
  for (const char* table : {"sms_codes", "hall_claims"}) {
    SQLite::Statement q(db, std::string("SELECT * FROM ") + table);
    while (q.executeStep()) {
      ++rows;
      for (int i = 0; i < q.getColumnCount(); ++i) {
        const std::string v = q.getColumn(i).isNull() ? "" : q.getColumn(i).getString();
        EXPECT_EQ(v.find(code), std::string::npos) << table << " holds the SMS code in plain text";
        EXPECT_EQ(v.find(claim), std::string::npos) << table << " holds the claim code in plain text";
      }
    }
  }
  EXPECT_EQ(rows, 2);
}

TEST(AccountTakeover, ClaimWithAWrongUsedOrExpiredClaimCodeIsRefused) {
  Hall h;
  const std::string phone = h.lab.fresh_phone();
  json app = h.lab.create_app(h.cm, hall_body(phone, "赵大爷"));
  const std::string claim = app.at("claim").at("code");
  Party holder = h.lab.customer("赵大爷", phone);
  const std::string wrong = claim[0] == 'A' ? "BBBB-BBBB" : "AAAA-AAAA";
  Reply r = h.lab.claim(holder, wrong);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body.at("error").at("code"), "invalid_claim_code");
  // Another customer holding the receipt but not the number: the claim is for the receipt's number.
  Party thief = h.lab.customer("小偷");
  h.lab.advance(61);
  EXPECT_EQ(h.lab.claim(thief, claim).status, 400);
  h.lab.advance(61);
  ASSERT_EQ(h.lab.claim(holder, claim).status, 200);
  h.lab.advance(61);
  r = h.lab.claim(holder, claim);  // used
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body.at("error").at("code"), "invalid_claim_code");
  // Expired: 30 days on the receipt.
  const std::string phone2 = h.lab.fresh_phone();
  json app2 = h.lab.create_app(h.cm, hall_body(phone2, "钱阿姨"));
  Party holder2 = h.lab.customer("钱阿姨", phone2);
  h.lab.advance(31 * 86400);
  r = h.lab.claim(holder2, app2.at("claim").at("code"));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body.at("error").at("code"), "invalid_claim_code");
  EXPECT_EQ(h.lab.get(holder2, "/api/v1/applications/" + app2.at("number").get<std::string>()).status, 404);
}

TEST(AccountTakeover, TheDevelopmentOutboxIsForAdminsOnlyAndSaysSo) {
  Hall h;
  Party cust = h.lab.customer("王五");
  EXPECT_EQ(h.lab.get(cust, "/api/v1/admin/sms/outbox").status, 403);
  EXPECT_EQ(h.lab.get(h.cm, "/api/v1/admin/sms/outbox").status, 403);
  json out = h.lab.get_ok(h.lab.admin(), "/api/v1/admin/sms/outbox");
  EXPECT_EQ(out.at("development_only"), true);
  ASSERT_FALSE(out.at("messages").empty());
  EXPECT_TRUE(out.at("messages")[0].contains("code"));
  EXPECT_NE(h.lab.server().stderr_text().find("DEVELOPMENT ONLY"), std::string::npos);
}

namespace {

// An SMS provider's gateway on loopback: answers 500 while `failing`, records every request.
struct Gateway {
  struct Hit {
    std::string body, timestamp, signature;
    int status;
  };
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::atomic<bool> failing{true};
  std::mutex mu;
  std::vector<Hit> hits;

  Gateway() {
    server.Post("/sms", [this](const httplib::Request& req, httplib::Response& res) {
      const int status = failing ? 500 : 200;
      {
        std::lock_guard<std::mutex> lk(mu);
        hits.push_back({req.body, req.get_header_value("X-Sms-Timestamp"), req.get_header_value("X-Sms-Signature"), status});
      }
      res.status = status;
      res.set_content(status == 200 ? "{\"ok\":true}" : "{\"error\":\"down\"}", "application/json");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
  }
  ~Gateway() {
    server.stop();
    thread.join();
  }
  std::vector<Hit> delivered(const std::string& phone) {
    std::lock_guard<std::mutex> lk(mu);
    std::vector<Hit> out;
    for (const auto& h : hits)
      if (h.status == 200 && json::parse(h.body).value("phone", "") == phone) out.push_back(h);
    return out;
  }
  int attempts(const std::string& phone) {
    std::lock_guard<std::mutex> lk(mu);
    int n = 0;
    for (const auto& h : hits)
      if (json::parse(h.body).value("phone", "") == phone) ++n;
    return n;
  }
  // Waits until `phone` got a delivery (up to `seconds`).
  bool wait_delivered(const std::string& phone, int seconds) {
    for (int i = 0; i < seconds * 10; ++i) {
      if (!delivered(phone).empty()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }
};

std::string hmac_hex(const std::string& key, const std::string& text) {
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&st, mac);
  char hex[2 * crypto_auth_hmacsha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return hex;
}

}  // namespace

TEST(AccountTakeover, OutboxDeliversThroughAGatewayThatWasDownExactlyOnceSignedAndAcrossARestart) {
  ASSERT_GE(sodium_init(), 0);
  Gateway gw;
  gp::test::TempDir keys("gp-sms-key-");
  const std::string key = "test-signing-key-0123456789abcdef";
  const auto key_file = keys.write("sms.key", key + "\n");
  Hall h({"--sms-gateway", "http://127.0.0.1:" + std::to_string(gw.port) + "/sms", "--sms-provider", "loopback-sms",
          "--sms-template", "TPL-001", "--sms-key-file", key_file.string()});

  // The gateway is down: the code waits in the outbox and is retried with backoff.
  const std::string phone = h.lab.fresh_phone();
  ASSERT_EQ(anon(h.lab, "/api/v1/auth/sms-code", {{"phone", phone}, {"purpose", "register"}}).status, 202);
  for (int i = 0; i < 50 && gw.attempts(phone) < 1; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ASSERT_GE(gw.attempts(phone), 1);
  EXPECT_TRUE(gw.delivered(phone).empty());
  gw.failing = false;
  ASSERT_TRUE(gw.wait_delivered(phone, 15)) << "not retried after the gateway came back";
  std::this_thread::sleep_for(std::chrono::seconds(3));  // a second delivery would come by now
  auto got = gw.delivered(phone);
  ASSERT_EQ(got.size(), 1u) << "delivered more than once";
  const json msg = json::parse(got[0].body);
  EXPECT_EQ(msg.at("provider"), "loopback-sms");
  EXPECT_EQ(msg.at("template_id"), "TPL-001");
  EXPECT_EQ(msg.at("purpose"), "register");
  EXPECT_EQ(got[0].signature, hmac_hex(key, got[0].timestamp + "." + got[0].body)) << "bad signature";
  // The code works for registration, and our copy of it is gone now that the gateway has it.
  const std::string code = msg.at("params").at("code");
  EXPECT_EQ(anon(h.lab, "/api/v1/auth/register", {{"phone", phone}, {"password", "Secret123"}, {"name", "王五"}, {"sms_code", code}}).status, 201);
  EXPECT_EQ(gp::apitest::db_int(db_file(h.lab), "SELECT COUNT(*) FROM sms_outbox WHERE params IS NOT NULL AND holds_code"), 0);
  // With a real gateway the admin's list shows no code.
  json out = h.lab.get_ok(h.lab.admin(), "/api/v1/admin/sms/outbox");
  EXPECT_EQ(out.at("development_only"), false);
  EXPECT_EQ(out.dump().find(code), std::string::npos);

  // Down again, and the server dies with the message pending: after the restart it is delivered.
  gw.failing = true;
  const std::string phone2 = h.lab.fresh_phone();
  ASSERT_EQ(anon(h.lab, "/api/v1/auth/sms-code", {{"phone", phone2}, {"purpose", "register"}}).status, 202);
  for (int i = 0; i < 50 && gw.attempts(phone2) < 1; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  h.lab.crash_and_restart();
  gw.failing = false;
  ASSERT_TRUE(gw.wait_delivered(phone2, 15)) << "a pending message was lost in the restart";
  std::this_thread::sleep_for(std::chrono::seconds(2));
  EXPECT_EQ(gw.delivered(phone2).size(), 1u);
}
