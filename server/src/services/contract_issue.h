// The supply contract is written at the workflow step that makes it available (rule P1), inside
// that step's transaction, so that reading it (GET) never writes (issue 15).
#pragma once
#include <SQLiteCpp/SQLiteCpp.h>

#include "gp/service_config.h"
#include "services/application_service.h"

namespace gp::server {

// Inserts the contract of `app` when its state makes one available and none exists yet; the text
// is dated `at` (the step's instant). Returns true when a contract was written.
bool issue_contract_if_due(SQLite::Database& db, const LoadedApplication& app, const gp::ServiceConfig& cfg, gp::Instant at);

}  // namespace gp::server
