#include "ui/screens/pool_screen.h"

#include <imgui.h>

#include "state/customer_common.h"
#include "state/strings.h"
#include "ui/staff_kit.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace ui::screens {

using state::tr;
using state::trf;

namespace {

std::vector<std::string_view> views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

void record_card(state::PoolState& s, const state::ReserveRecord& r, std::size_t i, bool can_convert, state::PoolIntent& in) {
  const std::string base = "pool.item." + std::to_string(i);
  card_begin(base.c_str());
  text((base + ".name").c_str(), r.project_name);
  text((base + ".company").c_str(), r.company + " · " + r.approval_number, Tone::Muted);
  text((base + ".what").c_str(),
       trf("pool.what", {state::number_text(r.capacity_kw, 1), state::number_text(r.voltage_kv, 1), r.address}) +
           (r.expected_date.empty() ? "" : " · " + trf("pool.expected", {r.expected_date})) + (r.in_park ? " · " + std::string(tr("pool.in_park")) : ""),
       Tone::Normal);
  text((base + ".plan").c_str(), std::string(tr("pool.plan")) + state::plan_summary_text(r.plan) + " (R1)", Tone::Accent);
  if (s.expanded == r.approval_number && r.plan.is_object()) {
    const auto& hint = r.plan.value("supporting_works_hint", nlohmann::json::object());
    const std::string h = state::jtext(hint, "");
    if (!h.empty()) text((base + ".works").c_str(), h, Tone::Muted);
    // rule R1: the record's preliminary supporting-works plan (kinds: a company setting; limits: W1).
    if (r.plan.contains("preliminary_works") && r.plan.at("preliminary_works").is_object()) {
      const auto& pw = r.plan.at("preliminary_works");
      std::string items;
      for (const auto& w : pw.value("items", nlohmann::json::array()))
        items += (items.empty() ? "" : state::en() ? "; " : "；") + state::jtext(w) + " " +
                 trf("common.days_n", {std::to_string(w.value("limit_working_days", 0))}) + " (W1)";
      text((base + ".prelim_works").c_str(), std::string(tr("pool.prelim_works")) + items, Tone::Normal);
      text((base + ".prelim_source").c_str(), std::string("（") + tr("common.company_setting") + "）", Tone::Accent);
    }
    if (r.plan.contains("red_line") && r.plan.at("red_line").contains("property_boundary"))
      text((base + ".boundary").c_str(), state::jtext(r.plan.at("red_line").at("property_boundary"), ""), Tone::Muted);
    if (!r.contact_name.empty() || !r.contact_phone.empty())
      text((base + ".contact").c_str(), trf("pool.contact", {r.contact_name, r.contact_phone}), Tone::Muted);
  }
  if (link((base + ".more").c_str(), s.expanded == r.approval_number ? tr("pool.less") : tr("pool.more"))) {
    s.expanded = s.expanded == r.approval_number ? "" : r.approval_number;
  }
  if (r.status == "converted") {
    same_line(16);
    if (link((base + ".open").c_str(), trf("pool.converted_to", {r.application_number}))) in.open = r.application_number;
  } else if (can_convert) {
    // A phone for the customer account is asked only when the approval record has none.
    if (s.convert_for == r.approval_number) {
      InputOpts ph;
      ph.kind = platform::TextKind::Phone;
      ph.error = s.convert_errors.count("customer.phone") ? std::string_view(s.convert_errors.at("customer.phone")) : std::string_view();
      ph.max_bytes = 20;
      input_text((base + ".phone").c_str(), tr("pool.customer_phone"), s.convert_phone, ph);
      if (s.convert_errors.count("form")) text((base + ".error").c_str(), s.convert_errors.at("form"), Tone::Error);
    }
    ButtonOpts b;
    b.style = ButtonStyle::Primary;
    b.enabled = s.converting.empty();
    if (button((base + ".convert").c_str(), s.converting == r.approval_number ? tr("common.loading") : tr("pool.convert"), b))
      in.convert = r.approval_number;
  }
  card_end();
}

void pool_tab(state::PoolState& s, bool can_convert, state::PoolIntent& in) {
  grid_begin("pool.filters", 2);
  grid_next();
  const std::vector<std::string> st = {tr("pool.status_reserve"), tr("pool.status_converted"), tr("pool.status_all")};
  if (combo("pool.status", tr("pool.status"), s.status, views(st))) {
    s.page = 1;
    in.reload = true;
  }
  grid_next();
  InputOpts q;
  q.hint = tr("pool.search_hint");
  q.max_bytes = 64;
  input_text("pool.search", tr("pool.search"), s.search_typed, q);
  grid_end();
  if (button("pool.search_go", tr("pool.search_button"))) in.search = true;
  same_line(16);
  text("pool.count", trf("pool.count", {std::to_string(s.total)}), Tone::Muted);
  if (!s.notice.empty()) text("pool.notice", s.notice, Tone::Success);
  if (!s.error.empty()) text("pool.error", s.error, Tone::Error);
  if (!s.loaded && s.error.empty()) text("pool.loading", tr("common.loading"), Tone::Muted);
  if (s.loaded && s.items.empty()) text("pool.empty", tr("pool.empty"), Tone::Muted);
  for (std::size_t i = 0; i < s.items.size(); ++i) record_card(s, s.items[i], i, can_convert, in);
  const long long pages = (s.total + s.page_size - 1) / s.page_size;
  if (pages > 1) {
    if (link("pool.prev", tr("pool.prev"), s.page > 1)) {
      --s.page;
      in.reload = true;
    }
    same_line(16);
    text("pool.page", trf("pool.page", {std::to_string(s.page), std::to_string(pages)}), Tone::Muted);
    same_line(16);
    if (link("pool.next", tr("pool.next"), s.page < pages)) {
      ++s.page;
      in.reload = true;
    }
  }
}

void import_tab(state::PoolState& s, bool can_import, state::PoolIntent& in) {
  card_begin("pool.import");
  heading("pool.import.title", tr("pool.import_title"), 2);
  text(tr("pool.import_intro"), Tone::Muted);
  text("pool.import.columns", "approval_number, project_name, company, credit_code, address, capacity_kw, voltage_kv, industry, "
                              "in_provincial_park, expected_date, contact_name, contact_phone",
       Tone::Muted);
  if (!can_import) {
    text("pool.import.not_allowed", tr("pool.import_not_allowed"), Tone::Error);
    card_end();
    return;
  }
  const float h = is_narrow() ? 180.0f : 220.0f;
  in.import_edited |= text_area("pool.import.text", tr("pool.import_text"), s.import_text, h, {}, tr("pool.import_hint"));
  if (!s.import_file.empty()) text("pool.import.file", trf("pool.file_read", {s.import_file}), Tone::Muted);
  if (button("pool.import.pick", tr("pool.pick_file"))) in.pick_file = true;
  same_line();
  ButtonOpts b;
  b.style = ButtonStyle::Primary;
  b.enabled = !s.importing && !s.import_text.empty();
  if (button("pool.import.submit", s.importing ? tr("common.loading") : tr("pool.import_button"), b)) in.import = true;
  if (!s.import_notice.empty()) text("pool.import.notice", s.import_notice, Tone::Success);
  if (!s.import_error.empty()) {
    text("pool.import.error", s.import_error, Tone::Error);
    // Every problem by line, with the line itself (nothing was imported: all or nothing).
    int shown = 0;
    for (const auto& l : state::import_lines(s)) {
      if (l.problem.empty()) continue;
      const std::string id = "pool.import.line." + std::to_string(l.line);
      text(id.c_str(), l.line > 0 ? trf("pool.line", {std::to_string(l.line), l.problem}) : l.problem, Tone::Error);
      if (!l.text.empty()) text(l.text, Tone::Muted);
      if (++shown >= 100) break;
    }
    if (s.problem_lines.count(0)) text("pool.import.file_problem", s.problem_lines.at(0), Tone::Error);
  }
  card_end();
}

void consult_tab(state::PoolState& s, state::PoolIntent& in) {
  const std::vector<std::string> st = {tr("pool.consult_open"), tr("pool.consult_replied"), tr("pool.status_all")};
  grid_begin("pool.consult.filters", 2);
  grid_next();
  if (combo("pool.consult.status", tr("pool.status"), s.consult_status, views(st))) in.consult_reload = true;
  grid_end();
  if (!s.consult_error.empty()) text("pool.consult.error", s.consult_error, Tone::Error);
  if (s.consult_loaded && s.consultations.empty()) text("pool.consult.empty", tr("pool.consult_empty"), Tone::Muted);
  for (std::size_t i = 0; i < s.consultations.size(); ++i) {
    const auto& c = s.consultations[i];
    const std::string base = "pool.consult." + std::to_string(i);
    card_begin(base.c_str());
    text((base + ".company").c_str(), c.company + " · " + c.credit_code);
    text((base + ".what").c_str(), trf("pool.what", {state::number_text(c.capacity_kw, 1), state::number_text(c.voltage_kv, 1), c.address}) +
                                       (c.asset_transfer ? " · " + std::string(tr("pool.asset_transfer")) : ""),
         Tone::Muted);
    if (!c.customer.empty()) text((base + ".customer").c_str(), trf("pool.asked_by", {c.customer, state::short_time(c.created_at)}), Tone::Muted);
    text((base + ".plan").c_str(), std::string(tr("pool.plan")) + state::plan_summary_text(c.plan) + " (R2)", Tone::Accent);
    if (c.status == "replied") {
      text((base + ".reply").c_str(), trf("pool.replied", {c.reply, state::short_time(c.replied_at)}), Tone::Success);
    } else if (s.replying == c.id) {
      text_area((base + ".reply_text").c_str(), tr("pool.reply_label"), s.reply_text, 100, s.reply_error);
      ButtonOpts b;
      b.style = ButtonStyle::Primary;
      b.enabled = !s.reply_busy && !s.reply_text.empty();
      if (button((base + ".send").c_str(), s.reply_busy ? tr("common.loading") : tr("pool.reply_send"), b)) in.reply_send = true;
      same_line();
      if (link((base + ".cancel").c_str(), tr("common.cancel"))) in.reply_open = 0;
    } else if (button((base + ".reply").c_str(), tr("pool.reply"))) {
      in.reply_open = c.id;
    }
    card_end();
  }
}

}  // namespace

state::PoolIntent draw_pool(state::PoolState& s, bool can_convert, bool can_consult) {
  state::PoolIntent in;
  heading("pool.title", tr("pool.title"), 2);
  text("pool.intro", tr("pool.intro"), Tone::Muted);
  // Consultations only for the roles that answer them (rule R2; issue 15).
  if (!can_consult && s.tab == 2) s.tab = 0;
  const int tab = can_consult ? tabs("pool.tabs", {{"pool.tab.pool", tr("pool.tab_pool")}, {"pool.tab.import", tr("pool.tab_import")},
                                                   {"pool.tab.consult", tr("pool.tab_consult")}},
                                     s.tab)
                              : tabs("pool.tabs", {{"pool.tab.pool", tr("pool.tab_pool")}, {"pool.tab.import", tr("pool.tab_import")}}, s.tab);
  if (tab != s.tab) in.tab = tab;
  if (s.tab == 0) pool_tab(s, can_convert, in);
  else if (s.tab == 1) import_tab(s, can_convert, in);
  else consult_tab(s, in);
  return in;
}

}  // namespace ui::screens
