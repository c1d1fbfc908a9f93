// Applications taken at the service hall (issue 15, hole 1). The number staff type is not proof of
// anything, so a hall application never lands in an online account by the number alone:
// - a number without an account: the application belongs to a hall record (no phone of its own,
//   no password: nobody can log in as it) and gets a claim code, printed on the customer's
//   receipt; the customer claims it online with the claim code plus an SMS code to that number;
// - a number with an account: the same, and the account's owner is asked to accept it (inbox and
//   SMS); staff who checked the customer's resident ID against the account's attach it at once.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "gp/dto/outcomes.h"
#include "services/application_service.h"
#include "services/env.h"
#include "services/sms_service.h"
#include "store/conn.h"

namespace gp::server {

struct HallCustomer {
  store::User customer;       // the record the application is filed under
  std::string phone, name;    // as staff typed them (normalized number)
  std::int64_t owner_id = 0;  // the account holding the number, when it was not verified by ID
  bool needs_claim = false;   // filed under a hall record: a claim code is issued
};

// Inside the hall intake's write transaction: whose application it is.
HallCustomer hall_customer_in(store::Conn& db, const std::string& phone, const std::string& name, const std::string& id_number,
                              gp::Instant now);
// After the application row exists: the claim code (shown once, in the create answer), the owner's
// notice and SMS. The answer's `claim` (gp/dto/outcomes.h).
gp::dto::HallClaimDto issue_hall_claim_in(store::Conn& db, Notifier& notifier, const HallCustomer& hc, const store::ApplicationRow& row,
                                   gp::Instant now);

class HallClaimService {
 public:
  HallClaimService(const Env& env, ApplicationService& apps, SmsService& sms) : env_(env), apps_(apps), sms_(sms) {}
  // POST /applications/claim {claim_code, sms_code}: the logged-in customer takes the hall
  // application whose receipt they hold; the SMS code proves the number on the receipt is theirs.
  nlohmann::json claim(const Caller& c, const nlohmann::json& body);
  // GET /applications/pending: hall applications for the caller's number, waiting for their accept.
  nlohmann::json pending(const Caller& c);
  // POST /applications/pending/{number}/accept
  nlohmann::json accept(const Caller& c, const std::string& number);

 private:
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
  SmsService& sms_;
};

// "ab2c-d3ef " -> "AB2CD3EF" (receipts print the code in two groups).
std::string normalize_claim_code(const std::string& s);

}  // namespace gp::server
