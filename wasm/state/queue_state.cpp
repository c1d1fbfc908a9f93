#include "state/queue_state.h"

#include <algorithm>

#include "gp/dto/wire.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

QueueRow queue_row_of(const gp::dto::ApplicationRowDto& it) {
  QueueRow r;
  r.number = it.number;
  r.status = it.status;
  r.level = it.level;
  if (it.stage) r.stage = name_of(*it.stage);
  r.business = name_of(it.business);
  r.customer_type = name_of(it.customer_type);
  r.contact_name = it.contact_name;
  r.contact_phone = it.contact_phone.value_or("");
  r.address = it.address;
  if (it.customer_manager) r.manager = it.customer_manager->name;
  if (it.project_manager) r.project_manager = it.project_manager->name;
  r.deadline = it.deadline.value_or("");
  r.waiting_for = it.waiting_for;
  r.channel = it.channel;
  r.remaining = it.remaining_working_days;
  r.elapsed = it.elapsed_working_days;
  r.limit = it.time_limit_working_days;
  r.escalation = it.escalation;
  r.paused = it.paused;
  const bool finished = r.status == "completed" || r.status == "withdrawn";
  r.urgency = urgency_of(r.level, r.remaining, r.paused || r.status == "waiting_customer", finished);
  return r;
}

const std::vector<std::string>& queue_status_values() {
  static const std::vector<std::string> v = {"open", "in_progress", "waiting_customer", "completed", "withdrawn", ""};
  return v;
}
const std::vector<std::string>& queue_stage_values() {
  static const std::vector<std::string> v = {"",           "application",    "supply_plan", "application_with_plan", "design_review",
                                             "customer_works", "mid_inspection", "connect",     "done"};
  return v;
}
const std::vector<std::string>& queue_level_values() {
  static const std::vector<std::string> v = {"", "overdue", "warning", "normal"};
  return v;
}

std::string queue_path(const QueueFilters& f, int page, int page_size) {
  const auto& st = queue_status_values();
  const auto& sg = queue_stage_values();
  const auto& lv = queue_level_values();
  std::string p = "/applications?sort=" + std::string(f.newest ? "newest" : "urgency");
  auto at = [](const std::vector<std::string>& v, int i) { return i >= 0 && i < static_cast<int>(v.size()) ? v[i] : std::string(); };
  if (!at(st, f.status).empty()) p += "&status=" + at(st, f.status);
  if (!at(sg, f.stage).empty()) p += "&stage=" + at(sg, f.stage);
  if (!at(lv, f.level).empty()) p += "&level=" + at(lv, f.level);
  if (f.manager > 0) p += "&manager=" + std::to_string(f.manager);
  if (!f.q.empty()) p += "&q=" + url_encode(f.q);
  p += "&page=" + std::to_string(page) + "&page_size=" + std::to_string(page_size);
  return p;
}

void queue_set_filters(QueueState& s, const QueueFilters& f) {
  if (f == s.filters && s.total >= 0) return;
  s.filters = f;
  s.pages.clear();
  s.pending.clear();
  s.total = -1;
  s.error.clear();
  ++s.generation;
  s.scroll_to_top = true;
}

void queue_refresh(QueueState& s) {
  ++s.generation;
  s.pending.clear();  // answers to older requests are dropped
  s.error.clear();
}

void queue_search_typed(QueueState& s, double now) { s.search_edited_at = now; }

bool queue_search_due(const QueueState& s, double now) {
  return s.search_edited_at >= 0 && now - s.search_edited_at >= kSearchDelay;
}

void queue_apply_search(QueueState& s) {
  s.search_edited_at = -1;
  // Trimmed: a stray space found nothing before.
  std::string q = s.search;
  const auto b = q.find_first_not_of(" \t");
  const auto e = q.find_last_not_of(" \t");
  q = b == std::string::npos ? std::string() : q.substr(b, e - b + 1);
  QueueFilters f = s.filters;
  f.q = q;
  queue_set_filters(s, f);
}

std::vector<int> queue_pages_needed(const QueueState& s, long long first, long long last) {
  std::vector<int> out;
  if (s.total < 0) {  // nothing known: the first page tells the total
    if (!s.pending.count(1)) out.push_back(1);
    return out;
  }
  for (int p : pages_of(first, std::min(last, s.total), s.page_size)) {
    if (s.pending.count(p)) continue;
    auto it = s.pages.find(p);
    if (it == s.pages.end() || it->second.generation != s.generation) out.push_back(p);
  }
  return out;
}

void queue_page_requested(QueueState& s, int page, long long id) { s.pending[page] = id; }

