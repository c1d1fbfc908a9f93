// The command center's board (issue 5): loaded on each visit, every minute while shown, and on
// news; the selected application's detail is fetched for its reassign form; acknowledging,
// reassigning and dispatching go to the server and the board is loaded again.
#include <imgui.h>

#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "platform/redraw.h"
#include "state/customer_common.h"
#include "ui/screens/board_screen.h"

namespace app {
namespace {

constexpr double kBoardRefreshSeconds = 60;  // a 7x24 board keeps itself current (rule M1)

std::vector<std::pair<long long, std::string>> g_managers;  // customer managers to dispatch to
bool g_managers_requested = false;

void load(Ctx& c) {
  auto& b = c.s.staff.board;
  const long long id = state::next_request_id();
  b.pending = id;
  get(c, "/board", [&c, id](const net::ApiReply& r) {
    auto& s = c.s.staff.board;
    if (s.pending != id) return;
    s.pending = 0;
    if (r.ok()) state::board_loaded(s, r.body, c.now);
    else s.error = reply_message(r);
  });
}

void load_selected_app(Ctx& c) {
  auto& sel = *c.s.staff.board.selected;
  const long long id = state::next_request_id();
  sel.app_pending = id;
  const std::string number = sel.number;
  get(c, "/applications/" + state::url_encode(number), [&c, id, number](const net::ApiReply& r) {
    auto& b = c.s.staff.board;
    if (!b.selected || b.selected->number != number || b.selected->app_pending != id) return;
    b.selected->app_pending = 0;
    if (r.ok()) state::board_selection_loaded(*b.selected, r.body);
  });
}

void load_managers(Ctx& c) {
  if (g_managers_requested) return;
  g_managers_requested = true;
  get(c, "/admin/users", [](const net::ApiReply& r) {
    if (!r.ok()) return;
    g_managers.clear();
    for (const auto& m : state::parse_staff_managers(r.body))
      if (m.role == "customer_manager") g_managers.emplace_back(m.id, m.name);
  });
}

}  // namespace

void board_frame(Ctx& c) {
  auto& b = c.s.staff.board;
  load_managers(c);
  bool fetch = entered("board") || (b.loaded && c.now - b.loaded_at >= kBoardRefreshSeconds);
  if (!c.s.inbox.touched.empty()) {
    c.s.inbox.touched.clear();
    fetch = true;
  }
  if (fetch && b.pending == 0) load(c);

  const std::string role = c.s.session.user ? c.s.session.user->role : "";
  const auto in = ui::screens::draw_board(b, c.now, g_managers, ui::form_clock(), role);
  if (in.tab >= 0) b.tab = in.tab;
  if (in.filters_changed) state::board_apply_filters(b);
  if (in.refresh && b.pending == 0) load(c);
  if (in.close) b.selected.reset();
  if (in.select) {
    state::board_select(b, in.select->first, in.select->second);
    ImGui::SetScrollY(0);  // the panel is at the top of the board
    if (in.select->first == "application" && b.selected->app.is_null() && b.selected->app_pending == 0) load_selected_app(c);
  }
  if (!in.open.empty()) state::go(c.s, state::Screen::Detail, in.open);
  if (b.selected && in.note_edited) b.selected->note_error.clear();
  if (b.selected && in.acknowledge && !b.selected->ack_busy) {
    auto& sel = *b.selected;
    if (sel.note.empty()) {
      sel.note_error = state::tr("board.ack_note_required");
    } else {
      sel.ack_busy = true;
      const std::string number = sel.number;
      post(c, "/applications/" + state::url_encode(number) + "/acknowledge", {{"note", sel.note}}, [&c, number](const net::ApiReply& r) {
        auto& bb = c.s.staff.board;
        if (!bb.selected || bb.selected->number != number) return;
        bb.selected->ack_busy = false;
        if (!r.ok()) {
          bb.selected->note_error = reply_message(r);
          return;
        }
        bb.selected->note.clear();
        bb.selected->notice = state::tr("board.ack_done");
        if (bb.pending == 0) load(c);
      });
    }
  }
  if (b.selected && in.reassign_edited >= 0) state::check_action(b.selected->forms[static_cast<std::size_t>(in.reassign_edited)], false);
  if (b.selected && in.reassign_submit >= 0) {
    auto& f = b.selected->forms[static_cast<std::size_t>(in.reassign_submit)];
    if (!f.busy && state::check_action(f, true)) {
      f.busy = true;
      const std::string number = b.selected->number;
      post(c, "/applications/" + state::url_encode(number) + "/actions", state::action_body(f), [&c, number](const net::ApiReply& r) {
        auto& bb = c.s.staff.board;
        if (!bb.selected || bb.selected->number != number || bb.selected->forms.empty()) return;
        auto& form = bb.selected->forms.front();
        form.busy = false;
        if (!r.ok()) return state::place_action_error(form, reply_field(r), reply_message(r));
        bb.selected->notice = state::tr("board.reassigned");
        state::board_selection_loaded(*bb.selected, r.body);
        if (bb.pending == 0) load(c);
      });
    }
  }
  if (b.selected && in.dispatch && !b.selected->dispatch_busy) {
    auto& sel = *b.selected;
    if (sel.dispatch_manager >= 0 && sel.dispatch_manager < static_cast<int>(g_managers.size())) {
      sel.dispatch_busy = true;
      const std::string number = sel.number;
      const nlohmann::json body = {{"action", "dispatch"},
                                   {"fields", {{"customer_manager", g_managers[static_cast<std::size_t>(sel.dispatch_manager)].first}}}};
      post(c, "/reservations/" + state::url_encode(number) + "/actions", body, [&c, number](const net::ApiReply& r) {
        auto& bb = c.s.staff.board;
        if (!bb.selected || bb.selected->number != number) return;
        bb.selected->dispatch_busy = false;
        if (!r.ok()) {
          bb.selected->dispatch_error = reply_message(r);
          return;
        }
        c.s.flash = state::trf("board.dispatched", {number});  // the item leaves the board
        c.s.flash_error = false;
        bb.selected.reset();
        if (bb.pending == 0) load(c);
      });
    }
  }
  // Live reservation clocks: a frame when the shown seconds change, only while one is drawn.
  if (in.has_countdown) {
    double tick = 1.0;
    for (const auto& it : b.items)
      if (it.remaining_seconds) tick = std::min(tick, state::next_countdown_tick(state::seconds_left(*it.remaining_seconds, b.loaded_at, c.now)));
    platform::request_redraw_in(tick + 0.001);
  }
  else if (b.loaded) platform::request_redraw_in(std::max(1.0, kBoardRefreshSeconds - (c.now - b.loaded_at)));
}

}  // namespace app
