// The supply contract signed online (rule P1): generated from the application once the supply terms
// are settled, written at the workflow step that makes it available and frozen then (its SHA-256 identifies the text), signed by the customer by
// re-entering the password or by a drawn signature, and never changed afterwards.
#pragma once
#include <nlohmann/json.hpp>

#include "services/application_service.h"
#include "services/auth_service.h"

namespace gp::server {

class ContractService {
 public:
  ContractService(ApplicationService& apps, AuthService& auth) : apps_(apps), auth_(auth) {}
  // {"available","text","sha256","signed","signed_at","method"}; 409 when not yet available. Reads only.
  nlohmann::json get(const Caller& c, const std::string& number);
  // Body {"sha256", "method":"password","password"} or {"sha256","method":"drawn","strokes":[[[x,y],...],...]}.
  nlohmann::json sign(const Caller& c, const std::string& number, const nlohmann::json& body);

 private:
  ApplicationService& apps_;
  AuthService& auth_;
};

}  // namespace gp::server
