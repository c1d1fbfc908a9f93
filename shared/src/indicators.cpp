#include "gp/indicators.h"

#include "gp/dto/indicators.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "gp/channel.h"

namespace gp {
namespace {

bool in_period(Instant t, const Date& from, const Date& to) {
  const Date d = cst_date(t);
  return d >= from && d <= to;
}

double ratio(int a, int b) { return b > 0 ? static_cast<double>(a) / b : 0.0; }

std::string fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.4f", v);
  std::string s = b;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s.empty() ? "0" : s;
}

}  // namespace

Distribution distribution(std::vector<double> v) {
  Distribution d;
  d.count = static_cast<int>(v.size());
  if (v.empty()) return d;
  std::sort(v.begin(), v.end());
  double sum = 0;
  for (double x : v) sum += x;
  d.average = sum / static_cast<double>(v.size());
  const std::size_t rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(v.size())));  // nearest rank
  d.p90 = v[std::max<std::size_t>(rank, 1) - 1];
  d.max = v.back();
  return d;
}

Indicators compute_indicators(const std::vector<IndicatorRecord>& all, const Date& from, const Date& to,
                              std::optional<CustomerType> type) {
  Indicators out;
  out.from = from;
  out.to = to;
  out.customer_type = type;
  std::vector<double> totals, works_days;
  int works_on_time = 0;
  std::map<StageCode, std::vector<double>> stages;
  int on_time = 0, online = 0, hall = 0, proactive = 0, steps = 0, good = 0;
  double score_sum = 0;
  struct Acc { ManagerFigures f; std::vector<double> days; int on_time = 0; double score = 0; };
  std::map<std::int64_t, Acc> managers;

  for (const auto& r : all) {
    if (type && r.customer_type != *type) continue;
    if (r.manager_id) {
      auto& m = managers[*r.manager_id];
      m.f.id = *r.manager_id;
      m.f.name = r.manager_name;
      if (r.open) ++m.f.open;
      if (in_period(r.submitted_at, from, to)) m.f.backfilled += r.backfilled;  // rule M5
      for (Instant t : r.callback_mismatches) m.f.callback_mismatches += in_period(t, from, to) ? 1 : 0;  // rule M5
    }
    for (Instant t : r.callback_mismatches) out.callback_mismatches += in_period(t, from, to) ? 1 : 0;  // rule M5
    for (const auto& w : r.works) {  // rule W1: each item on its own clock, counted when finished
      if (!w.done_at || !in_period(*w.done_at, from, to)) continue;
      ++out.works_completed;
      works_days.push_back(w.working_days);
      if (w.on_time) ++works_on_time;
    }
    if (in_period(r.submitted_at, from, to)) {
      ++out.received;
      out.backfilled += r.backfilled;  // rule M5
      // rule D2: two intake channels; the kiosk stands in the hall (one classification for all figures).
      switch (intake_channel_class(r.channel)) {
        case IntakeChannel::online: ++online; break;
        case IntakeChannel::hall: ++hall; break;
        case IntakeChannel::none: break;  // proactive service: counted by proactive_share
      }
      if (r.proactive) ++proactive;
      if (r.withdrawn) ++out.withdrawn;
      out.cost_to_customer_fen += r.cost_fen;  // rule F1: the recorded fees of the period's applications
      if (r.cost_fen > 0) ++out.charged;
    }
    if (!r.completed_at || r.withdrawn || !in_period(*r.completed_at, from, to)) continue;
    ++out.completed;
    totals.push_back(r.working_days);
    if (r.on_time) ++on_time;
    steps += r.stage_count;
    for (const auto& s : r.stages)
      if (s.done) stages[s.code].push_back(s.working_days);
    if (r.service_score) {
      ++out.ratings;
      score_sum += *r.service_score;
      if (*r.service_score >= 4) ++good;
    }
    if (r.manager_id) {
      auto& m = managers[*r.manager_id];
      ++m.f.handled;
      m.days.push_back(r.working_days);
      if (r.on_time) ++m.on_time;
      if (r.manager_score) {
        ++m.f.ratings;
        m.score += *r.manager_score;
      }
    }
  }
  out.total_working_days = distribution(totals);
  for (auto& [code, v] : stages) out.stage_working_days[code] = distribution(v);
  out.on_time_rate = ratio(on_time, out.completed);
  out.works_working_days = distribution(works_days);
  out.works_on_time_rate = ratio(works_on_time, out.works_completed);
  out.average_steps = out.completed ? static_cast<double>(steps) / out.completed : 0;
  out.online_share = ratio(online, out.received);
  out.hall_share = ratio(hall, out.received);
  out.proactive_share = ratio(proactive, out.received);
  out.average_cost_to_customer_fen =
      out.received ? static_cast<double>(out.cost_to_customer_fen) / out.received : 0.0;  // rule F1, per application
  if (out.ratings) {
    out.satisfaction = score_sum / out.ratings;
    out.satisfaction_rate = ratio(good, out.ratings);
  }
  for (auto& [id, m] : managers) {
    m.f.average_working_days = distribution(m.days).average;
    m.f.on_time_rate = ratio(m.on_time, m.f.handled);
    if (m.f.ratings) m.f.satisfaction = m.score / m.f.ratings;
    out.managers.push_back(m.f);
  }
  return out;
}

