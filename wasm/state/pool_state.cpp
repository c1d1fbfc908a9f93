#include "state/pool_state.h"

#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

ReserveRecord parse_reserve_record(const nlohmann::json& j) {
  ReserveRecord r;
  r.approval_number = jstr(j, "approval_number");
  r.project_name = jstr(j, "project_name");
  r.company = jstr(j, "company");
  r.credit_code = jstr(j, "credit_code");
  r.address = jstr(j, "address");
  r.industry = jstr(j, "industry");
  r.expected_date = jstr(j, "expected_date");
  r.contact_name = jstr(j, "contact_name");
  r.contact_phone = jstr(j, "contact_phone");
  r.status = jstr(j, "status");
  r.imported_at = jstr(j, "imported_at");
  r.application_number = jstr(j, "application_number");
  r.converted_at = jstr(j, "converted_at");
  r.capacity_kw = j.is_object() && j.contains("capacity_kw") && j.at("capacity_kw").is_number() ? j.at("capacity_kw").get<double>() : 0;
  r.voltage_kv = j.is_object() && j.contains("voltage_kv") && j.at("voltage_kv").is_number() ? j.at("voltage_kv").get<double>() : 0;
  r.in_park = j.is_object() && j.value("in_provincial_park", false);
  r.plan = j.is_object() && j.contains("preliminary_plan") ? j.at("preliminary_plan") : nlohmann::json();
  return r;
}

std::string plan_summary_text(const nlohmann::json& p) {
  if (!p.is_object()) return tr("pool.no_plan");
  std::string steps;
  if (p.contains("stages") && p.at("stages").is_array())
    for (const auto& s : p.at("stages")) steps += (steps.empty() ? "" : " → ") + jtext(s);
  std::string out = trf("pool.plan_line", {std::to_string(p.value("stage_count", 0)), steps,
                                           std::to_string(p.value("time_limit_working_days", 0)), jstr(p, "time_limit_rule")});
  const bool red = p.contains("red_line") && p.at("red_line").is_object() && p.at("red_line").value("invest_to_red_line", false);
  out += en() ? "; " : "；";
  out += red ? tr("pool.red_line_yes") : tr("pool.red_line_no");
  return out;
}

Consultation parse_consultation(const nlohmann::json& j) {
  Consultation c;
  c.raw = j;
  c.id = j.value("id", 0LL);
  c.company = jstr(j, "company");
  c.credit_code = jstr(j, "credit_code");
  c.address = jstr(j, "address");
  c.status = jstr(j, "status");
  c.created_at = jstr(j, "created_at");
  if (j.contains("reply") && j.at("reply").is_object()) {
    c.reply = jstr(j.at("reply"), "opinion");
    c.replied_at = jstr(j.at("reply"), "replied_at");
  }
  if (j.contains("customer") && j.at("customer").is_object())
    c.customer = jstr(j.at("customer"), "name") + " " + jstr(j.at("customer"), "phone");
  c.capacity_kw = j.contains("capacity_kw") && j.at("capacity_kw").is_number() ? j.at("capacity_kw").get<double>() : 0;
  c.voltage_kv = j.contains("voltage_kv") && j.at("voltage_kv").is_number() ? j.at("voltage_kv").get<double>() : 0;
  c.asset_transfer = j.value("asset_transfer", false);
  c.plan = j.contains("preliminary_plan") ? j.at("preliminary_plan") : nlohmann::json();
  return c;
}

ImportFormat guess_format(const std::string& text) {
  std::size_t i = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // a BOM, as spreadsheets write
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) ++i;
  return i < text.size() && (text[i] == '[' || text[i] == '{') ? ImportFormat::Json : ImportFormat::Csv;
}

std::string pool_path(const PoolState& s) {
  static const char* st[] = {"reserve", "converted", ""};
  std::string p = "/reserve?page=" + std::to_string(s.page) + "&page_size=" + std::to_string(s.page_size);
  const char* status = st[s.status >= 0 && s.status < 3 ? s.status : 0];
  if (*status) p += std::string("&status=") + status;
  if (!s.search.empty()) p += "&q=" + url_encode(s.search);
  return p;
}

