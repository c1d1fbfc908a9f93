// The supply contract is written at the workflow step that makes it available (rule P1), inside
// that step's transaction, so that reading it (GET) never writes (issue 15).
#pragma once
#include "store/conn.h"

#include "gp/service_config.h"
#include "services/application_service.h"

namespace gp::server {

// Inserts the contract of `app` when its state makes one available and none exists yet; the text
// is dated `at` (the step's instant). Returns true when a contract was written.
bool issue_contract_if_due(store::Conn& db, const LoadedApplication& app, const gp::ServiceConfig& cfg, gp::Instant at);

// Rule W2: writes a new version of the works contract (服务契约) when supporting works were recorded
// since the latest version (version = the works items covered). Returns true when one was written.
bool issue_works_contract_if_due(store::Conn& db, const LoadedApplication& app, const gp::ServiceConfig& cfg, gp::Instant at);

}  // namespace gp::server
