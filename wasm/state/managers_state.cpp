#include "state/managers_state.h"

#include <algorithm>
#include <cstdio>

#include "gp/dto/wire.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

std::vector<ManagerRow> parse_managers(const nlohmann::json& reply) {
  return rows_of(gp::dto::decode<gp::dto::ManagersBody>(reply));
}

std::vector<ManagerRow> rows_of(const gp::dto::ManagersBody& body) {
  std::vector<ManagerRow> out;
  for (const auto& m : body.managers) {
    ManagerRow r;
    r.id = m.id;
    r.name = m.name;
    r.phone = m.phone;
    r.title = en() ? m.title_en : m.title_zh;
    r.handled = m.handled;
    r.ratings = m.ratings;
    r.open = m.open;
    r.average_days = m.average_working_days;
    r.satisfaction = m.satisfaction;
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<ManagerRow> sorted_managers(const std::vector<ManagerRow>& rows, ManagerSort sort) {
  std::vector<ManagerRow> v = rows;
  switch (sort) {
    case ManagerSort::Listed: break;
    case ManagerSort::Satisfaction:
      std::stable_sort(v.begin(), v.end(), [](const ManagerRow& a, const ManagerRow& b) {
        return a.satisfaction.value_or(-1) > b.satisfaction.value_or(-1);
      });
      break;
    case ManagerSort::Load:
      std::stable_sort(v.begin(), v.end(), [](const ManagerRow& a, const ManagerRow& b) { return a.open < b.open; });
      break;
    case ManagerSort::Speed:
      std::stable_sort(v.begin(), v.end(), [](const ManagerRow& a, const ManagerRow& b) {
        return a.average_days.value_or(1e9) < b.average_days.value_or(1e9);
      });
      break;
  }
  return v;
}

std::string satisfaction_text(const ManagerRow& r) {
  if (!r.satisfaction) return tr("managers.no_ratings");
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", *r.satisfaction);
  return trf("managers.score", {b, std::to_string(r.ratings)});
}

std::string average_days_text(const ManagerRow& r) {
  return r.average_days ? working_days_text(*r.average_days) : std::string(tr("managers.none_yet"));
}

ManagersView managers_view(const AppState& s) {
  ManagersView v;
  v.purpose = s.route.param;
  const bool customer = s.session.user && !s.session.user->staff();
  v.can_choose = customer && !v.purpose.empty();
  if (v.purpose == "apply") {
    v.current = s.chosen_manager ? s.chosen_manager->id : s.customer.apply.manager_id;
  } else if (!v.purpose.empty() && s.customer.detail.number == v.purpose && s.customer.detail.app.is_object()) {
    const auto& a = s.customer.detail.app;
    if (a.contains("customer_manager") && a.at("customer_manager").is_object()) v.current = a.at("customer_manager").value("id", 0LL);
  }
  return v;
}

namespace {
Pending& load_slot(AppState& s) { return s.customer.managers.load; }
Pending& choose_slot(AppState& s) { return s.customer.managers.choose; }
}  // namespace

Requests apply(AppState& s, const ManagersIntent& in) {
  auto& m = s.customer.managers;
  Requests out;
  if (in.entered && !m.load.busy()) {  // fresh figures each visit
    m.choose_error.clear();
    m.error.clear();
    out.push_back(pending(s, load_slot, get("/managers", [](AppState& st, const net::ApiReply& r) {
      auto& mm = st.customer.managers;
      if (!r.ok()) {
        mm.error = reply_text(r);
        return Requests{};
      }
      try {
        mm.rows = parse_managers(r.body);
        mm.loaded = true;
      } catch (const gp::dto::DecodeError& e) {
        mm.error = trf("common.bad_reply", {e.path});
      }
      return Requests{};
    })));
  }
  if (in.sort >= 0) m.sort = static_cast<ManagerSort>(in.sort);
  if (in.back) back(s);
  const ManagersView v = managers_view(s);
  if (in.choose && v.can_choose) {
    std::string name;
    for (const auto& row : m.rows)
      if (row.id == in.choose) name = row.name;
    if (v.purpose == "apply") {  // returned to the wizard, which sends it with the application
      s.chosen_manager = ChosenManager{in.choose, name};
      back(s);
      return out;
    }
    m.choosing = in.choose;
    m.choose_error.clear();
    const std::string number = v.purpose;
    out.push_back(pending(s, choose_slot,
                          post("/applications/" + url_encode(number) + "/manager", {{"customer_manager", in.choose}},
                               [number, name](AppState& st, const net::ApiReply& r) {
                                 if (!r.ok()) {
                                   st.customer.managers.choose_error = reply_text(r);
                                   return Requests{};
                                 }
                                 auto& d = st.customer.detail;
                                 if (d.number == number) detail_loaded(d, r.body);
                                 back(st);
                                 st.flash = trf("managers.chosen_flash", {name});
                                 st.flash_error = false;
                                 return Requests{};
                               })));
  }
  return out;
}

}  // namespace state
