// Zero-document reservations (rule D4): by phone (staff record the call; the command center
// dispatches a work order to a customer manager within 20 minutes of the call ending) and online
// (the command center contacts the customer within 18 hours). Documents are collected at the site
// survey, where the reservation becomes an application with everything carried over.
#pragma once
#include <nlohmann/json.hpp>

#include "gp/dto/desk.h"

#include "services/application_service.h"
#include "services/env.h"
#include "store/conn.h"

namespace gp::server {

class ReservationService {
 public:
  ReservationService(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}
  // Anonymous (kiosk) and customers: online. Staff: phone (or online on the customer's behalf).
  // `anonymous_channel`: where an anonymous reservation was made ("kiosk" from a registered
  // device, "online" otherwise).
  nlohmann::json create(const std::optional<Caller>& c, const nlohmann::json& body, const std::string& anonymous_channel = "online");
  nlohmann::json list(const Caller& c, const std::string& status);
  nlohmann::json get(const Caller& c, const std::string& number);
  // {"action":"dispatch","fields":{"customer_manager"}} | "contact" {"note"} | "convert" {facts...} | "cancel" {"reason"}
  nlohmann::json act(const Caller& c, const std::string& number, const nlohmann::json& body);

 private:
  nlohmann::json render(store::Conn& db, const Caller* c, std::int64_t id);
  gp::dto::ReservationDto reservation_dto(store::Conn& db, const Caller* c, std::int64_t id);
  Env env_;  // database, clock, calendar, configuration, notifier (services/env.h)
  ApplicationService& apps_;
};

}  // namespace gp::server
