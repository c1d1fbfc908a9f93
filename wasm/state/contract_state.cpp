#include "state/contract_state.h"

#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

bool open_contract(ContractState& s, const std::string& number, bool works) {
  if (s.number != number || s.works != works) {
    s = ContractState{};
    s.number = number;
    s.works = works;
    return !number.empty();
  }
  return (s.reload || (s.contract.is_null() && s.error.empty())) && s.pending == 0 && !number.empty();
}

std::string contract_path(const ContractState& s) { return s.works ? "/works-contract" : "/contract"; }

bool is_signed(const ContractState& s) { return s.contract.is_object() && s.contract.value("signed", false); }

bool check_sign(ContractState& s, bool final) {
  s.errors.erase("form");
  if (final && !s.read) s.errors["read"] = tr("contract.need_read");
  else s.errors.erase("read");
  if (s.method == SignMethod::Password) {
    s.errors.erase("strokes");
    if (final && s.password.empty()) s.errors["password"] = tr("contract.need_password");
    else s.errors.erase("password");
  } else {
    s.errors.erase("password");
    if (final && !s.signature.complete()) s.errors["strokes"] = tr("contract.need_signature");
    else s.errors.erase("strokes");
  }
  return s.errors.empty();
}

nlohmann::json sign_body(const ContractState& s) {
  nlohmann::json j = {{"sha256", jstr(s.contract, "sha256")}};
  if (s.method == SignMethod::Password) {
    j["method"] = "password";
    j["password"] = s.password;
  } else {
    j["method"] = "drawn";
    j["strokes"] = s.signature.to_json();
  }
  return j;
}

void place_sign_error(ContractState& s, const std::string& field, const std::string& message) {
  if (field == "password" || field == "strokes") {
    s.errors[field] = message;
  } else {
    s.errors["form"] = message;
    if (field == "sha256") s.reload = true;  // the text changed under the reader: show the new one
  }
}

void contract_signed(ContractState& s, const nlohmann::json& contract) {
  s.sign_pending = 0;
  s.contract = contract;
  s.password.clear();
  s.errors.clear();
}

std::string signed_line(const ContractState& s) {
  if (!is_signed(s)) return "";
  const std::string method = jstr(s.contract, "method") == "drawn" ? tr("contract.by_drawing") : tr("contract.by_password");
  return trf("contract.signed_line", {short_time(jstr(s.contract, "signed_at")), method});
}

}  // namespace state
