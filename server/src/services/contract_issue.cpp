#include "services/contract_issue.h"

#include "gp/contract.h"
#include "gp/works_contract.h"
#include "store/works_contracts.h"
#include "store/hash.h"
#include "store/prepared.h"

namespace gp::server {

bool issue_contract_if_due(SQLite::Database& db, const LoadedApplication& app, const gp::ServiceConfig& cfg, gp::Instant at) {
  if (!app.state.contract_available()) return false;
  {
    store::Query q(db, "SELECT 1 FROM contracts WHERE application_id = ?");
    q->bind(1, app.row.id);
    if (q->executeStep()) return false;  // frozen at first issue
  }
  auto user = store::find_user(db, app.row.customer_id);
  gp::ContractParties p{app.row.number, user ? user->name : app.row.contact_name, app.row.address, app.row.contact_phone,
                        gp::cst_date(at).iso(), app.state.high_reliability_fee_fen};
  const std::string text = gp::supply_contract_text(app.state.plan, p, cfg);
  SQLite::Statement q(db, "INSERT INTO contracts(application_id, text, sha256) VALUES (?,?,?)");
  q.bind(1, app.row.id);
  q.bind(2, text);
  q.bind(3, store::sha256_hex(text));
  q.exec();
  return true;
}

bool issue_works_contract_if_due(SQLite::Database& db, const LoadedApplication& app, const gp::ServiceConfig& cfg, gp::Instant at) {
  const auto& works = app.state.works;
  if (works.empty()) return false;
  const auto latest = store::latest_works_contract(db, app.row.id);
  if (latest && static_cast<std::size_t>(latest->version) >= works.size()) return false;
  auto user = store::find_user(db, app.row.customer_id);
  gp::ContractParties p{app.row.number, user ? user->name : app.row.contact_name, app.row.address, app.row.contact_phone,
                        gp::cst_date(at).iso()};
  const std::string text = gp::works_contract_text(app.state.plan, p, works, cfg);
  store::insert_works_contract(db, app.row.id, static_cast<int>(works.size()), text, store::sha256_hex(text), at);
  return true;
}

}  // namespace gp::server
