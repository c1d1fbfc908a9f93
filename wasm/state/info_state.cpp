#include "state/info_state.h"

#include "gp/validate.h"

namespace state {

namespace {

// While typing, an empty field is not an error yet; on submit it is.
std::optional<gp::Error> check_phone(const std::string& v, bool required) {
  if (v.empty() && !required) return std::nullopt;
  return gp::validate::mobile_phone(v, "phone");
}

std::optional<gp::Error> check_name(const std::string& v, bool required) {
  if (v.empty() && !required) return std::nullopt;
  return gp::validate::person_name(v, "name");
}

}  // namespace

void apply(InfoState& s, const InfoIntent& in, Lang& lang) {
  if (in.toggle_language) lang = lang == Lang::Zh ? Lang::En : Lang::Zh;
  if (in.select_tab >= 0 && in.select_tab < kInfoTabCount) s.tab = in.select_tab;
  if (in.phone_edited) {
    s.phone_error = check_phone(s.phone, false);
    s.submitted_ok = false;
  }
  if (in.name_edited) {
    s.name_error = check_name(s.name, false);
    s.submitted_ok = false;
  }
  if (in.submit) {
    s.phone_error = check_phone(s.phone, true);
    s.name_error = check_name(s.name, true);
    s.submitted_ok = !s.phone_error && !s.name_error;
  }
}

std::string error_text(const std::optional<gp::Error>& e, Lang lang) {
  if (!e) return {};
  return lang == Lang::En ? e->message_en : e->message_zh;
}

}  // namespace state
