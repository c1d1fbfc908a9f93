// The messages screen (rule P1: progress pushed to the customer and kept in an inbox): the
// shell's InboxState as rows in the current language.
#pragma once
#include <string>
#include <vector>

#include "state/inbox_state.h"
#include "state/request.h"

namespace state {

struct InboxRow {
  long long id = 0;
  std::string title, body, at, number, kind;
  bool read = false;
};

std::vector<InboxRow> inbox_rows(const InboxState& s);
// After POST /notifications/read {"all": true}: everything shown as read.
void mark_all_read(InboxState& s);
// Ids of unread items shown (to mark them read).
std::vector<long long> unread_ids(const InboxState& s);

struct InboxScreen {
  Pending mark_pending;  // POST /notifications/read in flight
};

struct InboxIntent {
  std::string open;  // application number
  bool mark_all = false;
};

// The screen's intent: a message opens its application; "mark all read" asks the server, then
// shows everything read.
Requests apply(AppState& s, const InboxIntent& in);

// The shell's long poll (rule P1), asked every frame: one GET /notifications at a time while
// someone is logged in and the connection holds; the first asks the latest 50, later ones wait up
// to 25 s for news after the last seen. An answer for a user since logged out is dropped.
Requests poll_inbox(AppState& s);

}  // namespace state
