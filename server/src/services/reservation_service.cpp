#include "services/reservation_service.h"

#include <cstdio>

#include "gp/dto/outcomes.h"
#include "gp/dto/wire.h"
#include "gp/dto/desk.h"
#include "gp/sla.h"
#include "gp/validate.h"
#include "services/service_error.h"
#include "store/reservations.h"

namespace gp::server {
namespace {
using nlohmann::json;
using K = ServiceError::Kind;

std::string str(const json& b, const char* k, bool required, std::size_t min, std::size_t max) {
  if (!b.contains(k) || b.at(k).is_null()) {
    if (required) fail(K::invalid, "required", k, std::string("缺少必填字段 ") + k, std::string("missing required field ") + k);
    return "";
  }
  if (!b.at(k).is_string()) fail(K::invalid, "invalid_type", k, std::string(k) + " 应为字符串", std::string(k) + " must be a string");
  std::string v = b.at(k).get<std::string>();
  if (auto e = gp::validate::text(v, k, min, max)) fail(K::invalid, *e);
  return v;
}

bool can_see(const Caller* c, const store::ReservationRow& row) {
  if (!c) return false;
  if (c->role == gp::Role::customer) return row.customer_id && *row.customer_id == c->user_id;
  if (c->role == gp::Role::customer_manager)
    return !row.customer_manager_id || *row.customer_manager_id == c->user_id;
  return c->role == gp::Role::command_center || c->role == gp::Role::admin;
}

}  // namespace

gp::dto::ReservationDto ReservationService::reservation_dto(store::Conn& db, const Caller* c, std::int64_t id) {
  auto found = store::find_reservation(db, id);
  if (!found) not_found("预约", "reservation");
  const store::ReservationRow& r = *found;
  const gp::Instant now = env_.clock.now();
  gp::SlaInput in;
  in.start = r.created_at;
  in.limit = static_cast<double>(r.due_at - in.start);
  if (r.handled_at) in.done = *r.handled_at;
  auto sla = gp::evaluate_clock_time(in, now, env_.cfg.current()->sla);
  const bool staff = c && gp::is_staff(c->role);
  auto b = gp::parse_business(r.business).value_or(gp::Business::new_connection);
  auto t = gp::parse_customer_type(r.customer_type).value_or(gp::CustomerType::lv_residential);
  gp::dto::ReservationDto d;  // the shared wire type (gp/dto/desk.h)
  d.number = r.number;
  d.channel = r.channel;
  d.name = r.name;
  d.address = r.address;
  d.business = gp::dto::code_name(gp::named(b));
  d.customer_type = gp::dto::code_name(gp::named(t));
  d.note = r.note;
  d.created_at = gp::format_datetime_cst(r.created_at);
  d.due_at = gp::format_datetime_cst(r.due_at);
  // What stops the clock (rule D4): dispatch to a named customer manager (phone), contact (online).
  d.due_action = r.channel == "phone" ? "dispatch" : "contact";
  d.status = r.status;
  if (r.handled_at) d.handled_at = gp::format_datetime_cst(*r.handled_at);
  d.level = gp::to_string(sla.level);
  d.escalation = static_cast<int>(sla.escalation);
  d.remaining_seconds = sla.remaining;
  d.on_time = sla.on_time;
  if (r.application_id)
    if (auto app = store::find_application(db, *r.application_id)) d.application_number = app->number;
  if (staff || (c && c->role == gp::Role::customer)) d.phone = r.phone;
  if (r.customer_manager_id)
    if (auto u = store::find_user(db, *r.customer_manager_id)) d.customer_manager = gp::dto::NameRefDto{u->id, u->name};
  return d;
}

json ReservationService::create(const std::optional<Caller>& c, const json& body, const std::string& anonymous_channel) {
  if (!body.is_object()) fail(K::invalid, "invalid_type", "", "请求体应为 JSON 对象", "the body must be a JSON object");
  for (auto it = body.begin(); it != body.end(); ++it) {
    static const std::set<std::string> keys = {"channel", "name", "phone", "address", "business", "customer_type", "note", "call_ended_at"};
    if (!keys.count(it.key())) fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  }
  const bool staff = c && gp::is_staff(c->role);
  std::string channel = staff ? "phone" : "online";
  if (body.contains("channel")) {
    channel = str(body, "channel", true, 1, 16);
    if (channel != "phone" && channel != "online") fail(K::invalid, "invalid", "channel", "渠道应为 phone 或 online", "channel must be phone or online");
    if (channel == "phone" && !staff)
      fail(K::forbidden, "forbidden", "channel", "电话预约由供电服务指挥中心记录", "phone reservations are recorded by staff");
  }
  const std::string business = body.contains("business") ? str(body, "business", true, 1, 40) : "new_connection";
  if (!gp::parse_business(business)) fail(K::invalid, "invalid", "business", "不支持的业务类型", "unknown business");
  const std::string type = str(body, "customer_type", true, 1, 40);
  if (!gp::parse_customer_type(type)) fail(K::invalid, "invalid", "customer_type", "不支持的客户类型", "unknown customer_type");
  const std::string address = str(body, "address", true, 2, 200);
  const std::string note = str(body, "note", false, 0, 500);
  const gp::Instant now = env_.clock.now();

  json out = env_.db.write([&](store::Conn& db) {
    std::string name, phone;
    std::optional<std::int64_t> customer_id;
    if (c && c->role == gp::Role::customer) {
      auto u = store::find_user(db, c->user_id);
      if (!u) fail(K::unauthorized, "unauthorized", "", "请重新登录", "please log in again");
      customer_id = u->id;
      name = body.contains("name") ? str(body, "name", true, 1, 40) : u->name;
      phone = body.contains("phone") ? str(body, "phone", true, 1, 20) : u->phone;
    } else {
      name = str(body, "name", true, 1, 40);
      phone = str(body, "phone", true, 1, 20);
    }
    if (auto e = gp::validate::person_name(name, "name")) fail(K::invalid, *e);
    if (auto e = gp::validate::mobile_phone(phone, "phone")) fail(K::invalid, *e);
    phone = gp::validate::normalize_mobile(phone);
    // rule D4: the phone clock runs from the end of the call (default: now).
    gp::Instant start = now;
    if (channel == "phone" && body.contains("call_ended_at")) {
      auto t = body.at("call_ended_at").is_string() ? gp::parse_datetime(body.at("call_ended_at").get<std::string>()) : std::nullopt;
      if (!t || *t > now + 60 || *t < now - 24 * 3600)
        fail(K::invalid, "invalid", "call_ended_at", "通话结束时间应为最近 24 小时内的带时区时间", "call_ended_at must be a date-time with offset within the last 24 hours");
      start = *t;
    }
    const gp::Instant due = start + gp::reservation_limit_seconds(channel);  // rule D4: 20 minutes / 18 hours
    const std::string number = store::next_reservation_number(db, now);
    store::ReservationRow row;
    row.number = number;
    row.channel = channel;
    row.customer_id = customer_id;
    row.name = name;
    row.phone = phone;
    row.address = address;
    row.business = business;
    row.customer_type = type;
    row.note = note;
    row.created_at = start;
    row.due_at = due;
    const std::int64_t id = store::insert_reservation(db, row);
    gp::Event e;
    e.at = now;
    e.type = "reservation_created";
    e.role = c ? c->role : gp::Role::customer;
    e.channel = channel == "phone" ? "phone" : (c ? c->channel : anonymous_channel);
    e.data = {{"number", number}, {"channel", channel}, {"due_at", gp::format_datetime_cst(due)}};
    store::append_event(db, 0, id, e, c ? std::optional<std::int64_t>(c->user_id) : std::nullopt);
    for (const auto& u : store::users_with_role(db, gp::Role::command_center)) {
      Notice n;
      n.user_id = u.id;
      n.kind = "reservation_created";
      n.title_zh = number + (channel == "phone" ? " 电话预约，20分钟内派单" : " 线上预约，18小时内联系");
      n.title_en = number + (channel == "phone" ? " phone reservation: dispatch within 20 minutes" : " online reservation: contact within 18 hours");
      env_.notifier.add(db, n, now);
    }
    return render(db, c ? &*c : nullptr, id);
  });
  env_.notifier.announce();
  return out;
}

json ReservationService::render(store::Conn& db, const Caller* c, std::int64_t id) { return reservation_dto(db, c, id); }

json ReservationService::list(const Caller& c, const std::string& status) {
  if (!status.empty() && status != "open" && status != "handled" && status != "converted" && status != "cancelled")
    fail(K::invalid, "invalid", "status", "status 应为 open、handled、converted 或 cancelled", "status must be open, handled, converted or cancelled");
  auto& db = env_.db.reader();
  store::ReservationQuery f;
  if (c.role == gp::Role::customer) f.customer_id = c.user_id;
  else if (c.role == gp::Role::customer_manager) f.manager_or_unassigned = c.user_id;
  else if (c.role == gp::Role::project_manager) fail(K::forbidden, "forbidden", "", "无权查看预约", "project managers do not handle reservations");
  f.status = status;
  gp::dto::ReservationListDto out;  // the shared wire type (gp/dto/desk.h)
  for (std::int64_t id : store::list_reservation_ids(db, f)) out.items.push_back(reservation_dto(db, &c, id));
  out.total = static_cast<long long>(out.items.size());
  return out;
}

json ReservationService::get(const Caller& c, const std::string& number) {
  auto& db = env_.db.reader();
  auto row = store::find_reservation_by_number(db, number);
  if (!row || !can_see(&c, *row)) not_found("预约", "reservation");
  return render(db, &c, row->id);
}

json ReservationService::act(const Caller& c, const std::string& number, const json& body) {
  if (!gp::is_staff(c.role) || c.role == gp::Role::project_manager)
    fail(K::forbidden, "forbidden", "", "预约由指挥中心和客户经理处理", "reservations are handled by the command center and customer managers");
  if (!body.is_object() || !body.contains("action") || !body.at("action").is_string())
    fail(K::invalid, "required", "action", "缺少 action", "missing action");
  for (auto it = body.begin(); it != body.end(); ++it)
    if (it.key() != "action" && it.key() != "fields") fail(K::invalid, "unknown_field", it.key(), "未知字段：" + it.key(), "unknown field: " + it.key());
  const std::string action = body.at("action").get<std::string>();
  const json fields = body.value("fields", json::object());
  if (!fields.is_object()) fail(K::invalid, "invalid_type", "fields", "fields 应为对象", "fields must be an object");
  // Inner fields are checked as an application action's are: only the action's own, each of its
  // type, named "fields.<name>". Unchecked, any JSON (a megabyte object as the "note") would be
  // stored for ever in an immutable event, and a misspelt field silently ignored.
  if (action == "dispatch" || action == "contact" || action == "cancel") {
    const std::set<std::string> own = action == "cancel" ? std::set<std::string>{"reason"} : std::set<std::string>{"customer_manager", "note"};
    for (auto it = fields.begin(); it != fields.end(); ++it)
      if (!own.count(it.key()))
        fail(K::invalid, "unknown_field", "fields." + it.key(), "未知字段：fields." + it.key(), "unknown field: fields." + it.key());
    if (own.count("note") && fields.contains("note") && !fields.at("note").is_null()) {  // cancel's reason is checked below
      if (!fields.at("note").is_string()) fail(K::invalid, "invalid_type", "fields.note", "fields.note 应为字符串", "fields.note must be a string");
      if (auto e = gp::validate::text(fields.at("note").get<std::string>(), "fields.note", 0, 500)) fail(K::invalid, *e);
    }
  }
  const gp::Instant now = env_.clock.now();

  json out = env_.db.write([&](store::Conn& db) -> json {
    auto row = store::find_reservation_by_number(db, number);
    if (!row || !can_see(&c, *row)) not_found("预约", "reservation");
    const std::int64_t id = row->id;
    const std::string status = row->status;
    const std::string channel = row->channel;
    auto event = [&](const std::string& type, const json& data) {
      gp::Event e;
      e.at = now;
      e.type = type;
      e.role = c.role;
      e.channel = c.channel;
      e.data = data;
      store::append_event(db, 0, id, e, c.user_id);
    };
    if (action == "dispatch" || action == "contact") {
      if (status != "open") fail(K::conflict, "not_allowed_now", "action", "预约已处理", "the reservation was already handled");
      std::optional<std::int64_t> cm;
      if (fields.contains("customer_manager")) {
        const json& v = fields.at("customer_manager");
        std::int64_t uid = v.is_number_integer() ? v.get<std::int64_t>() : 0;
        auto u = store::find_user(db, uid);
        if (!u || u->role != gp::Role::customer_manager || u->disabled)  // rule D4: a named customer manager
          fail(K::invalid, "invalid", "fields.customer_manager", "客户经理不存在", "no such customer manager");
        cm = uid;
      } else if (action == "dispatch") {
        fail(K::invalid, "required", "fields.customer_manager", "派单须指定客户经理", "dispatch needs a customer manager");
      }
      if (c.role == gp::Role::customer_manager && !cm) cm = c.user_id;
      // rule D4: "挂机后 20 分钟内派发预约工单至客户经理" — a phone reservation's clock stops only when a
      // named customer manager receives it; contacting the caller is no dispatch.
      if (channel == "phone" && action == "contact")
        fail(K::conflict, "not_allowed_now", "action", "电话预约须在挂机后20分钟内派发至客户经理（D4），请使用“派单”并选择客户经理",
             "a phone reservation is dispatched to a customer manager within 20 minutes (D4): use dispatch and name the manager");
      // An online reservation dispatched to a manager stays open: its 18 hours end when the customer is contacted.
      const bool meets = gp::reservation_action_meets_limit(channel, action, cm.has_value());
      store::record_reservation_handling(db, id, meets, now, cm);
      event(action == "dispatch" ? "reservation_dispatched" : "reservation_contacted",
            {{"customer_manager", cm ? json(*cm) : json(nullptr)}, {"note", fields.value("note", json(""))}, {"limit_met", meets}, {"rule", "D4"}});
      if (cm) {
        Notice n;
        n.user_id = *cm;
        n.kind = "reservation_dispatched";
        n.title_zh = number + " 预约工单已派发给您";
        n.title_en = number + " reservation dispatched to you";
        env_.notifier.add(db, n, now);
      }
      return render(db, &c, id);
    }
    if (action == "cancel") {
      if (status == "converted" || status == "cancelled") fail(K::conflict, "not_allowed_now", "action", "预约已结束", "the reservation is closed");
      // Named like every action field ("fields.reason"), so forms show the error beside the field.
      const std::string reason = str(json{{"fields.reason", fields.value("reason", json())}}, "fields.reason", true, 1, 500);
      store::cancel_reservation(db, id);
      event("reservation_cancelled", {{"reason", reason}});
      return render(db, &c, id);
    }
    if (action == "convert") {
      // At the site survey the reservation becomes an application, everything carried over. One
      // transaction creates the application and links it, so a second click finds it converted.
      if (status == "converted" || status == "cancelled") fail(K::conflict, "not_allowed_now", "action", "预约已结束", "the reservation is closed");
      json app_body = fields;
      app_body["business"] = row->business;
      app_body["customer_type"] = row->customer_type;
      if (!app_body.contains("address")) app_body["address"] = row->address;
      app_body["customer"] = {{"name", row->name}, {"phone", row->phone}};
      (void)channel;
      Caller staff = c;  // created as staff at the hall
      staff.channel = "service_hall";
      json app = apps_.create_in(db, staff, app_body);
      auto app_row = store::find_application_by_number(db, app.at("number").get<std::string>());
      store::mark_reservation_converted(db, id, app_row->id, now);
      gp::Event e;
      e.at = now;
      e.type = "converted_from_reservation";
      e.role = c.role;
      e.channel = "service_hall";
      e.data = {{"reservation", number}};
      auto loaded = apps_.load(db, *app_row);
      apps_.append(db, loaded, e, c.user_id);
      store::append_event(db, 0, id, e, c.user_id);
      gp::dto::ReservationConvertedDto converted{reservation_dto(db, &c, id), apps_.detail(db, c, loaded), std::nullopt};
      if (app.contains("claim")) converted.claim = gp::dto::decode<gp::dto::HallClaimDto>(app.at("claim"));  // the caller's receipt (issue 15)
      return converted;
    }
    fail(K::invalid, "invalid", "action", "未知操作：" + action + "（可选：dispatch, contact, convert, cancel）",
         "unknown action: " + action + " (one of: dispatch, contact, convert, cancel)");
  });
  env_.notifier.announce();
  return out;
}

}  // namespace gp::server
