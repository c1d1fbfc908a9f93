#include "ui/screens/indicators_screen.h"

#include <imgui.h>

#include "gp/codes.h"
#include "platform/fonts.h"
#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/staff_kit.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {

std::string days(double v) { return trf("common.days_n", {state::number_text(v, 2)}); }
std::string opt_pct(const std::optional<double>& v) { return v ? state::percent_text(*v, 1) : "—"; }

// One figure: a label over a large value.
void tile(const char* id, std::string_view label, const std::string& value, Tone tone = Tone::Accent) {
  grid_next();
  card_begin(id);
  text(label, Tone::Muted);
  ImGui::PushFont(platform::font(platform::Face::Heading));
  text((std::string(id) + ".value").c_str(), value, tone);
  ImGui::PopFont();
  card_end();
}

void figures(const state::Indicators& d) {
  // Durations and the on-time rate mean nothing until something was completed in the period.
  const bool done = d.completed > 0;
  auto when_done = [&](const std::string& v) { return done ? v : std::string("—"); };
  grid_begin("indicators.tiles", 4);
  tile("indicators.received", tr("indicators.received"), std::to_string(d.received));
  tile("indicators.completed", tr("indicators.completed"), std::to_string(d.completed));
  tile("indicators.average", tr("indicators.average"), when_done(days(d.average_working_days)));
  tile("indicators.p90", tr("indicators.p90"), when_done(days(d.p90_working_days)));
  tile("indicators.on_time", tr("indicators.on_time"), when_done(state::percent_text(d.on_time_rate, 1)),
       done && d.on_time_rate < 1 ? Tone::Error : Tone::Success);
  tile("indicators.steps", tr("indicators.steps"), when_done(state::number_text(d.average_steps, 2)));
  tile("indicators.cost", tr("indicators.cost"), trf("indicators.yuan", {state::number_text(static_cast<double>(d.cost_to_customer_fen) / 100.0, 2)}),
       d.cost_to_customer_fen == 0 ? Tone::Success : Tone::Normal);  // rule F1: the recorded dual-power fee is legitimate
  tile("indicators.online", tr("indicators.online"), state::percent_text(d.online_share, 1));
  tile("indicators.proactive", tr("indicators.proactive"), state::percent_text(d.proactive_share, 1));
  tile("indicators.satisfaction", tr("indicators.satisfaction"),
       d.satisfaction ? state::number_text(*d.satisfaction, 2) + " / 5" : "—");
  tile("indicators.satisfaction_rate", tr("indicators.satisfaction_rate"), opt_pct(d.satisfaction_rate));
  tile("indicators.withdrawn", tr("indicators.withdrawn"), std::to_string(d.withdrawn), Tone::Normal);
  // The second clock (rules T4, W1): supporting works, not part of the 10 kV+ limits above.
  const auto& w = d.supporting_works;
  const bool works = w.completed > 0;
  tile("indicators.works_completed", tr("indicators.works_completed"), std::to_string(w.completed), Tone::Normal);
  tile("indicators.works_average", tr("indicators.works_average"), works ? days(w.average_working_days) : std::string("—"), Tone::Normal);
  tile("indicators.works_on_time", tr("indicators.works_on_time"), works ? state::percent_text(w.on_time_rate, 1) : std::string("—"),
       works && w.on_time_rate < 1 ? Tone::Error : Tone::Success);
  grid_end();
  spacing(8);
  card_begin("indicators.steps_card");
  heading("indicators.steps_title", tr("indicators.steps_title"), 2);
  const Palette& p = palette();
  bar_chart("indicators.chart", state::step_bars(d),
            {{tr("indicators.series_average"), p.accent}, {tr("indicators.series_p90"), IM_COL32(0xE0, 0x8E, 0x0B, 0xFF)}},
            tr("indicators.unit_days"), 2);
  if (table_begin("indicators.steps_table", {tr("indicators.col_step"), tr("indicators.col_count"), tr("indicators.col_average"),
                                              tr("indicators.col_p90")})) {
    for (const auto& st : d.stages)
      table_row({state::en() ? st.name_en : st.name_zh, std::to_string(st.count), state::number_text(st.average, 2), state::number_text(st.p90, 2)});
    table_row({tr("indicators.total"), std::to_string(d.completed), done ? state::number_text(d.average_working_days, 2) : "—",
               done ? state::number_text(d.p90_working_days, 2) : "—"});
    table_end();
  }
  text(tr("indicators.method"), Tone::Muted);
  card_end();
}

