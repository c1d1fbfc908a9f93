#include "services/hall_claim_service.h"

#include <sodium.h>

#include "gp/dto/outcomes.h"
#include "gp/validate.h"
#include "services/json_fields.h"
#include "services/registration_service.h"
#include "services/service_error.h"
#include "store/hall_claims.h"
#include "store/hash.h"
#include "store/sms.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

constexpr gp::Instant kClaimSeconds = 30 * 86400;  // a receipt is kept for weeks, not minutes
constexpr int kClaimTries = 5;
// No 0/O, 1/I: read off paper and typed on a phone.
constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

std::string random_salt() {
  unsigned char raw[16];
  randombytes_buf(raw, sizeof raw);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  return hex;
}

bool same_hash(const std::string& a, const std::string& b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

[[noreturn]] void bad_claim_code() {
  // One answer for a wrong, used, expired or locked code.
  fail(K::invalid, "invalid_claim_code", "claim_code", "认领码不正确、已使用或已过期，请核对回执或到营业厅咨询",
       "the claim code is wrong, used or expired; check your receipt or ask at the service hall");
}

gp::dto::PendingClaimDto pending_json(store::Conn& db, const store::HallClaim& c) {  // gp/dto/outcomes.h
  gp::dto::PendingClaimDto d{c.name, gp::format_datetime_cst(c.created_at), std::nullopt, std::nullopt};
  if (auto row = store::find_application(db, c.application_id)) {
    d.number = row->number;
    d.business = row->facts.value("business", "");
  }
  return d;
}

// Taking over a hall application is an act on it like any other: recorded in its hash-chained
// events (rule M5, everything traced online), never only in hall_claims. The claim code itself is
// not recorded.
void record_claim(ApplicationService& apps, store::Conn& db, std::int64_t application_id, std::int64_t customer_id,
                  const char* how, gp::Instant now) {
  auto row = store::find_application(db, application_id);
  if (!row) return;
  auto app = apps.load(db, *row);
  gp::Event e;
  e.at = now;
  e.type = "claimed_online";
  e.role = gp::Role::customer;
  e.channel = "online";
  e.data = {{"how", how}};
  apps.append(db, app, e, customer_id, false);
}

}  // namespace

std::string normalize_claim_code(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '-' || c == ' ') continue;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

HallCustomer hall_customer_in(store::Conn& db, const std::string& phone, const std::string& name, const std::string& idn,
                              gp::Instant now) {
  HallCustomer hc;
  hc.phone = phone;
  hc.name = name;
  if (auto u = store::find_user_by_phone(db, phone)) {
    if (u->role != gp::Role::customer) fail(K::invalid, "invalid", "customer.phone", "该号码属于工作人员账号", "this number belongs to a staff account");
    std::string given = idn;
    if (!given.empty() && given.back() == 'x') given.back() = 'X';
    // Staff checked the customer's ID card against the account's: the account is theirs.
    if (!given.empty() && !u->id_number.empty() && given == u->id_number) {
      hc.customer = *u;
      return hc;
    }
    hc.owner_id = u->id;
  }
  // A record of its own, without a phone (the number is not proven) and without a password.
  hc.needs_claim = true;
  hc.customer.role = gp::Role::customer;
  hc.customer.name = name;
  hc.customer.id_number = idn;
  hc.customer.password_hash = "";
  hc.customer.created_at = now;
  hc.customer.profile = {{"created_at_service_hall", true}, {"hall_phone", phone}};
  hc.customer.id = store::insert_user(db, hc.customer);
  return hc;
}

