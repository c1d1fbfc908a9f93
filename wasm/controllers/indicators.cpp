// Indicators (issue 5; rules M4, G5): figures for the period asked, the CSV of the same figures
// downloaded by the browser (the session cookie authenticates it), reliability with its settings
// and outage imports.
#include <cstdlib>

#include "controllers/controllers.h"
#include "controllers/customer_util.h"
#include "controllers/staff_util.h"
#include "platform/files.h"
#include "platform/media.h"
#include "state/customer_common.h"
#include "ui/action_form.h"
#include "ui/screens/indicators_screen.h"

namespace app {
namespace {

void load_reliability(Ctx& c) {
  auto& s = c.s.staff.indicators;
  const long long id = state::next_request_id();
  s.reliability_pending = id;
  get(c, "/reliability?from=" + s.from + "&to=" + s.to, [&c, id](const net::ApiReply& r) {
    auto& x = c.s.staff.indicators;
    if (x.reliability_pending != id) return;
    x.reliability_pending = 0;
    x.reliability_unconfigured = r.error && r.error->code == "not_configured";
    if (r.ok()) {
      x.reliability = state::parse_reliability(r.body);
      x.reliability_error.clear();
      const auto& cu = r.body.value("customers", nlohmann::json::object());
      if (x.urban_customers.empty() && cu.contains("urban")) x.urban_customers = std::to_string(cu.value("urban", 0LL));
      if (x.rural_customers.empty() && cu.contains("rural")) x.rural_customers = std::to_string(cu.value("rural", 0LL));
    } else {
      x.reliability.reset();
      x.reliability_error = reply_message(r);
    }
  });
}

void load(Ctx& c) {
  auto& s = c.s.staff.indicators;
  if (!state::check_period(s)) return;
  const long long id = state::next_request_id();
  s.pending = id;
  const std::string query = state::indicators_query(s);
  get(c, "/indicators" + query, [&c, id, query](const net::ApiReply& r) {
    auto& x = c.s.staff.indicators;
    if (x.pending != id) return;
    x.pending = 0;
    if (r.ok()) {
      x.raw = r.body;
      x.data = state::parse_indicators(r.body);
      x.loaded_query = query;
      x.errors.erase("form");
    } else {
      state::place_error(x.errors, r.error && (r.error->field == "from" || r.error->field == "to") ? r.error->field : "form", reply_message(r));
    }
  });
  load_reliability(c);
}

void import_outages(Ctx& c) {
  auto& s = c.s.staff.indicators;
  s.busy = true;
  s.outage_problems.clear();
  s.outage_notice.clear();
  post_raw(c, "/outages", s.outage_csv, "text/csv; charset=utf-8", [&c](const net::ApiReply& r) {
    auto& x = c.s.staff.indicators;
    x.busy = false;
    if (!r.ok()) {
      x.outage_problems = state::problems_by_line(state::import_problems(r.body));
      if (x.outage_problems.empty()) x.outage_problems[0] = reply_message(r);
      return;
    }
    x.outage_notice = state::trf("indicators.outages_imported", {std::to_string(r.body.value("imported", 0))});
    x.outage_csv.clear();
    load_reliability(c);
  });
}

}  // namespace

void indicators_frame(Ctx& c) {
  auto& s = c.s.staff.indicators;
  const std::string today = ui::form_clock().today;
  if (entered("indicators")) {
    state::indicators_init(s, today);
    if (!s.data && s.pending == 0) load(c);
  }
  const std::string role = c.s.session.user ? c.s.session.user->role : "";
  const auto in = ui::screens::draw_indicators(s, role);
  if (in.tab >= 0) s.tab = in.tab;
  if (in.edited) s.errors.clear();
  if (in.quick >= 0) {
    state::indicators_period(s, in.quick, today);
    load(c);
  } else if (in.query) {
    load(c);
  }
  if (in.csv && s.data) {
    // The figures on screen, as CSV: the same query (the file is the server's, UTF-8 with BOM).
    platform::download("/api/v1/indicators.csv" + s.loaded_query, "indicators-" + s.data->from + "-" + s.data->to + ".csv");
  }
  if (in.save_customers && !s.busy) {
    s.customer_errors.clear();
    char* end = nullptr;
    const long long urban = std::strtoll(s.urban_customers.c_str(), &end, 10);
    const bool urban_ok = !s.urban_customers.empty() && *end == '\0' && urban > 0;
    const long long rural = std::strtoll(s.rural_customers.c_str(), &end, 10);
    const bool rural_ok = !s.rural_customers.empty() && *end == '\0' && rural > 0;
    if (!urban_ok) s.customer_errors["urban"] = state::tr("indicators.customers_invalid");
    if (!rural_ok) s.customer_errors["rural"] = state::tr("indicators.customers_invalid");
    if (urban_ok && rural_ok) {
      s.busy = true;
      put(c, "/admin/settings/customers", {{"urban", urban}, {"rural", rural}}, [&c](const net::ApiReply& r) {
        auto& x = c.s.staff.indicators;
        x.busy = false;
        if (!r.ok()) return state::place_error(x.customer_errors, reply_field(r) == "urban" || reply_field(r) == "rural" ? reply_field(r) : "form", reply_message(r));
        load_reliability(c);
      });
    }
  }
  if (in.import_outages && !s.busy && !s.outage_csv.empty()) import_outages(c);
  if (in.pick_outage_file) {
    platform::pick_files(".csv,text/csv", false, [&c](std::vector<platform::PickedFile> files) {
      if (files.empty()) return;
      const int h = files.front().handle;
      platform::read_file_text(h, [&c, h](bool ok, std::string text) {
        platform::release_file(h);
        auto& x = c.s.staff.indicators;
        if (ok) {
          x.outage_csv = std::move(text);
          x.outage_problems.clear();
        } else {
          x.outage_problems[0] = state::tr("pool.file_unreadable");
        }
      });
    });
  }
}

}  // namespace app
