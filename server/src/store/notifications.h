// The inbox (table notifications; rule P1: progress pushed to the customer, rule M2: escalations to
// staff): written inside the caller's transaction, read by the inbox, long poll and stream.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

struct NewNotification {
  std::int64_t user_id = 0;
  std::int64_t application_id = 0;  // 0 = none (stored NULL)
  gp::Instant at = 0;
  std::string kind, title_zh, title_en, body_zh, body_en;
};

struct NotificationRow {
  std::int64_t id = 0;
  gp::Instant at = 0;
  std::string kind, title_zh, title_en, body_zh, body_en;
  bool read = false;
  std::optional<std::string> application_number;
};

void insert_notification(Conn& db, const NewNotification& n);
// The user's notifications with id > after, newest first, at most `limit`.
std::vector<NotificationRow> notifications_after(Conn& db, std::int64_t user, std::int64_t after, int limit);
std::int64_t unread_notifications(Conn& db, std::int64_t user);
// The user's highest notification id, 0 when none.
std::int64_t last_notification_id(Conn& db, std::int64_t user);
// Marks read; only the user's own unread notifications change. Returns how many changed.
int mark_all_notifications_read(Conn& db, std::int64_t user);
int mark_notifications_read(Conn& db, std::int64_t user, const std::vector<std::int64_t>& ids);

}  // namespace gp::store
