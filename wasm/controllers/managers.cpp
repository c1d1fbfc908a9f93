// The public list of customer managers (rule M3). Route param: "" just the list; "apply" choose the
// wizard's preferred manager; an application number: choose for that application.
#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/screens/managers_screen.h"

namespace app {
namespace {

void load(Ctx& c) {
  auto& s = c.s.customer.managers;
  const long long id = state::next_request_id();
  s.pending = id;
  s.error.clear();
  get(c, "/managers", [&c, id](const net::ApiReply& r) {
    auto& m = c.s.customer.managers;
    if (m.pending != id) return;
    m.pending = 0;
    if (r.ok()) {
      m.rows = state::parse_managers(r.body);
      m.loaded = true;
    } else {
      m.error = reply_message(r);
    }
  });
}

}  // namespace

void managers_frame(Ctx& c) {
  auto& s = c.s.customer.managers;
  if (entered("managers") && s.pending == 0) {
    s.choose_error.clear();
    load(c);  // fresh figures each visit
  }
  const std::string purpose = c.s.route.param;
  const bool customer = c.s.session.user && !c.s.session.user->staff();
  long long current = 0;
  if (purpose == "apply") current = c.s.customer.apply.manager_id;
  else if (!purpose.empty() && c.s.customer.detail.number == purpose && c.s.customer.detail.app.is_object()) {
    const auto& a = c.s.customer.detail.app;
    if (a.contains("customer_manager") && a.at("customer_manager").is_object()) current = a.at("customer_manager").value("id", 0LL);
  }
  const auto in = ui::screens::draw_managers(s, purpose, customer && !purpose.empty(), current);
  if (in.sort >= 0) s.sort = static_cast<state::ManagerSort>(in.sort);
  if (in.back) state::back(c.s);
  if (in.choose && customer && !purpose.empty()) {
    std::string name;
    for (const auto& m : s.rows)
      if (m.id == in.choose) name = m.name;
    if (purpose == "apply") {  // the wizard sends it with the application
      c.s.customer.apply.manager_id = in.choose;
      c.s.customer.apply.manager_name = name;
      c.s.customer.apply.errors.erase("preferred_manager");
      state::back(c.s);
      return;
    }
    const long long id = state::next_request_id();
    s.choose_pending = id;
    s.choosing = in.choose;
    s.choose_error.clear();
    post(c, "/applications/" + state::url_encode(purpose) + "/manager", {{"customer_manager", in.choose}},
         [&c, id, purpose, name](const net::ApiReply& r) {
           auto& m = c.s.customer.managers;
           if (m.choose_pending != id) return;
           m.choose_pending = 0;
           if (!r.ok()) {
             m.choose_error = reply_message(r);
             return;
           }
           auto& d = c.s.customer.detail;
           if (d.number == purpose) state::detail_loaded(d, r.body);
           state::back(c.s);
           c.s.flash = state::trf("managers.chosen_flash", {name});
           c.s.flash_error = false;
         });
  }
}

}  // namespace app