void pool_loaded(PoolState& s, const nlohmann::json& r) {
  s.items.clear();
  if (r.contains("items") && r.at("items").is_array())
    for (const auto& j : r.at("items")) s.items.push_back(parse_reserve_record(j));
  s.total = r.value("total", static_cast<long long>(s.items.size()));
  s.loaded = true;
  s.error.clear();
}

std::string consultations_path(const PoolState& s) {
  static const char* st[] = {"open", "replied", ""};
  const char* status = st[s.consult_status >= 0 && s.consult_status < 3 ? s.consult_status : 0];
  return std::string("/consultations?page_size=100") + (*status ? std::string("&status=") + status : "");
}

void consultations_loaded(PoolState& s, const nlohmann::json& r) {
  s.consultations.clear();
  if (r.contains("items") && r.at("items").is_array())
    for (const auto& j : r.at("items")) s.consultations.push_back(parse_consultation(j));
  s.consult_loaded = true;
  s.consult_error.clear();
}

nlohmann::json convert_body(const PoolState& s, const std::string& approval) {
  nlohmann::json b = nlohmann::json::object();
  if (s.convert_for != approval) return b;
  nlohmann::json customer = nlohmann::json::object();
  if (!s.convert_phone.empty()) customer["phone"] = s.convert_phone;
  if (!s.convert_name.empty()) customer["name"] = s.convert_name;
  if (!customer.empty()) b["customer"] = customer;
  if (!s.convert_phone.empty()) b["contact_phone"] = s.convert_phone;
  return b;
}

void import_failed(PoolState& s, const nlohmann::json& reply, const std::string& message) {
  s.problems = import_problems(reply);
  s.problem_lines = problems_by_line(s.problems);
  s.import_error = message;
  s.import_notice.clear();
}

void import_succeeded(PoolState& s, const nlohmann::json& reply) {
  s.problems.clear();
  s.problem_lines.clear();
  s.import_error.clear();
  s.import_notice = trf("pool.imported", {std::to_string(reply.value("imported", 0))});
  s.import_text.clear();
  s.import_file.clear();
}

std::vector<ImportLine> import_lines(const PoolState& s, std::size_t max_lines) {
  std::vector<ImportLine> out;
  if (guess_format(s.import_text) == ImportFormat::Json) {
    // JSON: one entry per record index with a problem (the text itself has no line per record).
    for (const auto& [line, text] : s.problem_lines) out.push_back({line, "", text});
    return out;
  }
  int n = 0;
  std::size_t start = 0;
  while (start <= s.import_text.size() && out.size() < max_lines) {
    std::size_t end = s.import_text.find('\n', start);
    if (end == std::string::npos) end = s.import_text.size();
    std::string line = s.import_text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++n;
    if (!(line.empty() && end == s.import_text.size())) {
      ImportLine l;
      l.line = n;
      l.text = line;
      auto it = s.problem_lines.find(n);
      if (it != s.problem_lines.end()) l.problem = it->second;
      out.push_back(l);
    }
    if (end == s.import_text.size()) break;
    start = end + 1;
  }
  return out;
}

std::string import_content_type(const std::string& text) {
  return guess_format(text) == ImportFormat::Json ? "application/json" : "text/csv; charset=utf-8";
}

namespace {
std::string role_of(const AppState& s) { return s.session.user ? s.session.user->role : ""; }
}  // namespace

bool pool_can_convert(const AppState& s) {
  const std::string role = role_of(s);
  return role == "customer_manager" || role == "command_center" || role == "admin";
}
bool pool_can_consult(const AppState& s) {
  const std::string role = role_of(s);
  return role == "project_manager" || role == "command_center";  // who answers them (R2)
}

