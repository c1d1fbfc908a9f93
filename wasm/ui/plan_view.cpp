#include "ui/plan_view.h"

#include <string>

#include "state/strings.h"
#include "ui/json_text.h"
#include "ui/widgets.h"

namespace ui {

using state::tr;
using state::trf;

void draw_plan(const char* id, const nlohmann::json& p) {
  const std::string base = id;
  const int limit = p.value("time_limit_working_days", 0);
  const std::string rule = jstr(p, "time_limit_rule");
  std::string limit_text = trf("common.days_n", {std::to_string(limit)});
  if (rule == "company_setting") limit_text += std::string(" ") + tr("what.limit_source_config");
  else if (!rule.empty()) limit_text += " (" + rule + ")";
  field_row((base + ".limit").c_str(), tr("what.time_limit"), limit_text);

  // The steps, in order, with each one's own limit (rule T6).
  const auto& stages = p.at("stages");
  heading((base + ".stages").c_str(), trf("what.stages_n", {std::to_string(stages.size())}), 2);
  int i = 0;
  for (const auto& st : stages) {
    std::string line = std::to_string(++i) + ". " + jtext(st);
    if (st.at("limit_working_days").is_number()) {
      line += " — " + trf("common.days_n", {std::to_string(st.at("limit_working_days").get<int>())});
      // rule T6: only the totals are the plan's; a step's share is the company's setting.
      if (jstr(st, "source") == "company_setting") line += std::string("（") + tr("common.company_setting") + "）";
    } else
      line += " — " + std::string(tr("what.customer_time"));
    text((base + ".stage." + std::to_string(i)).c_str(), line);
  }
  if (!p.at("supporting_works").empty()) {
    for (const auto& w : p.at("supporting_works"))
      text(jtext(w) + " — " + trf("common.days_n", {std::to_string(w.value("limit_working_days", 0))}) + " (W1)", Tone::Muted);
  }

  heading((base + ".docs").c_str(), tr("what.documents"), 2);
  int d = 0;
  for (const auto& doc : p.at("documents")) {
    ++d;
    text((base + ".doc." + std::to_string(d)).c_str(), std::to_string(d) + ". " + jtext(doc));
    std::string accepted;
    for (const auto& a : doc.at("accepted")) accepted += (accepted.empty() ? "" : state::en() ? ", " : "、") + jtext(a);
    text(std::string(tr("home.accepted")) + accepted, Tone::Muted);
  }

  heading((base + ".fees").c_str(), tr("what.fees"), 2);
  if (p.at("fees").empty()) {
    text((base + ".fee").c_str(), std::string(tr("what.no_fees")) + " (F1)", Tone::Success);
  } else {
    for (const auto& f : p.at("fees")) text((base + ".fee").c_str(), jtext(f) + "：" + jtext(f, "basis"));
  }

  heading((base + ".boundary").c_str(), tr("what.red_line"), 2);
  const bool red = p.value("invest_to_red_line", false);
  std::string b = red ? tr("what.red_line_yes") : tr("what.red_line_no");
  if (red && p.at("invest_to_red_line_basis").is_string()) b += " (" + p.at("invest_to_red_line_basis").get<std::string>() + ")";
  text((base + ".red_line").c_str(), b);
  text(jtext(p.at("property_boundary"), "") + "；" + jtext(p.at("metering_point"), ""), Tone::Muted);
  // rules I2/I6: what the company funds at the boundary of a red-line connection.
  if (p.contains("company_boundary_items") && p.at("company_boundary_items").is_array() && !p.at("company_boundary_items").empty()) {
    std::string items;
    for (const auto& it : p.at("company_boundary_items")) items += (items.empty() ? "" : state::en() ? ", " : "、") + jtext(it, "");
    field_row((base + ".boundary_items").c_str(), tr("what.boundary_items"), items + " (I6)");
    if (p.contains("boundary_switch_exemption") && p.at("boundary_switch_exemption").is_object())
      text((base + ".boundary_exemption").c_str(), jtext(p.at("boundary_switch_exemption"), "") + " (I6)", Tone::Muted);
  }
  if (p.value("small_micro", false)) text((base + ".small_micro").c_str(), std::string(tr("what.small_micro_yes")) + " (I4)", Tone::Accent);
  if (p.value("survey_without_meeting", false)) text((base + ".s3").c_str(), std::string(tr("what.survey_without_meeting")) + " (S3)", Tone::Accent);
  for (const auto& n : p.at("notes")) text(jtext(n, "") + " (" + jstr(n, "rule") + ")", Tone::Muted);

  if (p.contains("completion_inspection_scope") && !p.at("completion_inspection_scope").empty()) {
    std::string scope;
    for (const auto& s : p.at("completion_inspection_scope")) scope += (scope.empty() ? "" : state::en() ? ", " : "、") + jtext(s, "");
    field_row((base + ".scope").c_str(), tr("what.inspection"), scope + " (S6)");
  }
  field_row((base + ".outage").c_str(), tr("what.outage"), jtext(p, "outage_plan") + " (O1)");
  // rule O1: the clause that decided the plan, quoted; a company setting where the seed is silent.
  if (p.contains("outage_plan_clause") && p.at("outage_plan_clause").is_object()) {
    const auto& c = p.at("outage_plan_clause");
    const bool company = jstr(c, "source") == "company_setting";
    text((base + ".outage_clause").c_str(), jtext(c, "") + (company ? std::string(" · ") + tr("common.company_setting") : std::string()),
         company ? Tone::Accent : Tone::Muted);
  }
  std::string rules;
  for (const auto& r : p.at("rule_ids")) rules += (rules.empty() ? "" : " ") + r.get<std::string>();
  text((base + ".rules").c_str(), std::string(tr("what.rules")) + rules, Tone::Muted);
}

}  // namespace ui
