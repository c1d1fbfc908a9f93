#include "state/indicators_state.h"

#include <cstdlib>

#include "gp/codes.h"
#include "state/app_state.h"
#include "state/auth_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

namespace {
std::optional<double> opt_num(const nlohmann::json& j, const char* k) {
  if (j.is_object() && j.contains(k) && j.at(k).is_number()) return j.at(k).get<double>();
  return std::nullopt;
}
}  // namespace

Indicators parse_indicators(const nlohmann::json& j) {
  Indicators d;
  d.from = jstr(j, "from");
  d.to = jstr(j, "to");
  if (j.contains("scope")) {
    const auto& sc = j.at("scope");
    if (sc.is_string()) d.scope = sc.get<std::string>();
    else if (sc.is_object() && sc.contains("manager")) d.scope = jstr(sc.at("manager"), "name");
  }
  d.received = j.value("received", 0);
  d.completed = j.value("completed", 0);
  d.withdrawn = j.value("withdrawn", 0);
  d.ratings = j.value("ratings", 0);
  d.average = opt_num(j, "average_working_days");
  d.p90 = opt_num(j, "p90_working_days");
  d.max = opt_num(j, "max_working_days");
  d.on_time = opt_num(j, "on_time_rate");
  d.steps = opt_num(j, "average_steps");
  d.online = opt_num(j, "online_share");
  d.proactive = opt_num(j, "proactive_share");
  d.satisfaction = opt_num(j, "satisfaction");
  d.satisfaction_rate = opt_num(j, "satisfaction_rate");
  d.cost_fen = j.value("cost_to_customer_fen", 0LL);
  if (j.contains("supporting_works") && j.at("supporting_works").is_object()) {
    const auto& w = j.at("supporting_works");
    d.works_completed = w.value("completed", 0);
    d.works_average = opt_num(w, "average_working_days");
    d.works_on_time = opt_num(w, "on_time_rate");
  }
  if (j.contains("stages") && j.at("stages").is_array())
    for (const auto& s : j.at("stages")) {
      StepFigure f;
      f.code = jstr(s, "stage");
      f.name = jtext(s);
      f.count = s.value("count", 0);
      f.average = opt_num(s, "average_working_days").value_or(opt_num(s, "average").value_or(0));
      f.p90 = opt_num(s, "p90_working_days").value_or(opt_num(s, "p90").value_or(0));
      f.max = opt_num(s, "max").value_or(0);
      d.stages.push_back(f);
    }
  if (j.contains("managers") && j.at("managers").is_array())
    for (const auto& m : j.at("managers")) {
      ManagerFigure f;
      f.id = m.value("id", 0LL);
      f.name = jstr(m, "name");
      f.handled = m.value("handled", 0);
      f.open = m.value("open", 0);
      f.ratings = m.value("ratings", 0);
      f.average = opt_num(m, "average_working_days");
      f.on_time = opt_num(m, "on_time_rate");
      f.satisfaction = opt_num(m, "satisfaction");
      d.managers.push_back(f);
    }
  return d;
}

Reliability parse_reliability(const nlohmann::json& j) {
  Reliability r;
  r.outages = j.value("outages", 0);
  auto area = [](const nlohmann::json& a, const char* name) {
    AreaReliability x;
    x.area = name;
    if (!a.is_object()) return x;
    x.asai = opt_num(a, "asai");
    x.target = opt_num(a, "asai_target");
    x.hours = opt_num(a, "average_outage_hours");
    x.count = opt_num(a, "average_outage_count");
    x.customers = a.value("customers", 0LL);
    x.interruptions = a.value("customer_interruptions", 0LL);
    x.meets_asai = a.value("meets_asai", false);
    x.meets_hours = a.value("meets_hours", false);
    x.meets_count = a.value("meets_count", false);
    return x;
  };
  r.urban = area(j.value("urban", nlohmann::json()), "urban");
  r.rural = area(j.value("rural", nlohmann::json()), "rural");
  return r;
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
  for (const auto& s : d.stages) out.push_back({s.name, {s.average, s.p90}});
  out.push_back({tr("indicators.total"), {d.average.value_or(0), d.p90.value_or(0)}});
  return out;
}

std::vector<BarGroup> manager_bars(const Indicators& d) {
  std::vector<BarGroup> out;
  for (const auto& m : d.managers) out.push_back({m.name, {m.average.value_or(0)}});
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
      xx.reliability = parse_reliability(r.body);
      xx.reliability_error.clear();
      const auto& cu = r.body.value("customers", nlohmann::json::object());
      if (xx.urban_customers.empty() && cu.contains("urban")) xx.urban_customers = std::to_string(cu.value("urban", 0LL));
      if (xx.rural_customers.empty() && cu.contains("rural")) xx.rural_customers = std::to_string(cu.value("rural", 0LL));
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
      xx.raw = r.body;
      xx.data = parse_indicators(r.body);
      xx.loaded_query = query;
      xx.errors.erase("form");
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
