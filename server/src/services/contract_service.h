// The supply contract signed online (rule P1): generated from the application once the supply terms
// are settled, written at the workflow step that makes it available and frozen then (its SHA-256 identifies the text), signed by the customer by
// re-entering the password or by a drawn signature, and never changed afterwards.
#pragma once
#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/env.h"
#include "services/auth_service.h"

namespace gp::server {

class ContractService {
 public:
  ContractService(const Env& env, ApplicationService& apps, AuthService& auth) : env_(env), apps_(apps), auth_(auth) {}
  // {"available","text","sha256","signed","signed_at","method"}; 409 when not yet available. Reads only.
  nlohmann::json get(const Caller& c, const std::string& number);
  // Body {"sha256", "method":"password","password"} or {"sha256","method":"drawn","strokes":[[[x,y],...],...]}.
  nlohmann::json sign(const Caller& c, const std::string& number, const nlohmann::json& body);

  // Rule W2: the works contract (服务契约) — {"available","version","text","sha256","signed","signed_at",
  // "method","versions":[...],"works":[{item,agreed_completion_date,done_at,breach}]}; 409 none yet.
  nlohmann::json get_works(const Caller& c, const std::string& number);
  // Same body as sign(); signs the latest version (its sha256 must match), event works_contract_signed.
  nlohmann::json sign_works(const Caller& c, const std::string& number, const nlohmann::json& body);

 private:
  std::pair<std::string, std::string> signing(const Caller& c, const nlohmann::json& body, const char* what_zh, const char* what_en);
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
  AuthService& auth_;
};

}  // namespace gp::server
