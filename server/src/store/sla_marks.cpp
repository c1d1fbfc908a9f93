#include "store/sla_marks.h"

#include "store/sql.h"

namespace gp::store {

std::set<std::string> sla_marks_of(Conn& db, const std::string& subject) {
  Query q(db, "SELECT mark FROM sla_marks WHERE subject = ?");
  q->bind(1, subject);
  std::set<std::string> out;
  while (q->executeStep()) out.insert(q->getColumn(0).getString());
  return out;
}

bool record_sla_mark(Conn& db, const std::string& subject, const std::string& mark, gp::Instant at) {
  Query q(db, "INSERT OR IGNORE INTO sla_marks(subject, mark, at) VALUES (?,?,?)");
  q->bind(1, subject);
  q->bind(2, mark);
  q->bind(3, static_cast<std::int64_t>(at));
  return q->exec() == 1;
}

}  // namespace gp::store
