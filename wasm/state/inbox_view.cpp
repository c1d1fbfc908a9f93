#include "state/inbox_view.h"

#include "state/customer_common.h"

namespace state {

std::vector<InboxRow> inbox_rows(const InboxState& s) {
  std::vector<InboxRow> out;
  if (!s.items.is_array()) return out;
  for (const auto& it : s.items) {
    InboxRow r;
    r.id = it.value("id", 0LL);
    r.title = jtext(it, "title");
    r.body = jtext(it, "body");
    r.at = short_time(jstr(it, "at"));
    r.number = jstr(it, "application_number");
    r.kind = jstr(it, "kind");
    r.read = it.value("read", false);
    out.push_back(std::move(r));
  }
  return out;
}

void mark_all_read(InboxState& s) {
  if (s.items.is_array())
    for (auto& it : s.items) it["read"] = true;
  s.unread = 0;
}

std::vector<long long> unread_ids(const InboxState& s) {
  std::vector<long long> out;
  if (s.items.is_array())
    for (const auto& it : s.items)
      if (!it.value("read", false)) out.push_back(it.value("id", 0LL));
  return out;
}

}  // namespace state