void managers(const state::Indicators& d) {
  card_begin("indicators.managers_card");
  heading("indicators.managers_title", tr("indicators.managers_title"), 2);
  if (d.managers.empty()) text("indicators.managers.none", tr("indicators.no_managers"), Tone::Muted);
  else
    bar_chart("indicators.managers_chart", state::manager_bars(d), {{tr("indicators.series_average"), palette().accent}},
              tr("indicators.unit_days"), 2);
  if (!d.managers.empty() &&
      table_begin("indicators.managers_table", {tr("indicators.col_manager"), tr("indicators.col_handled"), tr("indicators.col_open"),
                                                 tr("indicators.col_average"), tr("indicators.col_on_time"), tr("indicators.col_satisfaction")})) {
    for (const auto& m : d.managers)
      table_row({m.name, std::to_string(m.handled), std::to_string(m.open), m.handled ? state::number_text(m.average_working_days, 2) : "—",
                 m.handled ? state::percent_text(m.on_time_rate, 1) : "—", m.satisfaction ? state::number_text(*m.satisfaction, 2) : "—"});
    table_end();
  }
  card_end();
}

void area(const char* id, const gp::dto::AreaReliabilityDto& a) {
  card_begin(id);
  heading((std::string(id) + ".title").c_str(), tr(a.area == "urban" ? "indicators.urban" : "indicators.rural"), 2);
  auto line = [&](const char* sub, const char* label, const std::string& value, bool meets) {
    field_row((std::string(id) + "." + sub).c_str(), tr(label), value + "  " + (meets ? "√" : "×"));
  };
  line("asai", "indicators.asai",
       state::percent_text(a.asai, 3) + " / " + trf("indicators.target", {state::percent_text(a.asai_target, 3)}),
       a.meets_asai);
  line("hours", "indicators.outage_hours", state::number_text(a.average_outage_hours, 3) + " h / " + trf("indicators.target", {"≤ 1 h"}),
       a.meets_hours);
  line("count", "indicators.outage_count", state::number_text(a.average_outage_count, 3) + " / " + trf("indicators.target", {"≤ 1"}),
       a.meets_count);
  field_row((std::string(id) + ".customers").c_str(), tr("indicators.customers"), std::to_string(a.customers));
  card_end();
}

void reliability(state::IndicatorsState& s, const std::string& role, state::IndicatorsIntent& in) {
  heading("indicators.reliability_title", tr("indicators.reliability_title"), 2);
  if (s.reliability_load.busy()) text("indicators.reliability.loading", tr("common.loading"), Tone::Muted);
  if (!s.reliability_error.empty()) text("indicators.reliability.error", s.reliability_error, s.reliability_unconfigured ? Tone::Muted : Tone::Error);
  if (s.reliability) {
    text("indicators.reliability.outages", trf("indicators.outages", {std::to_string(s.reliability->outages)}), Tone::Muted);
    grid_begin("indicators.areas", 2);
    grid_next();
    area("indicators.urban", s.reliability->urban);
    grid_next();
    area("indicators.rural", s.reliability->rural);
    grid_end();
  }
  if (role == "admin") {  // customers served per area: the denominators of G5
    card_begin("indicators.customers_card");
    heading("indicators.customers_title", tr("indicators.customers_title"), 2);
    grid_begin("indicators.customers_grid", 2);
    grid_next();
    InputOpts u;
    u.kind = platform::TextKind::Number;
    u.error = field_error(s.customer_errors, "urban");
    u.max_bytes = 12;
    input_text("indicators.urban_customers", tr("indicators.urban_customers"), s.urban_customers, u);
    grid_next();
    InputOpts r = u;
    r.error = field_error(s.customer_errors, "rural");
    input_text("indicators.rural_customers", tr("indicators.rural_customers"), s.rural_customers, r);
    grid_end();
    if (!field_error(s.customer_errors, "form").empty()) text("indicators.customers.error", field_error(s.customer_errors, "form"), Tone::Error);
    if (button("indicators.customers.save", tr("common.save"), {ButtonStyle::Secondary, !s.busy})) in.save_customers = true;
    card_end();
  }
  if (role == "admin" || role == "command_center") {  // outage records (G5), CSV, all or nothing
    card_begin("indicators.outages_card");
    heading("indicators.outages_title", tr("indicators.outages_title"), 2);
    text(tr("indicators.outages_intro"), Tone::Muted);
    if (text_area("indicators.outage_csv", tr("indicators.outage_csv"), s.outage_csv, 140, {}, "area,start,end,customers_affected,feeder,cause"))
      s.outage_problems.clear();
    for (const auto& [line, msg] : s.outage_problems)
      text(("indicators.outage_problem." + std::to_string(line)).c_str(),
           line > 0 ? trf("pool.line", {std::to_string(line), msg}) : msg, Tone::Error);
    if (!s.outage_notice.empty()) text("indicators.outage_notice", s.outage_notice, Tone::Success);
    if (button("indicators.outage_file", tr("pool.pick_file"))) in.pick_outage_file = true;
    same_line();
    if (button("indicators.outage_import", tr("indicators.outage_import"), {ButtonStyle::Primary, !s.busy && !s.outage_csv.empty()}))
      in.import_outages = true;
    card_end();
  }
}

}  // namespace