// The wire shape lives with the other bodies (gp/dto/indicators.h, issue 16).
void to_json(nlohmann::json& j, const Indicators& ind) { j = dto::indicators_body(ind); }

std::string indicators_csv(const Indicators& ind) {
  std::string s = "\xEF\xBB\xBF";  // BOM: spreadsheets then read UTF-8
  auto row = [&](std::initializer_list<std::string> cells) {
    bool first = true;
    for (const auto& c : cells) {
      if (!first) s += ',';
      first = false;
      const bool quote = c.find_first_of(",\"\n") != std::string::npos;
      if (quote) {
        s += '"';
        for (char ch : c) s += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        s += '"';
      } else {
        s += c;
      }
    }
    s += "\r\n";
  };
  row({"指标 indicator", "数值 value"});
  row({"期间 period", ind.from.iso() + " ~ " + ind.to.iso()});
  row({"客户类型 customer_type", ind.customer_type ? to_string(*ind.customer_type) : "all"});
  row({"受理数 received", std::to_string(ind.received)});
  row({"完成数 completed", std::to_string(ind.completed)});
  row({"撤回数 withdrawn", std::to_string(ind.withdrawn)});
  row({"平均办电时长（工作日） average_working_days", fmt(ind.total_working_days.average)});
  row({"90分位办电时长（工作日） p90_working_days", fmt(ind.total_working_days.p90)});
  row({"按时完成率 on_time_rate", fmt(ind.on_time_rate)});
  row({"平均环节数 average_steps", fmt(ind.average_steps)});
  row({"配套工程完成数 supporting_works_completed", std::to_string(ind.works_completed)});
  row({"配套工程平均工期（工作日） supporting_works_average_working_days", fmt(ind.works_working_days.average)});
  row({"配套工程按时完成率 supporting_works_on_time_rate", fmt(ind.works_on_time_rate)});
  row({"客户办电成本（分） cost_to_customer_fen", std::to_string(ind.cost_to_customer_fen)});
  row({"平均每件办电成本（分） average_cost_to_customer_fen", fmt(ind.average_cost_to_customer_fen)});
  row({"线上办电占比 online_share", fmt(ind.online_share)});
  row({"营业厅办电占比（含自助终端） hall_share", fmt(ind.hall_share)});
  row({"主动办电占比 proactive_share", fmt(ind.proactive_share)});
  row({"满意度（1-5） satisfaction", ind.satisfaction ? fmt(*ind.satisfaction) : ""});
  row({"满意率（4分及以上） satisfaction_rate", ind.satisfaction_rate ? fmt(*ind.satisfaction_rate) : ""});
  row({"补录环节数 backfilled", std::to_string(ind.backfilled)});                        // rule M5
  row({"回访不符数 callback_mismatches", std::to_string(ind.callback_mismatches)});      // rule M5
  row({"查实“十个不准”问题数 prohibition_cases", std::to_string(ind.prohibition_cases)});  // rule M6
  row({});
  row({"环节 stage", "完成数 count", "平均工作日 average", "90分位 p90"});
  for (const auto& [code, d] : ind.stage_working_days)
    row({std::string(named(code).zh) + " " + to_string(code), std::to_string(d.count), fmt(d.average), fmt(d.p90)});
  row({});
  row({"客户经理 manager", "办结 handled", "在办 open", "平均工作日 average_working_days", "按时率 on_time_rate", "满意度 satisfaction"});
  for (const auto& m : ind.managers)
    row({m.name, std::to_string(m.handled), std::to_string(m.open), fmt(m.average_working_days), fmt(m.on_time_rate),
         m.satisfaction ? fmt(*m.satisfaction) : ""});
  return s;
}

}  // namespace gp
