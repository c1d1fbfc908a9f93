#include "state/inbox_state.h"

#include <algorithm>

namespace state {

bool merge_inbox(InboxState& s, const nlohmann::json& reply) {
  if (!reply.is_object() || !reply.contains("items") || !reply.at("items").is_array()) return false;
  bool fresh = false;
  nlohmann::json merged = nlohmann::json::array();
  for (const auto& it : reply.at("items")) {
    const long long id = it.value("id", 0LL);
    if (id <= s.last_id && s.primed) continue;
    merged.push_back(it);
    fresh = true;
    if (it.contains("application_number") && it.at("application_number").is_string())
      s.touched.push_back(it.at("application_number").get<std::string>());
  }
  for (const auto& it : s.items) merged.push_back(it);
  while (merged.size() > 200) merged.erase(merged.end() - 1);
  s.items = merged;
  s.last_id = std::max(s.last_id, reply.value("last_id", s.last_id));
  s.unread = reply.value("unread", s.unread);
  s.primed = true;
  return fresh;
}

bool take_touched(InboxState& s, const std::string& number) {
  auto it = std::find(s.touched.begin(), s.touched.end(), number);
  if (it == s.touched.end()) return false;
  s.touched.erase(std::remove(s.touched.begin(), s.touched.end(), number), s.touched.end());
  return true;
}

}  // namespace state
