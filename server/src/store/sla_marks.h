// What supervision has recorded per subject (table sla_marks; rules M1, M2, D4): "warning",
// "overdue", "escalation_<n>" by the SLA job, "ack_<n>" by the board's acknowledgement. A subject is
// "app:<id>", "app:<id>:stage:<i>", "app:<id>:works:<n>" or "res:<id>". The one repository both
// SlaJob and BoardService read and write.
#pragma once
#include <set>
#include <string>

#include "gp/date.h"
#include "store/conn.h"

namespace gp::store {

// Every mark of a subject: one lookup per subject.
std::set<std::string> sla_marks_of(Conn& db, const std::string& subject);
// Records a mark once; true when it is new (false when the subject already had it).
bool record_sla_mark(Conn& db, const std::string& subject, const std::string& mark, gp::Instant at);

}  // namespace gp::store
