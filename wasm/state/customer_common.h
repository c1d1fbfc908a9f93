// Small pure helpers the customer's screens share: request ids (a reply that arrives after the
// user moved on, logged out or the kiosk reset is recognised and dropped), bilingual text out of
// the API's JSON, times and working days as people read them, URL query encoding.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "gp/dto/common.h"

namespace state {

// A fresh id for a request. A screen keeps the id of the request it waits for; the reply handler
// ignores replies whose id is not the one kept (never 0, so a reset state waits for none).
long long next_request_id();

// j["<base>_zh"] / j["<base>_en"] in the current language ("" base: j["zh"] / j["en"]).
std::string jtext(const nlohmann::json& j, const std::string& base = "name");
// A coded name ({code, name_zh, name_en}, the shared DTO) in the current language (Chinese when
// the English is missing).
std::string name_of(const gp::dto::CodeName& n);
// j[key] when it is a string, else "".
std::string jstr(const nlohmann::json& j, const char* key);

// "2026-12-02T09:30:00+08:00" -> "2026-12-02 09:30" (China Standard Time, as the server sends).
std::string short_time(std::string_view iso);
// "2026-12-02T..." -> "2026-12-02".
std::string short_date(std::string_view iso);
// 2 -> "2", 1.5 -> "1.5", 0.25 -> "0.3" (one decimal at most).
std::string days_number(double v);
// "1.5 个工作日" / "1.5 working days".
std::string working_days_text(double v);

// Application status ("in_progress", ...) in the current language.
std::string status_text(std::string_view status);

// Percent-encodes everything but unreserved characters (for query values).
std::string url_encode(std::string_view s);

// Bytes as "512 B", "12.3 KB", "1.2 MB".
std::string size_text(double bytes);

}  // namespace state
