// Query-string parameters with precise errors: every refusal is a 400 ApiError naming the
// parameter in `field`, so the client can point at it.
#pragma once
#include <initializer_list>
#include <string>

#include <httplib.h>

#include "gp/date.h"

namespace gp::server {

// 400 "unknown_parameter" for any parameter not in `allowed` ("lang" is always allowed):
// a misspelt parameter is reported instead of silently ignored.
void allow_only_params(const httplib::Request& req, std::initializer_list<const char*> allowed);

// The one non-empty value of `name`: 400 "required" when absent or empty, "duplicate" when repeated.
std::string required_param(const httplib::Request& req, const char* name);

// A real calendar date written YYYY-MM-DD (no 2023-02-29): 400 "invalid" otherwise.
gp::Date date_param(const httplib::Request& req, const char* name);

// A decimal integer (digits, optional leading '-') within [min, max]: 400 "invalid" when not an
// integer, "out_of_range" when outside.
long long int_param(const httplib::Request& req, const char* name, long long min, long long max);

}  // namespace gp::server
