// Rule P3 (资质信息公开): the contractor directory. Anyone may search it (public, no login);
// admin and the command center add, edit, expire (never delete) and import records from CSV
// (all or nothing, every bad line reported — the reserve pool's way). Every change is traced.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/contractors.h"
#include "gp/dto/published.h"
#include "gp/error.h"
#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

struct ContractorImportResult {
  int imported = 0;
  std::vector<gp::Error> errors;  // non-empty: nothing was imported
};

class ContractorService {
 public:
  explicit ContractorService(const Env& env) : env_(env) {}

  // kind "" | design | construction | test; q: name, licence number or credit code; county: area.
  gp::dto::ContractorPageDto list(const std::string& kind, const std::string& q, const std::string& county, int page, int page_size);
  gp::dto::ContractorDto get(std::int64_t id);
  // Body: kind, categories (array; construction only), name, credit_code, licence_number,
  // licence_class, scope, valid_from, valid_until, county, phone. 409 when the licence number of
  // that kind is already listed.
  gp::dto::ContractorDto create(const Caller& c, const nlohmann::json& body);
  // The same body, all fields; the previous record is kept in the trace.
  gp::dto::ContractorDto update(const Caller& c, std::int64_t id, const nlohmann::json& body);
  // Body {"reason": 2–200 characters}. 409 when already expired by hand.
  gp::dto::ContractorDto expire(const Caller& c, std::int64_t id, const nlohmann::json& body);
  ContractorImportResult import_csv(const Caller& c, const std::string& text);
  // The same as a JSON array of bodies like create()'s; errors named "[i].field".
  ContractorImportResult import_json(const Caller& c, const nlohmann::json& items);
  // The company setting "expiring within N days" (the seed gives no figure; default 30), kept in
  // the settings table. Admin only; body {"days": 1..365}; traced.
  int expiring_days();
  int set_expiring_days(const Caller& c, const nlohmann::json& body);

 private:
  ContractorImportResult store_import(const Caller& c, const gp::ContractorImport& in, const std::string& source);
  Env env_;
};

}  // namespace gp::server
