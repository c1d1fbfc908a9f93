#include "ui/rules_form_view.h"

#include <string>
#include <vector>

#include "gp/codes.h"
#include "state/strings.h"
#include "ui/json_text.h"
#include "ui/widgets.h"

namespace ui {

using state::tr;

namespace {

std::string_view err(const state::RulesOutcome& o, const std::string& field) {
  auto it = o.errors.find(field);
  return it == o.errors.end() ? std::string_view() : std::string_view(it->second);
}

template <typename T>
std::vector<std::string> names_of(const std::vector<T>& v) {
  std::vector<std::string> out;
  for (auto x : v) out.push_back(state::pick(gp::named(x).zh, gp::named(x).en));
  return out;
}

std::vector<std::string_view> views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

}  // namespace

bool draw_meter_location(const char* id, state::RulesForm& f, const state::RulesOutcome& o, std::string_view extra_error) {
  const std::string b = id;
  bool changed = false;
  InputOpts lat;
  lat.kind = platform::TextKind::Number;
  lat.error = err(o, "meter_location.latitude");
  lat.max_bytes = 16;
  changed |= input_text((b + ".latitude").c_str(), tr("what.latitude"), f.latitude, lat);
  InputOpts lng = lat;
  lng.error = err(o, "meter_location.longitude");
  if (lng.error.empty()) lng.error = err(o, "meter_location");
  if (lng.error.empty()) lng.error = extra_error;
  changed |= input_text((b + ".longitude").c_str(), tr("what.longitude"), f.longitude, lng);
  return changed;
}

bool draw_rules_form(const char* id, state::RulesForm& f, const state::RulesOutcome& o, bool with_meter_location) {
  const std::string b = id;
  auto fid = [&](const char* name) { return b + "." + name; };
  bool changed = false;

  const auto biz = names_of(gp::all_businesses());
  int bi = static_cast<int>(f.business);
  if (combo(fid("business").c_str(), tr("what.business"), bi, views(biz))) {
    f.business = static_cast<gp::Business>(bi);
    changed = true;
  }
  const auto types = names_of(gp::all_customer_types());
  int ti = static_cast<int>(f.customer_type);
  if (combo(fid("customer_type").c_str(), tr("what.customer_type"), ti, views(types))) {
    f.customer_type = static_cast<gp::CustomerType>(ti);
    f.voltage = f.industry = 0;
    f.works.clear();
    changed = true;
  }
  const auto rel = state::relevance(f);
  InputOpts cap;
  cap.hint = tr("what.capacity_hint");
  cap.kind = platform::TextKind::Number;
  cap.error = err(o, "capacity_kw");
  cap.max_bytes = 16;
  changed |= input_text(fid("capacity").c_str(), tr("what.capacity"), f.capacity_kw, cap);
  std::vector<std::string> volts;
  for (double v : state::voltages_for(f.customer_type)) volts.push_back(v < 1 ? num_text(v * 1000, 0) + " V" : num_text(v, 0) + " kV");
  if (combo(fid("voltage").c_str(), tr("what.voltage"), f.voltage, views(volts))) {
    f.works.clear();
    changed = true;
  }
  if (!err(o, "voltage_kv").empty()) text(fid("voltage.error").c_str(), err(o, "voltage_kv"), Tone::Error);
  if (rel.industry) {
    const auto inds = names_of(state::industries_for(f.customer_type));
    changed |= combo(fid("industry").c_str(), tr("what.industry"), f.industry, views(inds));
  }
  if (rel.small_micro_exclusions) {
    changed |= checkbox(fid("soe").c_str(), tr("what.soe"), f.state_owned_or_chain_branch);
    changed |= checkbox(fid("temporary").c_str(), tr("what.temporary"), f.temporary);
    changed |= checkbox(fid("batch").c_str(), tr("what.batch"), f.batch);
  }
  if (rel.park) changed |= checkbox(fid("park").c_str(), tr("what.park"), f.in_provincial_park);
  if (rel.substitution) {
    InputOpts sub;
    sub.kind = platform::TextKind::Number;
    sub.error = err(o, "substitution_capacity_kw");
    sub.max_bytes = 16;
    changed |= input_text(fid("substitution").c_str(), tr("what.substitution"), f.substitution_kw, sub);
  }
  if (rel.important) {
    changed |= checkbox(fid("important").c_str(), tr("what.important"), f.important);
    changed |= checkbox(fid("asset_transfer").c_str(), tr("what.asset_transfer"), f.asset_transfer);
    changed |= checkbox(fid("special_load").c_str(), tr("what.special_load"), f.special_load);
  }
  if (rel.proactive) changed |= checkbox(fid("proactive").c_str(), tr("what.proactive"), f.proactive);
  if (!err(o, "proactive").empty()) text(fid("proactive.error").c_str(), err(o, "proactive"), Tone::Error);
  if (rel.agent) changed |= checkbox(fid("agent").c_str(), tr("what.agent"), f.agent);
  if (rel.rural) changed |= checkbox(fid("rural").c_str(), tr("what.rural"), f.rural);
  if (rel.dual_power) changed |= checkbox(fid("dual_power").c_str(), tr("what.dual_power"), f.dual_power);
  const std::vector<std::string_view> tri = {tr("what.as_usual"), tr("common.yes"), tr("common.no")};
  if (rel.customer_works) changed |= combo(fid("customer_works").c_str(), tr("what.customer_works"), f.customer_external_works, tri);
  if (rel.outage) {
    changed |= combo(fid("affects").c_str(), tr("what.affects"), f.affects_other_customers, tri);
    changed |= checkbox(fid("live_work").c_str(), tr("what.live_work"), f.live_work_possible);
  }
  if (rel.works) {
    const bool hv = state::high_voltage(f);
    const auto kinds = names_of(state::works_kinds_for(hv));
    std::vector<std::string> wv;
    for (double v : state::works_voltages_for(hv)) wv.push_back(v < 1 ? "0.4 kV" : num_text(v, 0) + " kV");
    for (std::size_t i = 0; i < f.works.size(); ++i) {
      const std::string wb = b + ".works." + std::to_string(i);
      card_begin(wb.c_str());
      changed |= combo((wb + ".kind").c_str(), tr("what.works_kind"), f.works[i].kind, views(kinds));
      const std::string field = "supporting_works[" + std::to_string(i) + "].kind";
      if (!err(o, field).empty()) text((wb + ".error").c_str(), err(o, field), Tone::Error);
      if (hv) changed |= combo((wb + ".voltage").c_str(), tr("what.works_voltage"), f.works[i].voltage, views(wv));
      changed |= checkbox((wb + ".urgent").c_str(), tr("what.works_urgent"), f.works[i].urgent);
      if (link((wb + ".remove").c_str(), tr("what.works_remove"))) {
        f.works.erase(f.works.begin() + static_cast<std::ptrdiff_t>(i));
        changed = true;
        card_end();
        break;
      }
      card_end();
    }
    if (f.works.size() < 5 && button(fid("works.add").c_str(), tr("what.works_add"))) {
      f.works.push_back({});
      changed = true;
    }
  }
  if (with_meter_location && rel.meter_location) changed |= draw_meter_location(id, f, o);
  if (!err(o, "form").empty()) text(fid("form.error").c_str(), err(o, "form"), Tone::Error);
  return changed;
}

}  // namespace ui
