// Bilingual text out of the API's and the catalogue's JSON: objects carry "name_zh"/"name_en",
// "label_zh"/"label_en" or "zh"/"en" pairs; screens show the one of the current language.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "state/strings.h"

namespace ui {

// j["<base>_zh"] / j["<base>_en"] ("name" -> name_zh/name_en); base "" -> j["zh"] / j["en"].
inline std::string jtext(const nlohmann::json& j, const std::string& base = "name") {
  const std::string zh = base.empty() ? "zh" : base + "_zh";
  const std::string en = base.empty() ? "en" : base + "_en";
  const std::string& key = state::en() ? en : zh;
  if (j.is_object() && j.contains(key) && j.at(key).is_string()) return j.at(key).get<std::string>();
  if (j.is_object() && j.contains(zh) && j.at(zh).is_string()) return j.at(zh).get<std::string>();
  return "";
}

inline std::string jstr(const nlohmann::json& j, const char* key) {
  return j.is_object() && j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : std::string();
}

// "2" or "2.5" — numbers shown without trailing zeros.
std::string num_text(double v, int max_decimals = 1);

}  // namespace ui
