// Reserve projects and consultations (issue 5; rules R1–R3): the pool paged from the server, the
// import sent as typed (CSV or JSON, all or nothing; problems by line), one-click conversion into
// an application (R3: everything carried over), consultations replied to (R2).
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/staff_util.h"
#include "platform/files.h"
#include "platform/media.h"
#include "state/customer_common.h"
#include "ui/screens/pool_screen.h"

namespace app {
namespace {

void load(Ctx& c) {
  auto& s = c.s.staff.pool;
  const long long id = state::next_request_id();
  s.pending = id;
  get(c, state::pool_path(s), [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.pool;
    if (x.pending != id) return;
    x.pending = 0;
    if (r.ok()) state::pool_loaded(x, r.body);
    else x.error = reply_message(r);
  });
}

void load_consultations(Ctx& c) {
  auto& s = c.s.staff.pool;
  const long long id = state::next_request_id();
  s.consult_pending = id;
  get(c, state::consultations_path(s), [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.pool;
    if (x.consult_pending != id) return;
    x.consult_pending = 0;
    if (r.ok()) state::consultations_loaded(x, r.body);
    else x.consult_error = reply_message(r);
  });
}

void convert(Ctx& c, const std::string& approval) {
  auto& s = c.s.staff.pool;
  s.converting = approval;
  s.convert_errors.clear();
  post(c, "/reserve/" + state::url_encode(approval) + "/convert", state::convert_body(s, approval), [&c, approval](const net::ApiReply& r) {
    auto& x = c.s.staff.pool;
    x.converting.clear();
    if (!r.ok()) {
      // The record has no phone for the customer's account: ask for one right there.
      const std::string f = reply_field(r);
      x.convert_for = approval;
      x.convert_errors[f == "customer.phone" || f == "contact_phone" || f == "customer" ? "customer.phone" : "form"] = reply_message(r);
      return;
    }
    const std::string number = state::jstr(r.body.value("application", nlohmann::json::object()), "number");
    c.s.flash = state::trf("pool.converted", {approval, number});
    c.s.flash_error = false;
    x.convert_for.clear();
    x.convert_phone.clear();
    load(c);
    state::go(c.s, state::Screen::Detail, number);  // the application, with all data carried over
  });
}

}  // namespace

void reserve_pool_frame(Ctx& c) {
  auto& s = c.s.staff.pool;
  const std::string role = c.s.session.user ? c.s.session.user->role : "";
  const bool can_convert = role == "customer_manager" || role == "command_center" || role == "admin";
  const bool can_consult = role == "project_manager" || role == "command_center";  // who answers them (R2)
  if (entered("reserve_pool")) {
    if (s.pending == 0) load(c);
    if (can_consult && s.consult_pending == 0) load_consultations(c);
  }
  const auto in = ui::screens::draw_pool(s, can_convert, can_consult);
  if (in.tab >= 0) s.tab = in.tab;
  if (in.search) {
    s.search = s.search_typed;
    s.page = 1;
    load(c);
  } else if (in.reload) {
    load(c);
  }
  if (!in.convert.empty() && s.converting.empty()) convert(c, in.convert);
  if (!in.open.empty()) state::go(c.s, state::Screen::Detail, in.open);
  if (in.import_edited) {
    s.import_notice.clear();
    s.import_file.clear();
  }
  if (in.import && !s.importing && !s.import_text.empty()) {
    s.importing = true;
    s.import_error.clear();
    post_raw(c, "/reserve/import", s.import_text, import_content_type(s.import_text), [&c](const net::ApiReply& r) {
      auto& x = c.s.staff.pool;
      x.importing = false;
      if (!r.ok()) return state::import_failed(x, r.body, reply_message(r));
      state::import_succeeded(x, r.body);
      load(c);
    });
  }
  if (in.pick_file) {
    platform::pick_files(".csv,.json,text/csv,application/json", false, [&c](std::vector<platform::PickedFile> files) {
      if (files.empty()) return;
      const int h = files.front().handle;
      const std::string name = files.front().name;
      platform::read_file_text(h, [&c, h, name](bool ok, std::string text) {
        platform::release_file(h);
        auto& x = c.s.staff.pool;
        if (!ok) {
          x.import_error = state::tr("pool.file_unreadable");
          return;
        }
        x.import_text = std::move(text);
        x.import_file = name;
        x.import_error.clear();
        x.problems.clear();
        x.problem_lines.clear();
        x.import_notice.clear();
      });
    });
  }
  if (in.consult_reload) load_consultations(c);
  if (in.reply_open >= 0) {
    s.replying = in.reply_open;
    s.reply_text.clear();
    s.reply_error.clear();
  }
  if (in.reply_send && !s.reply_busy && s.replying > 0) {
    s.reply_busy = true;
    const long long id = s.replying;
    post(c, "/consultations/" + std::to_string(id) + "/reply", {{"opinion", s.reply_text}}, [&c](const net::ApiReply& r) {
      auto& x = c.s.staff.pool;
      x.reply_busy = false;
      if (!r.ok()) {
        x.reply_error = reply_message(r);
        return;
      }
      x.replying = 0;
      x.reply_text.clear();
      load_consultations(c);
    });
  }
}

}  // namespace app
