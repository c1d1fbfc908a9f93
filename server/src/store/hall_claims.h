// Claim codes of applications taken at the service hall for a customer without a (proven) online
// account: the code is printed on the receipt; only its salted hash is stored.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "store/conn.h"

#include "gp/date.h"

namespace gp::store {

struct HallClaim {
  std::int64_t id = 0;
  std::int64_t application_id = 0;
  std::string phone, name;
  std::int64_t owner_id = 0;  // 0: the number had no account
  std::string salt, code_hash;
  gp::Instant created_at = 0, expires_at = 0;
  int tries = 0;
  std::int64_t claimed_by = 0;
  gp::Instant claimed_at = 0;
};

void insert_hall_claim(SQLite::Database& db, const HallClaim& c);
// Unclaimed claims for a phone number (the claimer's), newest first.
std::vector<HallClaim> open_hall_claims_for_phone(SQLite::Database& db, const std::string& phone);
// Unclaimed claims offered to an account (the number's owner when staff took the application).
std::vector<HallClaim> open_hall_claims_for_owner(SQLite::Database& db, std::int64_t owner_id);
std::optional<HallClaim> hall_claim_of_application(SQLite::Database& db, std::int64_t application_id);
void count_hall_claim_try(SQLite::Database& db, std::int64_t id);
// Marks the claim used and gives its application to `user_id`.
void complete_hall_claim(SQLite::Database& db, const HallClaim& c, std::int64_t user_id, gp::Instant now);

}  // namespace gp::store
