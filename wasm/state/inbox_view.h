// The messages screen (rule P1: progress pushed to the customer and kept in an inbox): the
// shell's InboxState as rows in the current language.
#pragma once
#include <string>
#include <vector>

#include "state/inbox_state.h"

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
  long long mark_pending = 0;
};

}  // namespace state
