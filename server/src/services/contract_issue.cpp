#include "services/contract_issue.h"

#include "gp/contract.h"
#include "gp/works_contract.h"
#include "store/application_rentals.h"
#include "store/contracts.h"
#include "store/works_contracts.h"
#include "store/hash.h"

namespace gp::server {

bool issue_contract_if_due(store::Conn& db, const LoadedApplication& app, const gp::ServiceConfig& cfg, gp::Instant at) {
  if (!app.state.contract_available()) return false;
  if (store::contract_exists(db, app.row.id)) return false;  // frozen at first issue
  auto user = store::find_user(db, app.row.customer_id);
  gp::ContractParties p{app.row.number, user ? user->name : app.row.contact_name, app.row.address, app.row.contact_phone,
                        gp::cst_date(at).iso(), app.state.high_reliability_fee_fen};
  if (auto r = store::find_application_rental(db, app.row.id))  // rule P4: the rental package chosen at intake
    p.rental = gp::RentalTerms{r->name, r->capacity_kva, r->monthly_price_fen, r->deposit_fen, r->min_term_months};
  const std::string text = gp::supply_contract_text(app.state.plan, p, cfg);
  store::insert_contract(db, app.row.id, text, store::sha256_hex(text));
  return true;
}

bool issue_works_contract_if_due(store::Conn& db, const LoadedApplication& app, const gp::ServiceConfig& cfg, gp::Instant at) {
  const auto& works = app.state.works;
  if (works.empty()) return false;
  const auto latest = store::latest_works_contract(db, app.row.id);
  if (latest && static_cast<std::size_t>(latest->version) >= works.size()) return false;
  auto user = store::find_user(db, app.row.customer_id);
  gp::ContractParties p{app.row.number, user ? user->name : app.row.contact_name, app.row.address, app.row.contact_phone,
                        gp::cst_date(at).iso(), std::nullopt};  // the works contract names no fee
  const std::string text = gp::works_contract_text(app.state.plan, p, works, cfg);
  store::insert_works_contract(db, app.row.id, static_cast<int>(works.size()), text, store::sha256_hex(text), at);
  return true;
}

}  // namespace gp::server
