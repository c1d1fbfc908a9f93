#include "state/indicators_state.h"

#include "gp/codes.h"
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

}  // namespace state
