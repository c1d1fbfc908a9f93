#include "ui/screens/home_screen.h"

#include <string>
#include <vector>

#include "gp/codes.h"
#include "state/strings.h"
#include "ui/json_text.h"
#include "ui/plan_view.h"
#include "ui/rules_form_view.h"
#include "ui/widgets.h"

namespace ui::screens {
namespace {

using state::tr;
using state::trf;
const nlohmann::json& cat() { return state::catalog(); }

void tab_online() {
  heading("home.online", tr("home.online_heading"), 2);
  for (bool connection : {true, false}) {
    text(connection ? tr("home.connection") : tr("home.change"), Tone::Accent);
    std::string line;
    for (const auto& b : cat().at("businesses")) {
      if ((b.at("kind") == "connection") != connection) continue;
      line += (line.empty() ? "" : state::en() ? " · " : "、") + jtext(b);
    }
    text(connection ? "home.online.connection" : "home.online.change", line);
    spacing(4);
  }
  text("home.online.zero", std::string(tr("home.zero_visits")) + " (G1)", Tone::Success);
}

void tab_steps() {
  heading("home.steps", tr("home.steps_heading"), 2);
  if (table_begin("home.steps.table", {tr("home.scenario"), tr("home.stages"), tr("home.limit")})) {
    for (const auto& s : cat().at("scenarios")) {
      std::string stages;
      for (const auto& st : s.at("stages")) stages += (stages.empty() ? "" : " → ") + jtext(st);
      table_row({jtext(s), stages,
                 trf("common.days_n", {std::to_string(s.value("time_limit_working_days", 0))}) + " (" + jstr(s, "time_limit_rule") + ")"});
    }
    table_end();
  }
  spacing(8);
  heading("home.limits", tr("home.limits_heading"), 2);
  for (const auto& l : cat().at("limits"))
    field_row(("home.limit." + jstr(l, "rule")).c_str(), jtext(l, ""), trf("common.days_n", {std::to_string(l.value("working_days", 0))}) + " (" + jstr(l, "rule") + ")");
  spacing(8);
  heading("home.change_limits", tr("home.change_limits"), 2);
  if (table_begin("home.change.table", {tr("home.business"), tr("home.limit")})) {
    for (const auto& l : cat().at("change_of_use_limits"))
      table_row({jtext(l), trf("common.days_n", {std::to_string(l.value("working_days", 0))})});
    table_end();
  }
}

void tab_documents(state::HomeState& s) {
  heading("home.documents", tr("home.documents_heading"), 2);
  text(jtext(cat(), "documents_rule"));
  std::vector<std::string> names;
  for (const auto& t : cat().at("customer_types")) names.push_back(jtext(t));
  std::vector<std::string_view> views(names.begin(), names.end());
  combo("home.documents.type", tr("home.customer_type"), s.documents_type, views);
  const auto& biz = cat().at("businesses").at(0);  // new connection (rule D5)
  const auto& per = biz.at("by_customer_type").at(static_cast<std::size_t>(s.documents_type));
  int i = 0;
  for (const auto& d : per.at("documents")) {
    card_begin(("home.doc." + std::to_string(i)).c_str());
    text(("home.doc." + std::to_string(i) + ".name").c_str(), std::to_string(i + 1) + ". " + jtext(d) + "（" + jtext(d, "note") + "）");
    std::string acc;
    for (const auto& a : d.at("accepted")) acc += (acc.empty() ? "" : state::en() ? ", " : "、") + jtext(a);
    text(std::string(tr("home.accepted")) + acc, Tone::Muted);
    card_end();
    ++i;
  }
  text(tr("home.agent_note"), Tone::Muted);
}

void tab_fees() {
  heading("home.fees", tr("home.fees_heading"), 2);
  const auto& f = cat().at("fees");
  text("home.fees.none", jtext(f, "") + " (F1)", Tone::Success);
  if (table_begin("home.fees.table", {tr("home.fee_item"), tr("home.fee_applies")})) {
    for (const auto& it : f.at("items")) table_row({jtext(it), jtext(it, "applies")});
    table_end();
  }
  spacing(8);
  heading("home.investment", tr("home.investment_heading"), 2);
  text("home.investment.body", jtext(cat(), "investment") + " (I1)");
}

void tab_works() {
  heading("home.works", tr("home.works_heading"), 2);
  const auto& w = cat().at("supporting_works");
  if (table_begin("home.works.table", {tr("home.works_voltage"), tr("home.works_kind"), tr("home.works_limit")})) {
    for (const auto& r : w.at("rows")) table_row({jstr(r, "voltage"), jtext(r), std::to_string(r.value("limit_working_days", 0))});
    table_end();
  }
  text("home.works.contract", jtext(w, "contract") + " (W2)");
  std::string routes;
  for (const auto& r : w.at("funding_routes")) routes += (routes.empty() ? "" : state::en() ? "; " : "；") + jtext(r);
  text(routes + " (W3)", Tone::Muted);
}

void tab_contact() {
  heading("home.contact", tr("home.contact_heading"), 2);
  for (const auto& p : cat().at("promises")) text(("home.promise." + jstr(p, "rule")).c_str(), "• " + jtext(p, "") + " (" + jstr(p, "rule") + ")");
  spacing(8);
  heading("home.reservation", tr("home.reservation_heading"), 2);
  text("home.reservation.body", jtext(cat().at("reservation"), "") + " (D4)");
  heading("home.channels", tr("home.channels_heading"), 2);
  text(jtext(cat().at("channels"), "") + " (D2)");
  heading("home.supervision", tr("home.supervision_heading"), 2);
  text("home.supervision.phone", std::string(tr("home.supervision_body")) + jstr(cat(), "supervision_phone") + " (G7)", Tone::Accent);
}

}  // namespace

state::HomeIntent draw_home(state::HomeState& s, const state::AppState& app) {
  state::HomeIntent in;
  text("home.intro", trf("home.intro", {std::to_string(cat().value("online_business_count", 0))}));
  spacing(4);
  ButtonOpts primary;
  primary.style = ButtonStyle::Primary;
  primary.full_width = is_narrow();
  ButtonOpts secondary;
  secondary.full_width = is_narrow();
  if (!app.kiosk) {
    if (button("home.apply", tr("home.cta_apply"), primary)) in.apply = true;
    if (!is_narrow()) same_line();
  }
  if (button("home.reserve", tr("home.cta_reserve"), secondary)) in.reserve = true;
  spacing(8);

  const std::vector<Tab> tabs_v = {{"home.tab.online", tr("home.tab.online")},     {"home.tab.steps", tr("home.tab.steps")},
                                   {"home.tab.documents", tr("home.tab.documents")}, {"home.tab.fees", tr("home.tab.fees")},
                                   {"home.tab.works", tr("home.tab.works")},       {"home.tab.what", tr("home.tab.what")},
                                   {"home.tab.contact", tr("home.tab.contact")}};
  const int picked = tabs("home.tabs", tabs_v, static_cast<int>(s.tab));
  if (picked >= 0 && picked < state::kHomeTabCount) s.tab = static_cast<state::HomeTab>(picked);
  card_begin("home.card");
  switch (s.tab) {
    case state::HomeTab::Online: tab_online(); break;
    case state::HomeTab::Steps: tab_steps(); break;
    case state::HomeTab::Documents: tab_documents(s); break;
    case state::HomeTab::Fees: tab_fees(); break;
    case state::HomeTab::Works: tab_works(); break;
    case state::HomeTab::WhatApplies:
      // "What applies to me?": only the questions that matter for the case (issue 4: the wizard asks
      // only what matters), evaluated as the user types.
      text(tr("what.intro"), Tone::Muted);
      in.form_changed = draw_rules_form("what", s.form, s.outcome, true) || !s.outcome_fresh;
      break;
    case state::HomeTab::Contact: tab_contact(); break;
  }
  card_end();
  if (s.tab == state::HomeTab::WhatApplies && s.outcome_fresh) {
    spacing(8);
    card_begin("what.result");
    heading("what.result.title", tr("what.result"), 2);
    if (s.outcome.plan) {
      draw_plan("what.plan", *s.outcome.plan);
      if (!app.kiosk && button("what.apply", tr("what.apply_this"), primary)) in.apply = true;
    } else {
      text("what.fix", tr("what.fix"), Tone::Error);
    }
    card_end();
  }

  // Track an application without logging in (issue 4).
  spacing(8);
  card_begin("home.track");
  heading("home.track.title", tr("home.track_heading"), 2);
  InputOpts num;
  num.hint = tr("home.track_number_hint");
  num.error = s.track_number_error;
  num.max_bytes = 40;
  input_text("home.track.number", tr("home.track_number"), s.track_number, num);
  InputOpts ph;
  ph.kind = platform::TextKind::Phone;
  ph.error = s.track_phone_error;
  ph.max_bytes = 20;
  input_text("home.track.phone", tr("home.track_phone"), s.track_phone, ph);
  if (button("home.track.go", tr("home.track_go"), primary)) in.track = true;
  card_end();
  spacing(8);
  text("home.footer", state::trf("common.supervision", {jstr(cat(), "supervision_phone")}), Tone::Muted);
  return in;
}

}  // namespace ui::screens