gp::dto::HallClaimDto issue_hall_claim_in(store::Conn& db, Notifier& notifier, const HallCustomer& hc, const store::ApplicationRow& row,
                         gp::Instant now) {
  std::string code;
  for (int i = 0; i < 8; ++i) code += kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)];
  store::HallClaim c;
  c.application_id = row.id;
  c.phone = hc.phone;
  c.name = hc.name;
  c.owner_id = hc.owner_id;
  c.salt = random_salt();
  c.code_hash = store::sha256_hex(c.salt + code);
  c.created_at = now;
  c.expires_at = now + kClaimSeconds;
  store::insert_hall_claim(db, c);
  if (hc.owner_id) {
    Notice n;
    n.user_id = hc.owner_id;
    n.kind = "hall_application_pending";
    n.title_zh = "营业厅受理的申请待您确认";
    n.title_en = "An application taken at the service hall awaits your confirmation";
    n.body_zh = "营业厅以您的手机号受理了申请 " + row.number + "（客户姓名：" + hc.name + "）。如是您本人办理，请在“我的申请”中确认关联。";
    n.body_en = "The service hall took application " + row.number + " for your number (name given: " + hc.name +
                "). If it is yours, accept it under My applications.";
    notifier.add(db, n, now);
    auto owner = store::find_user(db, hc.owner_id);
    if (owner && !owner->phone.empty())
      store::enqueue_sms(db, owner->phone, "attach_request", {{"number", row.number}}, false, wall_now(), wall_now() + 86400);
  }
  return gp::dto::HallClaimDto{code.substr(0, 4) + "-" + code.substr(4), gp::format_datetime_cst(c.expires_at),
          hc.owner_id != 0,
          "请将认领码打印在回执上交给客户：客户注册/登录后凭认领码和短信验证码关联此申请。认领码只显示这一次。",
          "Print the claim code on the customer's receipt: online, the customer links this application with it and an SMS code. "
          "It is shown only this once."};
}

json HallClaimService::claim(const Caller& c, const json& body) {
  if (c.role != gp::Role::customer) fail(K::forbidden, "forbidden", "", "仅客户可认领申请", "only customers claim applications");
  fields::require_object(body);
  fields::only_keys(body, {"claim_code", "sms_code"});
  const std::string code = normalize_claim_code(fields::text(body, "claim_code", true, 1, 20));
  if (code.size() != 8) bad_claim_code();
  const std::string sms = fields::text(body, "sms_code", true, 1, 16);
  if (!is_sms_code(sms)) fail(K::invalid, "invalid", "sms_code", "验证码应为 6 位数字", "the code has 6 digits");
  auto& adb = env_.db;
  auto user = store::find_user(adb.reader(), c.user_id);
  if (!user || user->phone.empty()) fail(K::unauthorized, "unauthorized", "", "请重新登录", "please log in again");
  // The SMS code to the account's own number: used up here whether or not the claim code is
  // right, so guessing claim codes costs one SMS each.
  if (!sms_.verify_code(user->phone, "claim", sms))
    fail(K::invalid, "invalid_code", "sms_code", "验证码不正确或已过期，请重新获取", "the code is wrong or has expired; request a new one");
  const gp::Instant now = env_.clock.now();
  const std::string number = adb.write([&](store::Conn& db) -> std::string {
    for (const auto& cl : store::open_hall_claims_for_phone(db, user->phone)) {
      if (now >= cl.expires_at || cl.tries >= kClaimTries) continue;
      if (same_hash(store::sha256_hex(cl.salt + code), cl.code_hash)) {
        store::complete_hall_claim(db, cl, user->id, now);
        record_claim(apps_, db, cl.application_id, user->id, "claim_code", now);
        auto row = store::find_application(db, cl.application_id);
        return row ? row->number : "";
      }
    }
    for (const auto& cl : store::open_hall_claims_for_phone(db, user->phone)) store::count_hall_claim_try(db, cl.id);
    return "";
  });
  if (number.empty()) bad_claim_code();
  return apps_.get(c, number);
}

json HallClaimService::pending(const Caller& c) {
  auto& db = env_.db.reader();
  gp::dto::PendingClaimsDto list;
  if (c.role == gp::Role::customer)
    for (const auto& cl : store::open_hall_claims_for_owner(db, c.user_id))
      if (env_.clock.now() < cl.expires_at) list.pending.push_back(pending_json(db, cl));
  return list;
}

json HallClaimService::accept(const Caller& c, const std::string& number) {
  if (c.role != gp::Role::customer) fail(K::forbidden, "forbidden", "", "仅客户可确认", "only customers accept applications");
  const gp::Instant now = env_.clock.now();
  const bool ok = env_.db.write([&](store::Conn& db) {
    auto row = store::find_application_by_number(db, number);
    if (!row) return false;
    auto cl = store::hall_claim_of_application(db, row->id);
    if (!cl || cl->owner_id != c.user_id || cl->claimed_at || now >= cl->expires_at) return false;
    store::complete_hall_claim(db, *cl, c.user_id, now);
    record_claim(apps_, db, row->id, c.user_id, "owner_accepted", now);
    return true;
  });
  if (!ok) fail(K::not_found, "not_found", "", "没有待确认的该申请", "no such application awaits your confirmation");
  return apps_.get(c, number);
}

}  // namespace gp::server
