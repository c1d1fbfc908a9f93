#include "state/action_form.h"

#include <cstdlib>

#include "gp/date.h"
#include "gp/dto/wire.h"
#include "gp/validate.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {
namespace {

using nlohmann::json;

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  const auto b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}

bool parse_number(const std::string& typed, double& out) {
  const std::string t = trim(typed);
  if (t.empty()) return false;
  char* end = nullptr;
  out = std::strtod(t.c_str(), &end);
  return end && *end == '\0';
}

bool is_text(const ActionField& f) { return f.type == "string" || f.type == "text"; }
bool is_choice(const ActionField& f) { return f.type == "enum" || f.type == "document"; }

bool empty_value(const ActionField& f) {
  if (f.type == "bool") return false;
  if (is_choice(f)) return f.choice < 0 || f.choice >= static_cast<int>(f.options.size());
  return trim(f.text).empty();
}

std::string check_field(const ActionField& f, bool final) {
  const std::string label = field_label(f);
  if (empty_value(f)) {
    if (!final || !f.required) return "";
    return trf(is_choice(f) ? "action.choose" : "action.required", {label});
  }
  if (is_text(f)) {
    if (gp::validate::utf8_length(f.text) > f.max_length) return trf("action.too_long", {label, std::to_string(f.max_length)});
    if (f.type == "string" && f.text.find('\n') != std::string::npos) return trf("action.one_line", {label});
  } else if (f.type == "number") {
    double v = 0;
    if (!parse_number(f.text, v)) return trf("action.number", {label});
    if (v < f.min || v > f.max) return trf("action.range", {label, days_number(f.min), days_number(f.max)});
  } else if (f.type == "date") {
    if (!gp::parse_date(trim(f.text))) return trf("action.date", {label});
  } else if (f.type == "datetime") {
    if (datetime_value(f.text).empty()) return trf("action.datetime", {label});
  }
  return "";
}

}  // namespace

ActionForm form_of(const gp::dto::NextActionDto& spec) {
  ActionForm a;
  a.action = spec.action;
  a.label_zh = spec.label_zh;
  a.label_en = spec.label_en;
  for (const auto& fd : spec.fields) {
    ActionField f;
    f.name = fd.name;
    f.type = fd.type;
    f.label_zh = fd.label_zh;
    f.label_en = fd.label_en;
    f.required = fd.required;
    if (fd.max_length) f.max_length = static_cast<std::size_t>(*fd.max_length);
    if (fd.min) f.min = *fd.min;
    if (fd.max) f.max = *fd.max;
    for (const auto& o : fd.options) f.options.push_back({o.value, o.label_zh, o.label_en});
    a.fields.push_back(std::move(f));
  }
  return a;
}

ActionForm parse_action(const json& spec) {
  try {
    return form_of(gp::dto::decode<gp::dto::NextActionDto>(spec));
  } catch (const gp::dto::DecodeError& e) {
    ActionForm a;
    a.action = jstr(spec, "action");
    a.error = trf("common.bad_reply", {e.path});
    return a;
  }
}

void sync_actions(std::vector<ActionForm>& forms, const json& next_actions) {
  std::vector<ActionForm> out;
  if (next_actions.is_array()) {
    for (const auto& spec : next_actions) {
      // An action at its own route (signing the contract, rule P1) has its own panel, not a form.
      if (spec.is_object() && spec.contains("route")) continue;
      ActionForm fresh = parse_action(spec);
      for (const auto& old : forms) {
        if (old.action != fresh.action) continue;
        fresh.open = old.open;
        fresh.busy = old.busy;
        fresh.pending = old.pending;
        fresh.error = old.error;
        for (auto& f : fresh.fields)
          for (const auto& of : old.fields) {
            if (of.name != f.name || of.type != f.type) continue;
            f.text = of.text;
            f.flag = of.flag;
            f.error = of.error;
            // An option is kept by its value: the list may have changed (a new document uploaded).
            if (of.choice >= 0 && of.choice < static_cast<int>(of.options.size()))
              for (std::size_t i = 0; i < f.options.size(); ++i)
                if (f.options[i].value == of.options[static_cast<std::size_t>(of.choice)].value) f.choice = static_cast<int>(i);
          }
      }
      out.push_back(std::move(fresh));
    }
  }
  forms = std::move(out);
}

bool check_action(ActionForm& f, bool final) {
  bool ok = true;
  if (final) f.error.clear();
  for (auto& field : f.fields) {
    field.error = check_field(field, final);
    ok = ok && field.error.empty();  // on submit a required empty field has its error
  }
  return ok;
}

json action_body(const ActionForm& f) {
  json fields = json::object();
  for (const auto& field : f.fields) {
    if (field.type == "bool") {
      fields[field.name] = field.flag;
      continue;
    }
    if (empty_value(field)) continue;
    if (is_choice(field)) {
      fields[field.name] = field.options[static_cast<std::size_t>(field.choice)].value;
    } else if (field.type == "number") {
      double v = 0;
      if (parse_number(field.text, v)) fields[field.name] = v;
    } else if (field.type == "date") {
      fields[field.name] = trim(field.text);
    } else if (field.type == "datetime") {
      fields[field.name] = datetime_value(field.text);
    } else {
      fields[field.name] = field.type == "string" ? trim(field.text) : field.text;
    }
  }
  return {{"action", f.action}, {"fields", fields}};
}

void place_action_error(ActionForm& f, const std::string& field, const std::string& message) {
  const std::string name = field.rfind("fields.", 0) == 0 ? field.substr(7) : field;
  for (auto& x : f.fields)
    if (!name.empty() && x.name == name) {
      x.error = message;
      return;
    }
  f.error = message;
}

void reset_values(ActionForm& f) {
  for (auto& x : f.fields) {
    x.text.clear();
    x.flag = false;
    x.choice = -1;
    x.error.clear();
  }
  f.error.clear();
}

std::string action_label(const ActionForm& f) { return en() && !f.label_en.empty() ? f.label_en : f.label_zh; }
std::string field_label(const ActionField& f) { return en() && !f.label_en.empty() ? f.label_en : f.label_zh; }
std::string option_label(const ActionOption& o) { return en() && !o.label_en.empty() ? o.label_en : o.label_zh; }

std::string datetime_value(const std::string& typed) {
  std::string t = trim(typed);
  if (t.size() < 16) return "";
  if (t[10] == ' ') t[10] = 'T';
  if (t.size() == 16) t += ":00";                       // no seconds
  if (t.size() == 19) t += "+08:00";                    // no offset: China Standard Time
  const auto at = gp::parse_datetime(t);
  return at ? gp::format_datetime_cst(*at) : "";
}

}  // namespace state
