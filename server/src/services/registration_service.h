// Customer registration (issue 15, hole 1): the mobile number is proven by an SMS code before it is
// trusted. Nothing about the number is told before the code is verified (no "phone taken"); the
// cheap checks come first, argon2 only after the code; attempts are throttled per client address.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "services/auth_service.h"
#include "services/clock.h"
#include "services/sms_service.h"
#include "store/database.h"

namespace gp::server {

class RegistrationService {
 public:
  RegistrationService(store::Database& db, Clock& clock, AuthService& auth, SmsService& sms, int per_address_per_hour = 30)
      : db_(db), clock_(clock), auth_(auth), sms_(sms), per_address_per_hour_(per_address_per_hour) {}

  // POST /auth/register {phone, password, name, id_number?, sms_code}: 201 with a session; 400
  // naming the field (sms_code: wrong, expired or used up); 409 already_registered only once the
  // code proved the number; 429 when the address registers too often.
  LoginResult register_customer(const nlohmann::json& body, const std::string& client_address);

 private:
  store::Database& db_;
  Clock& clock_;
  AuthService& auth_;
  SmsService& sms_;
  int per_address_per_hour_;
};

// "123456": exactly six ASCII digits (the form of every SMS code).
bool is_sms_code(const std::string& s);

}  // namespace gp::server