namespace {

Pending& load_slot(AppState& s) { return s.staff.pool.load; }
Pending& consult_slot(AppState& s) { return s.staff.pool.consult_load; }

Request load(AppState& s) {
  return pending(s, load_slot, get(pool_path(s.staff.pool), [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.pool;
    if (r.ok()) pool_loaded(x, r.body);
    else x.error = reply_text(r);
    return Requests{};
  }));
}

Request load_consultations(AppState& s) {
  return pending(s, consult_slot, get(consultations_path(s.staff.pool), [](AppState& st, const net::ApiReply& r) {
    auto& x = st.staff.pool;
    if (r.ok()) consultations_loaded(x, r.body);
    else x.consult_error = reply_text(r);
    return Requests{};
  }));
}

// Rule R3: one click; the record carries everything over (a phone is asked only when it has none).
Request convert(AppState& s, const std::string& approval) {
  auto& x = s.staff.pool;
  x.converting = approval;
  x.convert_errors.clear();
  return post("/reserve/" + url_encode(approval) + "/convert", convert_body(x, approval), [approval](AppState& st, const net::ApiReply& r) {
    auto& xx = st.staff.pool;
    xx.converting.clear();
    if (!r.ok()) {
      // The record has no phone for the customer's account: ask for one right there.
      const std::string f = reply_field(r);
      xx.convert_for = approval;
      xx.convert_errors[f == "customer.phone" || f == "contact_phone" || f == "customer" ? "customer.phone" : "form"] = reply_text(r);
      return Requests{};
    }
    const std::string number = jstr(r.body.value("application", nlohmann::json::object()), "number");
    xx.convert_for.clear();
    xx.convert_phone.clear();
    Requests next{load(st)};
    go(st, Screen::Detail, number);  // the application, with all data carried over
    st.flash = trf("pool.converted", {approval, number});  // after go(), which clears the flash
    st.flash_error = false;
    return next;
  });
}

}  // namespace

Requests apply(AppState& s, const PoolIntent& in) {
  auto& x = s.staff.pool;
  Requests out;
  const bool can_consult = pool_can_consult(s);
  if (in.entered) {
    if (!x.load.busy()) out.push_back(load(s));
    if (can_consult && !x.consult_load.busy()) out.push_back(load_consultations(s));
  }
  if (in.tab >= 0) x.tab = in.tab;
  if (in.search) {
    x.search = x.search_typed;
    x.page = 1;
    out.push_back(load(s));
  } else if (in.reload) {
    out.push_back(load(s));
  }
  if (!in.convert.empty() && x.converting.empty()) out.push_back(convert(s, in.convert));
  if (!in.open.empty()) go(s, Screen::Detail, in.open);
  if (in.import_edited) {
    x.import_notice.clear();
    x.import_file.clear();
  }
  if (in.import && !x.importing && !x.import_text.empty()) {  // rule R1: all or nothing, problems by line
    x.importing = true;
    x.import_error.clear();
    out.push_back(post_text("/reserve/import", x.import_text, import_content_type(x.import_text), [](AppState& st, const net::ApiReply& r) {
      auto& xx = st.staff.pool;
      xx.importing = false;
      if (!r.ok()) {
        import_failed(xx, r.body, reply_text(r));
        return Requests{};
      }
      import_succeeded(xx, r.body);
      return Requests{load(st)};
    }));
  }
  if (in.consult_reload) out.push_back(load_consultations(s));
  if (in.reply_open >= 0) {
    x.replying = in.reply_open;
    x.reply_text.clear();
    x.reply_error.clear();
  }
  if (in.reply_send && !x.reply_busy && x.replying > 0) {  // rule R2
    x.reply_busy = true;
    out.push_back(post("/consultations/" + std::to_string(x.replying) + "/reply", {{"opinion", x.reply_text}}, [](AppState& st, const net::ApiReply& r) {
      auto& xx = st.staff.pool;
      xx.reply_busy = false;
      if (!r.ok()) {
        xx.reply_error = reply_text(r);
        return Requests{};
      }
      xx.replying = 0;
      xx.reply_text.clear();
      return Requests{load_consultations(st)};
    }));
  }
  return out;
}

}  // namespace state
