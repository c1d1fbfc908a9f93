#include "services/rating_service.h"

#include "gp/dto/managers.h"
#include "gp/validate.h"
#include "gp/working_days_taken.h"
#include "services/service_error.h"
#include "store/ratings.h"

namespace gp::server {
namespace {
using nlohmann::json;
using K = ServiceError::Kind;

int score(const json& body, const char* key, bool required) {
  if (!body.contains(key) || body.at(key).is_null()) {
    if (required) fail(K::invalid, "required", key, std::string("请为“") + key + "”打分（1–5）", std::string(key) + " is required (1–5)");
    return 0;
  }
  const json& v = body.at(key);
  if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 5)
    fail(K::invalid, "out_of_range", key, std::string(key) + " 应为 1–5 的整数", std::string(key) + " must be an integer from 1 to 5");
  return static_cast<int>(v.get<long long>());
}
}  // namespace

json RatingService::rate(const Caller& c, const std::string& number, const json& body) {
  if (!body.is_object()) fail(K::invalid, "invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  for (auto it = body.begin(); it != body.end(); ++it)
    if (it.key() != "service_score" && it.key() != "manager_score" && it.key() != "comment")
      fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  if (c.role != gp::Role::customer) fail(K::forbidden, "forbidden", "", "评价由客户本人提交", "only the customer rates the service");
  const int service = score(body, "service_score", true);
  const int manager = score(body, "manager_score", false);
  std::string comment;
  if (body.contains("comment") && !body.at("comment").is_null()) {
    if (!body.at("comment").is_string()) fail(K::invalid, "invalid_type", "comment", "comment 应为字符串", "comment must be a string");
    comment = body.at("comment").get<std::string>();
    if (auto e = gp::validate::text(comment, "comment", 0, 500)) fail(K::invalid, *e);
  }
  json out = env_.db.write([&](store::Conn& db) {
    auto app = apps_.load_visible(db, c, number);
    if (app.state.status != gp::AppStatus::completed)
      fail(K::conflict, "not_allowed_now", "", "送电完成后才能评价", "you can rate the service once energized");
    if (store::rating_exists(db, app.row.id)) fail(K::conflict, "already_rated", "", "已评价过", "this application was already rated");
    const gp::Instant now = env_.clock.now();
    store::RatingRow rating;
    rating.application_id = app.row.id;
    rating.customer_id = c.user_id;
    rating.manager_id = app.row.customer_manager_id;
    rating.service_score = service;
    if (manager) rating.manager_score = manager;
    rating.comment = comment;
    rating.at = now;
    store::insert_rating(db, rating);
    gp::Event e;
    e.at = now;
    e.type = "rated";
    e.role = c.role;
    e.channel = c.channel;
    e.data = {{"service_score", service}, {"manager_score", manager ? json(manager) : json(nullptr)}, {"comment", comment}};
    apps_.append(db, app, e, c.user_id);
    return apps_.render(db, c, app);
  });
  env_.notifier.announce();
  return out;
}

json RatingService::choose_manager(const Caller& c, const std::string& number, const json& body) {
  if (c.role != gp::Role::customer) fail(K::forbidden, "forbidden", "", "由客户本人选择客户经理", "only the customer chooses the customer manager");
  if (!body.is_object() || !body.contains("customer_manager"))
    fail(K::invalid, "required", "customer_manager", "请选择客户经理", "choose a customer manager");
  for (auto it = body.begin(); it != body.end(); ++it)
    if (it.key() != "customer_manager") fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  const json& v = body.at("customer_manager");
  std::int64_t id = v.is_number_integer() ? v.get<std::int64_t>() : 0;
  if (v.is_string() && !v.get<std::string>().empty() && v.get<std::string>().size() < 18 &&
      v.get<std::string>().find_first_not_of("0123456789") == std::string::npos)
    id = std::stoll(v.get<std::string>());
  json out = env_.db.write([&](store::Conn& db) {
    auto app = apps_.load_visible(db, c, number);
    auto u = store::find_user(db, id);
    if (!u || u->role != gp::Role::customer_manager || u->disabled)
      fail(K::invalid, "invalid", "customer_manager", "所选客户经理不存在", "no such customer manager");
    if (app.state.finished()) fail(K::conflict, "not_allowed_now", "", "申请已办结", "the application is finished");
    gp::Event e;
    e.at = env_.clock.now();
    e.type = "manager_chosen";  // rule M3
    e.role = c.role;
    e.channel = c.channel;
    e.data = {{"customer_manager", std::to_string(u->id)}, {"name", u->name}};
    apps_.append(db, app, e, c.user_id);
    return apps_.render(db, c, app);
  });
  env_.notifier.announce();
  return out;
}

double RatingService::completed_days(store::Conn& db, std::int64_t id, const std::shared_ptr<const gp::Calendar>& cal,
                                     const gp::SlaPolicy& policy, gp::Instant now, bool* found) {
  {
    std::lock_guard<std::mutex> lock(memo_mu_);
    if (memo_cal_ != cal) {
      memo_.clear();
      memo_cal_ = cal;
    }
    auto it = memo_.find(id);
    if (it != memo_.end()) {
      *found = true;
      return it->second;
    }
  }
  auto row = store::find_application(db, id);
  if (!row) return 0;
  const auto app = apps_.load(db, *row);
  const double days = gp::working_days_taken(app.state, *cal, now, policy);
  *found = true;
  if (app.state.status == gp::AppStatus::completed) {  // final: kept (an open one is never asked here)
    std::lock_guard<std::mutex> lock(memo_mu_);
    if (memo_cal_ == cal) memo_.emplace(id, days);
  }
  return days;
}

json RatingService::managers() {
  auto& db = env_.db.reader();
  auto cal = env_.cal.current();
  const auto cfg = env_.cfg.current();
  const gp::Instant now = env_.clock.now();
  gp::dto::ManagersBody body;  // the shared wire type (gp/dto/managers.h)
  for (const auto& u : store::users_with_role(db, gp::Role::customer_manager)) {
    // Handled = completed applications; their working days taken, customer time excluded — the
    // indicators' own figure (rules M3, M4: one function, gp::working_days_taken).
    const std::vector<std::int64_t> ids = store::completed_application_ids_of_manager(db, u.id);
    int handled = 0;
    double total_days = 0;
    for (auto id : ids) {
      bool found = false;
      const double days = completed_days(db, id, cal, cfg->sla, now, &found);
      if (!found) continue;
      ++handled;
      total_days += days;
    }
    const int open = store::count_open_applications_of_manager(db, u.id);
    const store::ManagerSatisfaction sat = store::manager_satisfaction(db, u.id);
    gp::dto::ManagerDto m;
    m.id = u.id;
    m.name = u.name;
    m.phone = u.profile.value("phone", std::string());
    m.title_zh = u.profile.value("title_zh", std::string("客户经理"));
    m.title_en = u.profile.value("title_en", std::string("Customer manager"));
    m.handled = handled;
    if (handled) m.average_working_days = total_days / handled;
    if (sat.count) m.satisfaction = sat.average;
    m.ratings = sat.count;
    m.open = open;
    body.managers.push_back(std::move(m));
  }
  return body;
}

}  // namespace gp::server
