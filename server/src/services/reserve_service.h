// The reserve pool (rules R1, R3): project approvals imported from the government's
// project-approval system (CSV or JSON, all or nothing, every bad row reported by line), each
// shown with its preliminary supply plan; one click turns a record into a formal application with
// everything carried over, as proactive service (主动办电: rules S2, S4), linked both ways.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gp/error.h"
#include "services/application_service.h"
#include "services/env.h"

namespace gp::server {

struct ReserveImportResult {
  int imported = 0;
  std::vector<gp::Error> errors;  // non-empty: nothing was imported
};

class ReserveService {
 public:
  ReserveService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}

  // `format` "csv" or "json". Duplicates of approval numbers already in the pool are errors too.
  ReserveImportResult import(const Caller& c, const std::string& format, const std::string& text);
  // status "" | "reserve" | "converted"; q searches approval number, project and company.
  nlohmann::json list(const std::string& status, const std::string& search, int page, int page_size);
  nlohmann::json get(const std::string& approval_number);
  // Body {"customer":{"phone","name"}?, "contact_phone"?, "contact_name"?, "address"?,
  // "preferred_manager"?, fact overrides...}. 201 body {"reserve":{...},"application":{...}};
  // 409 when already converted.
  nlohmann::json convert(const Caller& c, const std::string& approval_number, const nlohmann::json& body);

 private:
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
};

}  // namespace gp::server