bool queue_page_loaded(QueueState& s, int page, long long id, const gp::dto::ApplicationPageDto& reply) {
  auto it = s.pending.find(page);
  if (it == s.pending.end() || it->second != id) return false;
  s.pending.erase(it);
  QueuePage pg;
  pg.generation = s.generation;
  for (const auto& item : reply.items) pg.rows.push_back(queue_row_of(item));
  const long long total = reply.total;
  if (total >= 0 && total != s.total) {
    // The list changed size: pages beyond the end go, the others are fetched again when seen.
    s.total = total;
    const int last_page = static_cast<int>((total + s.page_size - 1) / s.page_size);
    for (auto p = s.pages.begin(); p != s.pages.end();) p = p->first > last_page ? s.pages.erase(p) : std::next(p);
  }
  s.pages[page] = std::move(pg);
  s.error.clear();
  return true;
}

void queue_page_failed(QueueState& s, int page, long long id, const std::string& message) {
  auto it = s.pending.find(page);
  if (it == s.pending.end() || it->second != id) return;
  s.pending.erase(it);
  s.error = message;
}

const QueueRow* queue_row(const QueueState& s, long long index) {
  if (index < 0 || s.page_size <= 0) return nullptr;
  const int page = static_cast<int>(index / s.page_size) + 1;
  auto it = s.pages.find(page);
  if (it == s.pages.end()) return nullptr;
  const auto i = static_cast<std::size_t>(index % s.page_size);
  return i < it->second.rows.size() ? &it->second.rows[i] : nullptr;
}

long long queue_count(const QueueState& s) {
  if (s.total >= 0) return s.total;
  long long n = 0;
  for (const auto& [p, pg] : s.pages) n = std::max<long long>(n, static_cast<long long>(p - 1) * s.page_size + static_cast<long long>(pg.rows.size()));
  return n;
}

std::vector<ManagerRef> parse_staff_managers(const nlohmann::json& reply) {
  std::vector<ManagerRef> out;
  if (!reply.is_object() || !reply.contains("users") || !reply.at("users").is_array()) return out;
  for (const auto& u : reply.at("users")) {
    const std::string role = jstr(u, "role");
    if (role != "customer_manager" && role != "project_manager") continue;
    if (u.value("disabled", false)) continue;
    out.push_back({u.value("id", 0LL), jstr(u, "name"), role});
  }
  return out;
}

bool queue_supervisor(const AppState& s) {
  return s.session.user && (s.session.user->role == "command_center" || s.session.user->role == "admin");
}

namespace {
// One page: its own request id per page (several pages are in flight at once; a refresh drops
// the older answers through queue_page_loaded/failed).
Request page_request(QueueState& q, int page) {
  const long long id = next_request_id();
  queue_page_requested(q, page, id);
  return get(queue_path(q.filters, page, q.page_size), [page, id](AppState& s, const net::ApiReply& r) {
    auto& qq = s.staff.queue;
    if (!r.ok()) {
      queue_page_failed(qq, page, id, reply_text(r));
      return Requests{};
    }
    try {
      queue_page_loaded(qq, page, id, gp::dto::decode<gp::dto::ApplicationPageDto>(r.body));
    } catch (const gp::dto::DecodeError& e) {
      queue_page_failed(qq, page, id, trf("common.bad_reply", {e.path}));
    }
    return Requests{};
  });
}
}  // namespace

Requests apply(AppState& s, const QueueIntent& in) {
  auto& q = s.staff.queue;
  Requests out;
  if (queue_supervisor(s) && !q.managers_requested) {  // the manager filter's choices, once
    q.managers_requested = true;
    out.push_back(get("/admin/users", [](AppState& st, const net::ApiReply& r) {
      if (r.ok()) st.staff.queue.managers = parse_staff_managers(r.body);
      return Requests{};
    }));
  }
  // Back on the screen, or news of an application: the rows in view are fetched again (they stay
  // shown until their fresh page is in).
  bool refresh = in.entered && q.total >= 0;
  if (!s.inbox.touched.empty()) {
    s.inbox.touched.clear();
    refresh = true;
  }
  if (refresh) queue_refresh(q);
  if (in.filters) queue_set_filters(q, *in.filters);
  if (in.refresh) queue_refresh(q);
  if (in.search_typed) queue_search_typed(q, in.now);
  if (in.search_now || queue_search_due(q, in.now)) queue_apply_search(q);
  if (!in.open.empty()) go(s, Screen::Detail, in.open);
  for (int page : queue_pages_needed(q, in.first, std::max(in.last, in.first + 1))) out.push_back(page_request(q, page));
  return out;
}

}  // namespace state
