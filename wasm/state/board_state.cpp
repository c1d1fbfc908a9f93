#include "state/board_state.h"

#include <algorithm>

#include "gp/dto/application.h"
#include "gp/dto/lists.h"
#include "gp/dto/wire.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/queue_state.h"
#include "state/strings.h"

namespace state {

namespace {
// Read through the shared DTOs (gp/dto/lists.h): a body of another shape throws
// gp::dto::DecodeError naming the key, shown as common.bad_reply by the load below.
BoardItem board_item_of(const gp::dto::BoardItemDto& j) {
  BoardItem it;
  it.kind = j.kind;
  it.number = j.number;
  it.status = j.status;
  it.level = j.level;
  it.channel = j.channel;
  if (j.stage) {
    it.stage_code = j.stage->code;
    it.stage = name_of(*j.stage);
  }
  it.contact_name = j.contact_name;
  it.address = j.address;
  it.customer_type = j.customer_type;
  if (j.customer_manager) {
    it.manager = j.customer_manager->name;
    it.manager_id = j.customer_manager->id;
  }
  if (j.project_manager) it.project_manager = j.project_manager->name;
  const bool reservation = it.kind == "reservation";
  it.deadline = reservation ? j.due_at : j.deadline.value_or("");
  it.submitted_at = j.submitted_at;
  it.escalation_to = j.escalation_to;
  it.waiting_for = j.waiting_for;
  it.escalation = j.escalation;
  it.acknowledged = j.acknowledged;
  it.age = j.age_working_days;
  if (reservation) it.remaining_seconds = j.remaining_seconds;  // each kind has its own clock
  else it.remaining = j.remaining_working_days;
  it.time_limit = j.time_limit_working_days;
  const bool paused = it.status == "waiting_customer";
  // A reservation's clock is in hours and minutes: "due soon" is the last fifth of its time.
  std::optional<double> rem = it.remaining;
  if (reservation && it.remaining_seconds) rem = *it.remaining_seconds > 0 ? 2.0 : -1.0;
  it.urgency = urgency_of(it.level, rem, paused, false);
  return it;
}
}  // namespace

BoardItem parse_board_item(const nlohmann::json& j) { return board_item_of(gp::dto::decode<gp::dto::BoardItemDto>(j)); }

UrgencyKey board_key(const BoardItem& it) {
  UrgencyKey k;
  k.urgency = it.urgency;
  k.escalation = it.escalation;
  // Reservations count in seconds: 86400 s of clock time weigh as one working day here.
  k.remaining = it.remaining ? *it.remaining : it.remaining_seconds ? *it.remaining_seconds / 86400.0 : 1e9;
  k.age = it.age;
  k.number = it.number;
  return k;
}

bool board_matches(const BoardItem& it, const BoardFilters& f) {
  if (f.kind == 1 && it.kind != "application") return false;
  if (f.kind == 2 && it.kind != "reservation") return false;
  static const char* levels[] = {"", "overdue", "warning", "normal"};
  if (f.level > 0 && f.level < 4 && it.level != levels[f.level]) return false;
  if (f.escalation > 0 && it.escalation < f.escalation) return false;
  if (!f.manager.empty()) {
    const std::string key = it.manager_id > 0 ? std::to_string(it.manager_id) : "~";
    if (key != f.manager) return false;
  }
  if (!f.stage.empty() && it.stage_code != f.stage) return false;
  if (f.unhandled && (it.escalation < 1 || it.acknowledged)) return false;
  return true;
}

void board_apply_filters(BoardState& s) {
  s.view.clear();
  for (std::size_t i = 0; i < s.items.size(); ++i)
    if (board_matches(s.items[i], s.filters)) s.view.push_back(i);
  std::stable_sort(s.view.begin(), s.view.end(),
                   [&](std::size_t a, std::size_t b) { return more_urgent(board_key(s.items[a]), board_key(s.items[b])); });
}

void board_loaded(BoardState& s, const nlohmann::json& reply, double now) {
  const auto r = gp::dto::decode<gp::dto::BoardDto>(reply);  // before anything shown changes
  s.items.clear();
  s.by_manager.clear();
  s.by_stage.clear();
  s.loaded = true;
  s.loaded_at = now;
  s.error.clear();
  s.now = r.now;
  for (const auto& j : r.items) s.items.push_back(board_item_of(j));
  const auto count = [](const std::map<std::string, int>& m, const std::string& key) {
    auto it = m.find(key);
    return it == m.end() ? 0 : it->second;
  };
  s.count_total = r.counts.total;
  s.count_warning = count(r.counts.by_level, "warning");
  s.count_overdue = count(r.counts.by_level, "overdue");
  s.count_reservations = count(r.counts.by_kind, "reservation");
  for (int i = 0; i < 4; ++i) s.by_escalation[i] = count(r.counts.by_escalation, std::to_string(i));
  for (const auto& m : r.counts.by_manager) {
    BoardCount c;
    c.key = m.id ? std::to_string(*m.id) : "~";
    c.name = m.id ? m.name : std::string(tr("board.no_manager"));
    c.total = m.total;
    c.warning = m.warning;
    c.overdue = m.overdue;
    s.by_manager.push_back(c);
  }
  for (const auto& m : r.counts.by_stage) {
    BoardCount c;
    c.key = m.stage ? m.stage->code : "";
    c.name = c.key.empty() ? std::string(tr("board.no_stage")) : name_of(*m.stage);
    c.total = m.total;
    c.warning = m.warning;
    c.overdue = m.overdue;
    s.by_stage.push_back(c);
  }
  board_apply_filters(s);
  // A selection whose item is gone (handled, converted) closes.
  if (s.selected && !board_find(s, s.selected->number)) s.selected.reset();
}

std::vector<std::pair<long long, std::string>> board_managers(const BoardState& s) {
  std::vector<std::pair<long long, std::string>> out;
  for (const auto& c : s.by_manager)
    if (c.key != "~") out.emplace_back(std::stoll(c.key), c.name);
  return out;
}

int handling_level(const std::string& role) {
  if (role == "customer_manager") return 1;
  if (role == "command_center") return 2;
  if (role == "admin") return 3;
  return 0;
}

bool board_can_acknowledge(const BoardItem& it, const std::string& role) {
  return it.kind == "application" && it.escalation >= 1 && !it.acknowledged && it.escalation <= handling_level(role);
}

void board_select(BoardState& s, const std::string& kind, const std::string& number) {
  if (s.selected && s.selected->number == number) return;
  BoardSelection sel;
  sel.kind = kind;
  sel.number = number;
  s.selected = std::move(sel);
}

const BoardItem* board_find(const BoardState& s, const std::string& number) {
  for (const auto& it : s.items)
    if (it.number == number) return &it;
  return nullptr;
}

void board_selection_loaded(BoardSelection& sel, const nlohmann::json& body) {
  const auto app = gp::dto::decode<gp::dto::ApplicationDetail>(body);  // gp/dto/application.h
  sel.app = body;
  nlohmann::json only = nlohmann::json::array();
  for (const auto& a : app.next_actions)
    if (a.action == "assign_managers") only.push_back(a);
  sync_actions(sel.forms, only);
  // Preselect the current managers: reassigning starts from who holds it now.
  for (auto& f : sel.forms)
    for (auto& fld : f.fields) {
      if (fld.choice >= 0) continue;
      const auto& who = fld.name == "customer_manager" ? app.customer_manager
                        : fld.name == "project_manager" ? app.project_manager
                                                        : std::optional<gp::dto::PartyDto>{};
      if (!who || !who->id) continue;
      const std::string id = std::to_string(*who->id);
      for (std::size_t i = 0; i < fld.options.size(); ++i)
        if (fld.options[i].value == id) fld.choice = static_cast<int>(i);
    }
}

namespace {

Pending& load_slot(AppState& s) { return s.staff.board.load; }
Pending& app_slot(AppState& s) {
  static Pending gone;  // the selection was closed: its answer finds nobody waiting
  auto& b = s.staff.board;
  return b.selected ? b.selected->app_load : (gone = Pending{});
}

Request load(AppState& s, double now) {
  return pending(s, load_slot, get("/board", [now](AppState& st, const net::ApiReply& r) {
    auto& b = st.staff.board;
    if (!r.ok()) {
      b.error = reply_text(r);
      return Requests{};
    }
    try {
      board_loaded(b, r.body, now);
    } catch (const gp::dto::DecodeError& e) {
      b.error = trf("common.bad_reply", {e.path});
    }
    return Requests{};
  }));
}
// After a change: the board again, unless a load is already on its way.
Requests reload(AppState& s, double now) { return s.staff.board.load.busy() ? Requests{} : Requests{load(s, now)}; }

Request load_selected_app(AppState& s) {
  const std::string number = s.staff.board.selected->number;
  return pending(s, app_slot, get("/applications/" + url_encode(number), [number](AppState& st, const net::ApiReply& r) {
    auto& b = st.staff.board;
    if (!b.selected || b.selected->number != number || !r.ok()) return Requests{};
    try {
      board_selection_loaded(*b.selected, r.body);
    } catch (const gp::dto::DecodeError& e) {
      b.error = trf("common.bad_reply", {e.path});
    }
    return Requests{};
  }));
}

}  // namespace

Requests apply(AppState& s, const BoardIntent& in) {
  auto& b = s.staff.board;
  Requests out;
  if (!b.managers_requested) {  // customer managers to dispatch to, once
    b.managers_requested = true;
    out.push_back(get("/admin/users", [](AppState& st, const net::ApiReply& r) {
      if (!r.ok()) return Requests{};
      auto& bb = st.staff.board;
      bb.managers.clear();
      for (const auto& m : parse_staff_managers(r.body))
        if (m.role == "customer_manager") bb.managers.emplace_back(m.id, m.name);
      return Requests{};
    }));
  }
  bool fetch = in.entered || (b.loaded && in.now - b.loaded_at >= kBoardRefreshSeconds);
  if (!s.inbox.touched.empty()) {
    s.inbox.touched.clear();
    fetch = true;
  }
  if (fetch && !b.load.busy()) out.push_back(load(s, in.now));

  if (in.tab >= 0) b.tab = in.tab;
  if (in.filters_changed) board_apply_filters(b);
  if (in.refresh && !b.load.busy()) out.push_back(load(s, in.now));
  if (in.close) b.selected.reset();
  if (in.select) {
    board_select(b, in.select->first, in.select->second);
    b.scroll_to_top = true;  // the panel is at the top of the board
    if (in.select->first == "application" && b.selected->app.is_null() && !b.selected->app_load.busy()) out.push_back(load_selected_app(s));
  }
  if (!in.open.empty()) go(s, Screen::Detail, in.open);
  if (b.selected && in.note_edited) b.selected->note_error.clear();
  const double now = in.now;
  if (b.selected && in.acknowledge && !b.selected->ack_busy) {  // rule M2: handling a warning
    auto& sel = *b.selected;
    if (sel.note.empty()) {
      sel.note_error = tr("board.ack_note_required");
    } else {
      sel.ack_busy = true;
      const std::string number = sel.number;
      out.push_back(post("/applications/" + url_encode(number) + "/acknowledge", {{"note", sel.note}}, [number, now](AppState& st, const net::ApiReply& r) {
        auto& bb = st.staff.board;
        if (!bb.selected || bb.selected->number != number) return Requests{};
        bb.selected->ack_busy = false;
        if (!r.ok()) {
          bb.selected->note_error = reply_text(r);
          return Requests{};
        }
        bb.selected->note.clear();
        bb.selected->notice = tr("board.ack_done");
        return reload(st, now);
      }));
    }
  }
  if (b.selected && in.reassign_edited >= 0) check_action(b.selected->forms[static_cast<std::size_t>(in.reassign_edited)], false);
  if (b.selected && in.reassign_submit >= 0) {
    auto& f = b.selected->forms[static_cast<std::size_t>(in.reassign_submit)];
    if (!f.busy && check_action(f, true)) {
      f.busy = true;
      const std::string number = b.selected->number;
      out.push_back(post("/applications/" + url_encode(number) + "/actions", action_body(f), [number, now](AppState& st, const net::ApiReply& r) {
        auto& bb = st.staff.board;
        if (!bb.selected || bb.selected->number != number || bb.selected->forms.empty()) return Requests{};
        auto& form = bb.selected->forms.front();
        form.busy = false;
        if (!r.ok()) {
          place_action_error(form, reply_field(r), reply_text(r));
          return Requests{};
        }
        bb.selected->notice = tr("board.reassigned");
        try {
          board_selection_loaded(*bb.selected, r.body);  // the answer is the application as it now is
        } catch (const gp::dto::DecodeError& e) {
          bb.error = trf("common.bad_reply", {e.path});
        }
        return reload(st, now);
      }));
    }
  }
  if (b.selected && in.dispatch && !b.selected->dispatch_busy) {
    auto& sel = *b.selected;
    if (sel.dispatch_manager >= 0 && sel.dispatch_manager < static_cast<int>(b.managers.size())) {
      sel.dispatch_busy = true;
      const std::string number = sel.number;
      const nlohmann::json body = {{"action", "dispatch"},
                                   {"fields", {{"customer_manager", b.managers[static_cast<std::size_t>(sel.dispatch_manager)].first}}}};
      out.push_back(post("/reservations/" + url_encode(number) + "/actions", body, [number, now](AppState& st, const net::ApiReply& r) {
        auto& bb = st.staff.board;
        if (!bb.selected || bb.selected->number != number) return Requests{};
        bb.selected->dispatch_busy = false;
        if (!r.ok()) {
          bb.selected->dispatch_error = reply_text(r);
          return Requests{};
        }
        st.flash = trf("board.dispatched", {number});  // the item leaves the board
        st.flash_error = false;
        bb.selected.reset();
        return reload(st, now);
      }));
    }
  }
  return out;
}

}  // namespace state
