#include "state/contract_state.h"

#include "state/app_state.h"

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
  return (s.reload || (s.contract.is_null() && s.error.empty())) && !s.pending.busy() && !number.empty();
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
  s.sign_pending.cancel();
  s.contract = contract;
  s.password.clear();
  s.errors.clear();
}

std::string signed_line(const ContractState& s) {
  if (!is_signed(s)) return "";
  const std::string method = jstr(s.contract, "method") == "drawn" ? tr("contract.by_drawing") : tr("contract.by_password");
  return trf("contract.signed_line", {short_time(jstr(s.contract, "signed_at")), method});
}


namespace {

Pending& load_slot(AppState& s) { return s.customer.contract.pending; }
Pending& sign_slot(AppState& s) { return s.customer.contract.sign_pending; }

Request load_contract(AppState& s) {
  auto& k = s.customer.contract;
  k.reload = false;
  return pending(s, load_slot, get("/applications/" + url_encode(k.number) + contract_path(k), [](AppState& st, const net::ApiReply& r) {
    auto& x = st.customer.contract;
    if (r.ok()) {
      x.contract = r.body;
      x.error.clear();
    } else {
      x.error = reply_text(r);
    }
    return Requests{};
  }));
}

}  // namespace

Requests open_contract(AppState& s, bool entered) {
  auto& k = s.customer.contract;
  const std::string number = s.route.param;
  const bool works = s.route.screen == Screen::WorksContract;  // rule W2: the 服务契约
  const bool fetch = open_contract(k, number, works) || entered;
  if (fetch && !number.empty() && !k.pending.busy()) return {load_contract(s)};
  return {};
}

Requests apply(AppState& s, const ContractIntent& in) {
  auto& k = s.customer.contract;
  const std::string number = s.route.param;
  const bool customer = s.session.user && !s.session.user->staff();
  Requests out;
  if (in.back) back(s);
  if (in.retry && !k.pending.busy()) out.push_back(load_contract(s));
  if (in.edited) check_sign(k, false);
  if (in.sign && customer && !k.sign_pending.busy() && check_sign(k, true)) {
    out.push_back(pending(s, sign_slot, post("/applications/" + url_encode(number) + contract_path(k) + "/sign", sign_body(k),
                                             [number](AppState& st, const net::ApiReply& r) {
      auto& x = st.customer.contract;
      if (!r.ok()) {
        place_sign_error(x, reply_field(r), reply_text(r));  // the signature drawn stays
        if (x.reload && !x.pending.busy()) return Requests{load_contract(st)};
        return Requests{};
      }
      contract_signed(x, r.body);
      if (st.customer.detail.number == number) st.customer.detail.reload = true;
      st.flash = tr(x.works ? "works_contract.signed_flash" : "contract.signed_flash");
      st.flash_error = false;
      return Requests{};
    })));
  }
  return out;
}

}  // namespace state
