// The reserve pool (rules R1–R3): investment-project approvals imported from the government's
// project-approval system (CSV or JSON), each with a preliminary supply plan computed by the same
// rules as an application, turned into a formal application in one click with its data carried over.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/date.h"
#include "gp/error.h"
#include "gp/facts.h"
#include "gp/service_config.h"

namespace gp {

struct ReserveRecord {
  std::string approval_number;  // the approval/permit/filing number (unique)
  std::string project_name;
  std::string company;
  std::string credit_code;      // unified social credit code (GB 32100)
  std::string address;
  double capacity_kw = 0;
  double voltage_kv = 10;
  Industry industry = Industry::industrial;
  bool in_provincial_park = false;
  std::optional<Date> expected_date;  // when the customer expects to need power
  std::string contact_name, contact_phone;
};

// All rows are checked; the import is all-or-nothing, so every problem is reported at once
// (field "line N: column" for CSV, "[i].column" for JSON), at most 100.
struct ReserveImport {
  std::vector<ReserveRecord> records;
  std::vector<Error> errors;
};

// CSV with a header naming the columns (any order): approval_number, project_name, company,
// credit_code, address, capacity_kw, voltage_kv, industry, in_provincial_park (true/false),
// expected_date, contact_name, contact_phone. The last five are optional.
ReserveImport parse_reserve_csv(std::string_view text, const Date& today);
// A JSON array of objects with the same keys.
ReserveImport parse_reserve_json(std::string_view text, const Date& today);

// Rule R1: the preliminary supporting-works plan of a record, by its voltage and capacity. Which
// kinds is the company's heuristic (ServiceConfig::reserve_works; the seed does not say); their
// limits are W1's.
std::vector<WorksItem> preliminary_works(const ReserveRecord& r, const ServiceConfig& cfg = ServiceConfig::builtin());

// The facts of the preliminary supply plan (rule R1): a new connection at the record's voltage,
// with the preliminary supporting works; carried over as they are on conversion (rule R3).
Facts reserve_facts(const ReserveRecord& r, const ServiceConfig& cfg = ServiceConfig::builtin());

void to_json(nlohmann::json& j, const ReserveRecord& r);

}  // namespace gp
