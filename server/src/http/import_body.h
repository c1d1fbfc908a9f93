// Bodies of the import routes (reserve pool R1, outages G5): CSV (text/csv) or JSON, and the one
// answer for a refused import — 400 with the usual error object plus every problem found, by line:
//   {"error":{"code":"invalid_rows",...},"errors":[{"code","field","message_zh","message_en"}...]}
#pragma once
#include <string>
#include <vector>

#include <httplib.h>

#include "gp/error.h"

namespace gp::server {

// "csv" for text/csv, "json" for application/json (the body then passes parse_json_body's
// checks); 415 naming Content-Type for anything else. A charset, if given, must be utf-8.
std::string import_format(const httplib::Request& req, bool json_allowed = true);

void write_import_errors(const httplib::Request& req, httplib::Response& res, const std::vector<gp::Error>& errors);

}  // namespace gp::server
