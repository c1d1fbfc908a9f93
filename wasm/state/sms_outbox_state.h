// The admin's view of the SMS outbox (issue 15). Without a gateway the server's development outbox
// shows each message with its code — development only, nothing reached a phone; with a gateway it
// shows delivery state only.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "state/request.h"

namespace state {

struct OutboxRow {
  std::string phone, purpose, status, created_at, code, text, last_error;
  int attempts = 0;
};

struct SmsOutboxState {
  std::vector<OutboxRow> rows;
  bool development = false;
  std::string notice;  // the server's "development only" notice in the current language
  bool loaded = false;
  Pending load;        // GET /admin/sms/outbox in flight
  std::string error;
};

void outbox_loaded(SmsOutboxState& s, const nlohmann::json& reply, bool en);

}  // namespace state
