#include "state/inbox_view.h"

#include "state/app_state.h"
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


namespace {
Pending& mark_slot(AppState& s) { return s.customer.inbox.mark_pending; }
}  // namespace

Requests apply(AppState& s, const InboxIntent& in) {
  if (!in.open.empty()) go(s, Screen::Detail, in.open);
  if (in.mark_all && !s.customer.inbox.mark_pending.busy()) {
    return {pending(s, mark_slot, post("/notifications/read", {{"all", true}}, [](AppState& st, const net::ApiReply& r) {
      if (r.ok()) mark_all_read(st.inbox);
      return Requests{};
    }))};
  }
  return {};
}

Requests poll_inbox(AppState& s) {
  if (!s.session.user || s.inbox.polling || s.conn.lost) return {};
  s.inbox.polling = true;
  const long long user = s.session.user->id;
  const std::string path = "/notifications?after=" + std::to_string(s.inbox.primed ? s.inbox.last_id : 0) +
                           (s.inbox.primed ? "&wait=25" : "&limit=50");
  return {get(path, [user](AppState& st, const net::ApiReply& r) {
    st.inbox.polling = false;
    if (!st.session.user || st.session.user->id != user) return Requests{};  // logged out meanwhile
    if (r.ok()) merge_inbox(st.inbox, r.body);
    return Requests{};
  })};
}

}  // namespace state
