#include "state/board_state.h"

#include <algorithm>

#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/queue_state.h"
#include "state/strings.h"

namespace state {

namespace {
std::optional<double> opt_num(const nlohmann::json& j, const char* k) {
  if (j.is_object() && j.contains(k) && j.at(k).is_number()) return j.at(k).get<double>();
  return std::nullopt;
}
}  // namespace

BoardItem parse_board_item(const nlohmann::json& j) {
  BoardItem it;
  it.kind = jstr(j, "kind");
  it.number = jstr(j, "number");
  it.status = jstr(j, "status");
  it.level = jstr(j, "level");
  it.channel = jstr(j, "channel");
  if (j.contains("stage") && j.at("stage").is_object()) {
    it.stage_code = jstr(j.at("stage"), "code");
    it.stage = jtext(j.at("stage"));
  }
  it.contact_name = jstr(j, "contact_name");
  it.address = jstr(j, "address");
  it.customer_type = jstr(j, "customer_type");
  if (j.contains("customer_manager") && j.at("customer_manager").is_object()) {
    it.manager = jstr(j.at("customer_manager"), "name");
    it.manager_id = j.at("customer_manager").value("id", 0LL);
  }
  if (j.contains("project_manager") && j.at("project_manager").is_object()) it.project_manager = jstr(j.at("project_manager"), "name");
  it.deadline = jstr(j, it.kind == "reservation" ? "due_at" : "deadline");
  it.submitted_at = jstr(j, "submitted_at");
  it.escalation_to = jstr(j, "escalation_to");
  it.waiting_for = jstr(j, "waiting_for");
  it.escalation = static_cast<int>(opt_num(j, "escalation").value_or(0));
  it.acknowledged = j.is_object() && j.value("acknowledged", false);
  it.age = opt_num(j, "age_working_days").value_or(0);
  it.remaining = opt_num(j, "remaining_working_days");
  it.remaining_seconds = opt_num(j, "remaining_seconds");
  it.time_limit = opt_num(j, "time_limit_working_days").value_or(0);
  const bool paused = it.status == "waiting_customer";
  // A reservation's clock is in hours and minutes: "due soon" is the last fifth of its time.
  std::optional<double> rem = it.remaining;
  if (it.kind == "reservation" && it.remaining_seconds) rem = *it.remaining_seconds > 0 ? 2.0 : -1.0;
  it.urgency = urgency_of(it.level, rem, paused, false);
  return it;
}

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

void board_loaded(BoardState& s, const nlohmann::json& r, double now) {
  s.items.clear();
  s.by_manager.clear();
  s.by_stage.clear();
  s.loaded = true;
  s.loaded_at = now;
  s.error.clear();
  s.now = jstr(r, "now");
  if (r.contains("items") && r.at("items").is_array())
    for (const auto& j : r.at("items")) s.items.push_back(parse_board_item(j));
  const nlohmann::json counts = r.value("counts", nlohmann::json::object());
  s.count_total = counts.value("total", static_cast<int>(s.items.size()));
  const nlohmann::json lv = counts.value("by_level", nlohmann::json::object());
  s.count_warning = lv.value("warning", 0);
  s.count_overdue = lv.value("overdue", 0);
  s.count_reservations = counts.value("by_kind", nlohmann::json::object()).value("reservation", 0);
  const nlohmann::json esc = counts.value("by_escalation", nlohmann::json::object());
  for (int i = 0; i < 4; ++i) s.by_escalation[i] = esc.value(std::to_string(i), 0);
  if (counts.contains("by_manager") && counts.at("by_manager").is_array())
    for (const auto& m : counts.at("by_manager")) {
      BoardCount c;
      c.key = m.contains("id") && m.at("id").is_number() ? std::to_string(m.at("id").get<long long>()) : "~";
      c.name = c.key == "~" ? tr("board.no_manager") : jstr(m, "name");
      c.total = m.value("total", 0);
      c.warning = m.value("warning", 0);
      c.overdue = m.value("overdue", 0);
      s.by_manager.push_back(c);
    }
  if (counts.contains("by_stage") && counts.at("by_stage").is_array())
    for (const auto& m : counts.at("by_stage")) {
      BoardCount c;
      c.key = jstr(m, "code");
      c.name = c.key.empty() ? tr("board.no_stage") : jtext(m);
      c.total = m.value("total", 0);
      c.warning = m.value("warning", 0);
      c.overdue = m.value("overdue", 0);
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

void board_selection_loaded(BoardSelection& sel, const nlohmann::json& app) {
  sel.app = app;
  nlohmann::json only = nlohmann::json::array();
  if (app.contains("next_actions") && app.at("next_actions").is_array())
    for (const auto& a : app.at("next_actions"))
      if (jstr(a, "action") == "assign_managers") only.push_back(a);
  sync_actions(sel.forms, only);
  // Preselect the current managers: reassigning starts from who holds it now.
  for (auto& f : sel.forms)
    for (auto& fld : f.fields) {
      if (fld.choice >= 0) continue;
      const char* who = fld.name == "customer_manager" ? "customer_manager" : fld.name == "project_manager" ? "project_manager" : nullptr;
      if (!who || !app.contains(who) || !app.at(who).is_object()) continue;
      const std::string id = std::to_string(app.at(who).value("id", 0LL));
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
    if (r.ok()) board_loaded(b, r.body, now);
    else b.error = reply_text(r);
    return Requests{};
  }));
}
// After a change: the board again, unless a load is already on its way.
Requests reload(AppState& s, double now) { return s.staff.board.load.busy() ? Requests{} : Requests{load(s, now)}; }

Request load_selected_app(AppState& s) {
  const std::string number = s.staff.board.selected->number;
  return pending(s, app_slot, get("/applications/" + url_encode(number), [number](AppState& st, const net::ApiReply& r) {
    auto& b = st.staff.board;
    if (b.selected && b.selected->number == number && r.ok()) board_selection_loaded(*b.selected, r.body);
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
        board_selection_loaded(*bb.selected, r.body);
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
