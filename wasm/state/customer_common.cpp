#include "state/customer_common.h"

#include <cstdio>

#include "state/strings.h"

namespace state {

long long next_request_id() {
  static long long n = 0;
  return ++n;
}

std::string jtext(const nlohmann::json& j, const std::string& base) {
  const std::string zh = base.empty() ? "zh" : base + "_zh";
  const std::string en_key = base.empty() ? "en" : base + "_en";
  const std::string& key = en() ? en_key : zh;
  if (j.is_object() && j.contains(key) && j.at(key).is_string()) return j.at(key).get<std::string>();
  if (j.is_object() && j.contains(zh) && j.at(zh).is_string()) return j.at(zh).get<std::string>();
  return "";
}

std::string name_of(const gp::dto::CodeName& n) { return en() && !n.name_en.empty() ? n.name_en : n.name_zh; }

std::string jstr(const nlohmann::json& j, const char* key) {
  return j.is_object() && j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : std::string();
}

std::string short_time(std::string_view iso) {
  if (iso.size() < 16 || iso[10] != 'T') return std::string(iso);
  return std::string(iso.substr(0, 10)) + " " + std::string(iso.substr(11, 5));
}

std::string short_date(std::string_view iso) { return std::string(iso.substr(0, std::min<std::size_t>(10, iso.size()))); }

std::string days_number(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", v);
  std::string s = b;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

std::string working_days_text(double v) { return trf("common.days_n", {days_number(v)}); }

std::string status_text(std::string_view status) {
  const std::string key = "my.status." + std::string(status);
  return has_key(key) ? tr(key) : std::string(status);
}

std::string url_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string size_text(double bytes) {
  char b[32];
  if (bytes < 1024) std::snprintf(b, sizeof b, "%.0f B", bytes);
  else if (bytes < 1024 * 1024) std::snprintf(b, sizeof b, "%.1f KB", bytes / 1024);
  else std::snprintf(b, sizeof b, "%.1f MB", bytes / (1024 * 1024));
  return b;
}

}  // namespace state
