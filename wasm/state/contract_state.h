// The online supply contract (rule P1): read the text generated from the application, sign it by
// entering the password again or by drawing a signature; the signed copy shows its SHA-256 and
// time and never changes.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "state/request.h"
#include "state/signature.h"

namespace state {

enum class SignMethod { Password = 0, Drawn = 1 };

struct ContractState {
  std::string number;
  bool works = false;       // the works contract (服务契约, rule W2) instead of the supply contract
  nlohmann::json contract;  // GET /applications/{n}/contract (null: none yet)
  Pending pending;          // GET the contract in flight
  std::string error;        // could not load (e.g. not available yet)
  bool reload = false;
  bool read = false;        // "I have read the contract"
  SignMethod method = SignMethod::Password;
  std::string password;
  Signature signature;
  std::map<std::string, std::string> errors;  // read, password, strokes, form
  Pending sign_pending;     // POST .../sign in flight
};

struct ContractIntent {
  bool back = false;
  bool edited = false;
  bool sign = false;
  bool retry = false;
};

// Before the screen is drawn: the route's application and kind (supply contract, or the works
// contract on Screen::WorksContract, rule W2) opened, fetched when new, not loaded yet, to be
// reloaded or `entered` (first frame of a visit).
Requests open_contract(AppState& s, bool entered);
// The screen's intent: "sign" (the owning customer only) checks and posts the signature; a
// refusal stays beside its field (a changed text, sha256, fetches the new one); signed, the detail
// reloads and a flash says so.
Requests apply(AppState& s, const ContractIntent& in);

// Returns true when the contract must be fetched. `works`: the works contract (rule W2).
bool open_contract(ContractState& s, const std::string& number, bool works = false);
// The contract's route under the application: "/contract" or "/works-contract".
std::string contract_path(const ContractState& s);
bool is_signed(const ContractState& s);
bool check_sign(ContractState& s, bool final);
nlohmann::json sign_body(const ContractState& s);
void place_sign_error(ContractState& s, const std::string& field, const std::string& message);
// Signed: the password leaves memory; the copy shown is the server's.
void contract_signed(ContractState& s, const nlohmann::json& contract);
// "SHA-256 3f2a…: 签署于 2026-11-30 12:00（密码确认）".
std::string signed_line(const ContractState& s);

}  // namespace state
