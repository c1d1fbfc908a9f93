#include "state/sms_outbox_state.h"

namespace state {

void outbox_loaded(SmsOutboxState& s, const nlohmann::json& reply, bool en) {
  s.rows.clear();
  s.loaded = true;
  s.error.clear();
  if (!reply.is_object()) return;
  s.development = reply.value("development_only", false);
  s.notice.clear();
  if (reply.contains("notice") && reply.at("notice").is_object()) s.notice = reply.at("notice").value(en ? "en" : "zh", "");
  if (!reply.contains("messages") || !reply.at("messages").is_array()) return;
  for (const auto& m : reply.at("messages")) {
    if (!m.is_object()) continue;
    OutboxRow r;
    r.phone = m.value("phone", "");
    r.purpose = m.value("purpose", "");
    r.status = m.value("status", "");
    r.created_at = m.value("created_at", "");
    r.code = m.value("code", "");
    r.text = m.value("text", "");
    r.last_error = m.value("last_error", "");
    r.attempts = m.value("attempts", 0);
    s.rows.push_back(std::move(r));
  }
}

}  // namespace state