state::IndicatorsIntent draw_indicators(state::IndicatorsState& s, const std::string& role) {
  state::IndicatorsIntent in;
  heading("indicators.title", tr("indicators.title"), 2);
  // The period and customer type.
  grid_begin("indicators.period", 3);
  grid_next();
  InputOpts f;
  f.hint = "2026-11-01";
  f.error = field_error(s.errors, "from");
  f.max_bytes = 10;
  in.edited |= input_text("indicators.from", tr("indicators.from"), s.from, f);
  grid_next();
  InputOpts t = f;
  t.error = field_error(s.errors, "to");
  in.edited |= input_text("indicators.to", tr("indicators.to"), s.to, t);
  grid_next();
  std::vector<std::string> types = {tr("indicators.all_types")};
  for (auto c : gp::all_customer_types()) types.push_back(state::pick(gp::named(c).zh, gp::named(c).en));
  std::vector<std::string_view> tv(types.begin(), types.end());
  if (combo("indicators.type", tr("indicators.customer_type"), s.customer_type, tv)) in.query = true;
  grid_end();
  if (link("indicators.this_month", tr("indicators.this_month"))) in.quick = 0;
  same_line(16);
  if (link("indicators.last_month", tr("indicators.last_month"))) in.quick = 1;
  same_line(16);
  if (link("indicators.this_year", tr("indicators.this_year"))) in.quick = 2;
  ButtonOpts q;
  q.style = ButtonStyle::Primary;
  q.enabled = !s.load.busy();
  if (button("indicators.query", s.load.busy() ? tr("common.loading") : tr("indicators.query"), q)) in.query = true;
  same_line();
  if (button("indicators.csv", tr("indicators.csv"), {ButtonStyle::Secondary, s.data.has_value()})) in.csv = true;
  if (!field_error(s.errors, "form").empty()) text("indicators.error", field_error(s.errors, "form"), Tone::Error);
  if (s.data) {
    const auto& d = *s.data;
    text("indicators.scope", trf("indicators.scope", {d.from, d.to, state::scope_text(d)}),
         Tone::Muted);
  }
  const int tab = tabs("indicators.tabs", {{"indicators.tab.figures", tr("indicators.tab_figures")}, {"indicators.tab.managers", tr("indicators.tab_managers")},
                                           {"indicators.tab.reliability", tr("indicators.tab_reliability")}},
                       s.tab);
  if (tab != s.tab) in.tab = tab;
  if (s.tab == 2) {
    reliability(s, role, in);
  } else if (s.data) {
    if (s.tab == 0) figures(*s.data);
    else managers(*s.data);
  } else if (s.load.busy()) {
    text("indicators.loading", tr("common.loading"), Tone::Muted);
  }
  return in;
}

}  // namespace ui::screens
