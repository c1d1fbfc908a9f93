#include "services/rental_package_service.h"

#include "gp/cost_consultation.h"
#include "gp/dto/cost.h"
#include "gp/fees.h"
#include "services/service_error.h"
#include "services/trace.h"
#include "store/application_rentals.h"
#include "store/rental_packages.h"

namespace gp::server {
namespace {

using nlohmann::json;
using K = ServiceError::Kind;

bool maintains_packages(gp::Role r) { return r == gp::Role::admin || r == gp::Role::command_center; }

void require_maintainer(const Caller& c) {
  if (!maintains_packages(c.role))
    fail(K::forbidden, "forbidden", "", "租赁套餐由管理员或指挥中心维护", "rental packages are maintained by admins or the command center");
}

gp::dto::RentalPackageDto dto_of(const store::RentalPackageRow& r) {
  gp::dto::RentalPackageDto d;
  d.id = r.id;
  d.name = r.name;
  d.capacity_kva = r.capacity_kva;
  d.monthly_price_fen = r.monthly_price_fen;
  d.deposit_fen = r.deposit_fen;
  d.monthly_price_yuan = gp::format_yuan(r.monthly_price_fen);
  d.deposit_yuan = gp::format_yuan(r.deposit_fen);
  d.min_term_months = r.min_term_months;
  d.active = r.active;
  d.updated_at = gp::format_datetime_cst(r.updated_at);
  return d;
}

store::RentalPackageRow row_of(const gp::RentalPackageInput& in) {
  store::RentalPackageRow r;
  r.name = in.name;
  r.capacity_kva = in.capacity_kva;
  r.monthly_price_fen = in.monthly_price_fen;
  r.deposit_fen = in.deposit_fen;
  r.min_term_months = in.min_term_months;
  r.active = in.active;
  return r;
}

json trace_data(const store::RentalPackageRow& r) {
  return {{"rental_package", r.id}, {"name", r.name}, {"capacity_kva", r.capacity_kva}, {"monthly_price_fen", r.monthly_price_fen},
          {"deposit_fen", r.deposit_fen}, {"min_term_months", r.min_term_months}, {"active", r.active}, {"rule", "P4"}};
}

}  // namespace

json RentalPackageService::list(const Caller* c, bool all) {
  if (all && (!c || !maintains_packages(c->role)))
    fail(K::forbidden, "forbidden", "all", "停用的套餐仅维护人员可见", "inactive packages are shown to the staff who maintain them only");
  gp::dto::RentalPackageListDto out;
  for (const auto& r : store::list_rental_packages(env_.db.reader(), all)) out.items.push_back(dto_of(r));
  return out;
}

json RentalPackageService::create(const Caller& c, const json& body) {
  require_maintainer(c);
  auto in = gp::parse_rental_package(body);
  if (!in) fail(K::invalid, in.error());
  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    store::RentalPackageRow r = row_of(in.value());
    r.updated_at = now;
    r.id = store::insert_rental_package(db, r);
    trace(db, c, "rental_package_created", trace_data(r), now);
    return json(dto_of(r));
  });
}

json RentalPackageService::update(const Caller& c, std::int64_t id, const json& body) {
  require_maintainer(c);
  auto in = gp::parse_rental_package(body);
  if (!in) fail(K::invalid, in.error());
  return env_.db.write([&](store::Conn& db) {
    const gp::Instant now = env_.clock.now();
    if (!store::find_rental_package(db, id)) not_found("租赁套餐", "rental package");
    store::RentalPackageRow r = row_of(in.value());
    r.id = id;
    r.updated_at = now;
    store::update_rental_package(db, r);
    trace(db, c, "rental_package_updated", trace_data(r), now);
    return json(dto_of(r));
  });
}

void choose_rental_package_in(store::Conn& db, const json& body, gp::Business business, double applied_capacity,
                              std::int64_t application_id, gp::Instant now) {
  const char* field = "rental_package_id";
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return;
  if (!it->is_number_integer())
    fail(K::invalid, "invalid_type", field, "rental_package_id 应为整数（套餐编号）", "rental_package_id must be a whole number (the package's id)");
  auto pkg = store::find_rental_package(db, it->get<std::int64_t>());
  gp::RentalPackageFacts f;
  if (pkg) f = {true, pkg->active, pkg->capacity_kva, pkg->name};
  if (auto e = gp::check_rental_choice(f, business, applied_capacity, field)) fail(K::invalid, *e);  // rule P4
  store::ApplicationRentalRow r;
  r.application_id = application_id;
  r.package_id = pkg->id;
  r.name = pkg->name;
  r.capacity_kva = pkg->capacity_kva;
  r.monthly_price_fen = pkg->monthly_price_fen;
  r.deposit_fen = pkg->deposit_fen;
  r.min_term_months = pkg->min_term_months;
  r.chosen_at = now;
  store::insert_application_rental(db, r);
}

json rental_package_json(store::Conn& db, std::int64_t application_id) {
  auto r = store::find_application_rental(db, application_id);
  if (!r) return nullptr;
  return {{"id", r->package_id}, {"name", r->name}, {"capacity_kva", r->capacity_kva}, {"monthly_price_fen", r->monthly_price_fen},
          {"monthly_price_yuan", gp::format_yuan(r->monthly_price_fen)}, {"deposit_fen", r->deposit_fen},
          {"deposit_yuan", gp::format_yuan(r->deposit_fen)}, {"min_term_months", r->min_term_months}, {"rule", "P4"}};
}

}  // namespace gp::server
