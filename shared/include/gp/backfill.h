// Rule M5 ("杜绝系统补录": no back-filled records). A step's claimed date or time can be neither
// before the application's submission nor in the future; a step recorded long after the moment it
// claims (more than the company's `backfill_after_hours`) is flagged 补录, and the event chain
// (recorded instant vs claimed moment, hash-chained) is the proof.
#pragma once
#include <string>

#include "gp/date.h"
#include "gp/error.h"

namespace gp {

// Seconds of clock difference tolerated for a claimed time "now" (a client's clock running ahead).
constexpr Instant kClaimedClockSkew = 300;

// A claimed date: not before the submission day, not after today (China Standard Time).
Status check_claimed_date(const Date& d, Instant submitted_at, Instant now, const std::string& field);
// A claimed instant: not before the submission, not after now (+ kClaimedClockSkew).
Status check_claimed_instant(Instant t, Instant submitted_at, Instant now, const std::string& field);

// The moment a claimed date stands for: the end of that day, so a same-day record is never late.
Instant claimed_moment_of(const Date& d);
// Recorded more than `after_hours` after the claimed moment.
bool is_backfilled(Instant claimed, Instant recorded, int after_hours);

}  // namespace gp
