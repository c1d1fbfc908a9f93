#include "store/notifications.h"

#include "store/sql.h"

namespace gp::store {

void insert_notification(Conn& db, const NewNotification& n) {
  Query q(db, "INSERT INTO notifications(user_id, application_id, at, kind, title_zh, title_en, body_zh, body_en) "
              "VALUES (?,?,?,?,?,?,?,?)");
  q->bind(1, n.user_id);
  if (n.application_id) q->bind(2, n.application_id); else q->bind(2);
  q->bind(3, static_cast<std::int64_t>(n.at));
  q->bind(4, n.kind);
  q->bind(5, n.title_zh);
  q->bind(6, n.title_en);
  q->bind(7, n.body_zh);
  q->bind(8, n.body_en);
  q->exec();
}

std::vector<NotificationRow> notifications_after(Conn& db, std::int64_t user, std::int64_t after, int limit) {
  SQLite::Statement q(db, "SELECT n.id, n.at, n.kind, n.title_zh, n.title_en, n.body_zh, n.body_en, n.read, a.number "
                          "FROM notifications n LEFT JOIN applications a ON a.id = n.application_id "
                          "WHERE n.user_id = ? AND n.id > ? ORDER BY n.id DESC LIMIT ?");
  q.bind(1, user);
  q.bind(2, after);
  q.bind(3, limit);
  std::vector<NotificationRow> out;
  while (q.executeStep()) {
    NotificationRow r;
    r.id = q.getColumn(0).getInt64();
    r.at = q.getColumn(1).getInt64();
    r.kind = q.getColumn(2).getString();
    r.title_zh = q.getColumn(3).getString();
    r.title_en = q.getColumn(4).getString();
    r.body_zh = q.getColumn(5).getString();
    r.body_en = q.getColumn(6).getString();
    r.read = q.getColumn(7).getInt() != 0;
    if (!q.getColumn(8).isNull()) r.application_number = q.getColumn(8).getString();
    out.push_back(std::move(r));
  }
  return out;
}

std::int64_t unread_notifications(Conn& db, std::int64_t user) {
  SQLite::Statement u(db, "SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read = 0");
  u.bind(1, user);
  u.executeStep();
  return u.getColumn(0).getInt64();
}

std::int64_t last_notification_id(Conn& db, std::int64_t user) {
  SQLite::Statement m(db, "SELECT COALESCE(MAX(id), 0) FROM notifications WHERE user_id = ?");
  m.bind(1, user);
  m.executeStep();
  return m.getColumn(0).getInt64();
}

int mark_all_notifications_read(Conn& db, std::int64_t user) {
  SQLite::Statement q(db, "UPDATE notifications SET read = 1 WHERE user_id = ? AND read = 0");
  q.bind(1, user);
  return q.exec();
}

int mark_notifications_read(Conn& db, std::int64_t user, const std::vector<std::int64_t>& ids) {
  int n = 0;
  SQLite::Statement q(db, "UPDATE notifications SET read = 1 WHERE user_id = ? AND id = ? AND read = 0");
  for (auto id : ids) {
    q.bind(1, user);
    q.bind(2, id);
    n += q.exec();
    q.reset();
  }
  return n;
}

}  // namespace gp::store
