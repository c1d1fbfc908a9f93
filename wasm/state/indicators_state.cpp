#include "state/indicators_state.h"

#include <cstdlib>

#include "gp/codes.h"
#include "gp/dto/wire.h"
#include "state/app_state.h"
#include "state/auth_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

Indicators parse_indicators(const nlohmann::json& j) { return gp::dto::decode<Indicators>(j); }
Reliability parse_reliability(const nlohmann::json& j) { return gp::dto::decode<Reliability>(j); }

std::string scope_text(const Indicators& d) {
  if (!d.scope || d.scope->company) return tr("indicators.company");
  return d.scope->manager_name;
}

void indicators_init(IndicatorsState& s, const std::string& today) {
  if (!s.from.empty() || !s.to.empty() || !valid_date(today)) return;
  s.from = month_start(today);
  s.to = today;
}

void indicators_period(IndicatorsState& s, int which, const std::string& today) {
  if (!valid_date(today)) return;
  if (which == 0) {  // this month, to today
    s.from = month_start(today);
    s.to = today;
  } else if (which == 1) {  // last month
    const std::string last = add_days(month_start(today), -1);
    s.from = month_start(last);
    s.to = last;
  } else {  // this year, to today
    s.from = today.substr(0, 4) + "-01-01";
    s.to = today;
  }
  s.errors.clear();
}

bool check_period(IndicatorsState& s) {
  s.errors.clear();
  if (!valid_date(s.from)) s.errors["from"] = tr("indicators.date_invalid");
  if (!valid_date(s.to)) s.errors["to"] = tr("indicators.date_invalid");
  if (s.errors.empty() && s.to < s.from) s.errors["to"] = tr("indicators.to_before_from");
  return s.errors.empty();
}

std::string indicators_query(const IndicatorsState& s) {
  std::string q = "?from=" + s.from + "&to=" + s.to;
  const auto& types = gp::all_customer_types();
  if (s.customer_type > 0 && s.customer_type <= static_cast<int>(types.size()))
    q += "&customer_type=" + std::string(gp::to_string(types[static_cast<std::size_t>(s.customer_type - 1)]));
  return q;
}

std::vector<BarGroup> step_bars(const Indicators& d) {
  std::vector<BarGroup> out;
  for (const auto& s : d.stages) out.push_back({en() ? s.name_en : s.name_zh, {s.average, s.p90}});
  out.push_back({tr("indicators.total"), {d.average_working_days, d.p90_working_days}});
  return out;
}

std::vector<BarGroup> manager_bars(const Indicators& d) {
  std::vector<BarGroup> out;
  for (const auto& m : d.managers) out.push_back({m.name, {m.average_working_days}});
  return out;
}

namespace {

Pending& load_slot(AppState& s) { return s.staff.indicators.load; }
Pending& reliability_slot(AppState& s) { return s.staff.indicators.reliability_load; }

Request load_reliability(AppState& s) {
  auto& x = s.staff.indicators;
  return pending(s, reliability_slot, get("/reliability?from=" + x.from + "&to=" + x.to, [](AppState& st, const net::ApiReply& r) {
    auto& xx = st.staff.indicators;
    xx.reliability_unconfigured = r.error && r.error->code == "not_configured";
    if (r.ok()) {
      try {
        xx.reliability = parse_reliability(r.body);
        xx.reliability_error.clear();
        if (xx.urban_customers.empty()) xx.urban_customers = std::to_string(xx.reliability->urban_customers);
        if (xx.rural_customers.empty()) xx.rural_customers = std::to_string(xx.reliability->rural_customers);
      } catch (const gp::dto::DecodeError& e) {
        xx.reliability.reset();
        xx.reliability_error = trf("common.bad_reply", {e.path});
      }
    } else {
      xx.reliability.reset();
      xx.reliability_error = reply_text(r);
    }
    return Requests{};
  }));
}

// The figures of the period typed, and reliability for the same period; nothing when the period
// is not valid (its errors shown beside the dates).
Requests load(AppState& s) {
  auto& x = s.staff.indicators;
  if (!check_period(x)) return {};
  const std::string query = indicators_query(x);
  Requests out;
  out.push_back(pending(s, load_slot, get("/indicators" + query, [query](AppState& st, const net::ApiReply& r) {
    auto& xx = st.staff.indicators;
    if (r.ok()) {
      try {
        xx.data = parse_indicators(r.body);
        xx.raw = r.body;
        xx.loaded_query = query;
        xx.errors.erase("form");
      } catch (const gp::dto::DecodeError& e) {
        place_error(xx.errors, "form", trf("common.bad_reply", {e.path}));
      }
    } else {
      place_error(xx.errors, r.error && (r.error->field == "from" || r.error->field == "to") ? r.error->field : "form", reply_text(r));
    }
    return Requests{};
  })));
  out.push_back(load_reliability(s));
  return out;
}

void append(Requests& out, Requests more) {
  for (auto& r : more) out.push_back(std::move(r));
}

}  // namespace

Requests apply(AppState& s, const IndicatorsIntent& in) {
  auto& x = s.staff.indicators;
  Requests out;
  if (in.entered) {
    indicators_init(x, in.today);
    if (!x.data && !x.load.busy()) append(out, load(s));
  }
  if (in.tab >= 0) x.tab = in.tab;
  if (in.edited) x.errors.clear();
  if (in.quick >= 0) {
    indicators_period(x, in.quick, in.today);
    append(out, load(s));
  } else if (in.query) {
    append(out, load(s));
  }
  if (in.save_customers && !x.busy) {  // customers served per area (G5's denominators)
    x.customer_errors.clear();
    char* end = nullptr;
    const long long urban = std::strtoll(x.urban_customers.c_str(), &end, 10);
    const bool urban_ok = !x.urban_customers.empty() && *end == '\0' && urban > 0;
    const long long rural = std::strtoll(x.rural_customers.c_str(), &end, 10);
    const bool rural_ok = !x.rural_customers.empty() && *end == '\0' && rural > 0;
    if (!urban_ok) x.customer_errors["urban"] = tr("indicators.customers_invalid");
    if (!rural_ok) x.customer_errors["rural"] = tr("indicators.customers_invalid");
    if (urban_ok && rural_ok) {
      x.busy = true;
      out.push_back(put("/admin/settings/customers", {{"urban", urban}, {"rural", rural}}, [](AppState& st, const net::ApiReply& r) {
        auto& xx = st.staff.indicators;
        xx.busy = false;
        if (!r.ok()) {
          const std::string f = reply_field(r);
          place_error(xx.customer_errors, f == "urban" || f == "rural" ? f : "form", reply_text(r));
          return Requests{};
        }
        return Requests{load_reliability(st)};
      }));
    }
  }
  if (in.import_outages && !x.busy && !x.outage_csv.empty()) {
    x.busy = true;
    x.outage_problems.clear();
    x.outage_notice.clear();
    out.push_back(post_text("/outages", x.outage_csv, "text/csv; charset=utf-8", [](AppState& st, const net::ApiReply& r) {
      auto& xx = st.staff.indicators;
      xx.busy = false;
      if (!r.ok()) {
        xx.outage_problems = problems_by_line(import_problems(r.body));
        if (xx.outage_problems.empty()) xx.outage_problems[0] = reply_text(r);
        return Requests{};
      }
      xx.outage_notice = trf("indicators.outages_imported", {std::to_string(r.body.value("imported", 0))});
      xx.outage_csv.clear();
      return Requests{load_reliability(st)};
    }));
  }
  return out;
}

}  // namespace state
