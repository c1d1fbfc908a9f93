// Settings kept as key → text (JSON): the company's configuration override ("service_config"), the
// published holiday years ("calendar_year_YYYY"), the customers served per area ("customers_served").
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/conn.h"

namespace gp::store {

std::optional<std::string> find_setting(Conn& db, const std::string& key);
// Inserts or replaces.
void put_setting(Conn& db, const std::string& key, const std::string& value);
// Every (key, value) whose key starts with `prefix`, by key.
std::vector<std::pair<std::string, std::string>> settings_with_prefix(Conn& db, const std::string& prefix);

}  // namespace gp::store
