// The command center's 7x24 board (rules M1, M2, G6, D4): every open application and open
// reservation with its time-limit level, escalation level, age in the company's working days,
// step and customer manager, and counts per level, escalation, manager and step. And the
// acknowledgement of a warning, which stops it from rising further.
//
// Rule M2 as implemented — "warnings escalate automatically when not handled":
//  - Levels come from the clock (shared/sla): warning at 80 % of a limit (escalation 1, the
//    customer manager), breach of the limit (escalation 2, the command center), overdue by a further
//    20 % of the limit, at least one working day (escalation 3, leadership).
//  - Handling = an acknowledgement with a note, recorded as the event "warning_acknowledged" and
//    as the mark "ack_<E>" in sla_marks for each current subject (the whole application and the
//    active step) at its escalation level E.
//  - The rise that waits on handling is the one to leadership: a subject acknowledged at level 2
//    (by the command center or an admin) is never escalated to leadership (SlaJob skips
//    "escalation_3"). A breach is a new alarm, not a rise of the warning: a warning acknowledged by
//    the customer manager (level 1) still reaches the command center when the limit is breached.
//  - Each role handles its own level or one below: the customer manager at level 1; the command
//    center at levels 1–2; an admin (leadership) at any level. A warning already escalated past
//    the caller is refused (409), as is a second acknowledgement of the same level.
//  - The board's escalation is the clock's, capped at 2 for an acknowledged level-2 subject (it
//    will not be raised), so the board shows what the job will do.
#pragma once
#include <nlohmann/json.hpp>

#include "services/application_service.h"

namespace gp::server {

class BoardService {
 public:
  BoardService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}

  // GET /board: {"now","items":[...],"counts":{...}} (command center, admin).
  nlohmann::json board();
  // POST /applications/{number}/acknowledge {"note"}: the assigned customer manager, the command
  // center or an admin. Answers {"acknowledged":{...},"application":{...}}.
  nlohmann::json acknowledge(const Caller& c, const std::string& number, const nlohmann::json& body);

 private:
  Env env_;
  ApplicationService& apps_;  // loading, rendering and appending to applications
};

}  // namespace gp::server
