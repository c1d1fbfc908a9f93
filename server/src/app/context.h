// Everything the route groups share, built once at start-up and passed to each
// register_*_routes function: the store, the services, the clock, the supervision job.
#pragma once
#include <string>

#include "app/options.h"
#include "http/rate_limiter.h"
#include "http/stream_registry.h"
#include "services/administration_service.h"
#include "services/application_service.h"
#include "services/progress_lookup.h"
#include "services/auth_service.h"
#include "services/board_service.h"
#include "services/calendar_service.h"
#include "services/capacity_service.h"
#include "services/clock.h"
#include "services/config_service.h"
#include "services/consultation_service.h"
#include "services/cost_consultation_service.h"
#include "services/rental_package_service.h"
#include "services/contract_service.h"
#include "services/document_service.h"
#include "services/indicator_service.h"
#include "services/kiosk_service.h"
#include "services/notifier.h"
#include "services/rating_service.h"
#include "services/reliability_service.h"
#include "services/reservation_service.h"
#include "services/registration_service.h"
#include "services/hall_claim_service.h"
#include "services/reserve_service.h"
#include "services/sms_service.h"
#include "services/pool_service.h"
#include "services/sla_job.h"
// Issue 11, rule P3
#include "services/contractor_service.h"
#include "services/publication_service.h"
// Issue 11, rules M6/M5: customer requests and reports, call-backs.
#include "services/case_service.h"
#include "services/callback_service.h"
#include "store/database.h"

namespace gp::server {

struct AppContext {
  explicit AppContext(ServeOptions o);

  ServeOptions options;
  std::string site_root;      // realpath of --site, "" when no static files are served
  CalendarService calendar;   // the one working-day calendar (rules T1–T6)
  Clock clock;
  Notifier notifier;
  store::Database db;
  ConfigService config;
  Env env;  // the above, as every service takes them (issue 16)
  AuthService auth;
  SmsService sms;                    // codes and the outbox (issue 15)
  RegistrationService registration;
  KioskService kiosks;  // registered kiosk devices: the only source of the "kiosk" channel
  ApplicationService applications;
  ProgressLookup progress;           // rule P2: the public progress answer, kept per number
  HallClaimService hall_claims;
  DocumentService documents;
  ContractService contracts;
  RatingService ratings;
  ReservationService reservations;
  SlaJob sla;
  // Staff operations and supervision (issue 5).
  BoardService board;                  // rules M1, M2
  ReserveService reserve;              // rules R1, R3
  ConsultationService consultations;   // rule R2
  CapacityService capacity;            // rule R4
  IndicatorService indicators;         // rule M4
  ReliabilityService reliability;      // rule G5
  AdministrationService administration;  // configuration and the holiday calendar
  PoolService pool;                    // rule M7: work-ticket grabbing
  // Issue 11, rule P3: published information (contractor directory, published documents).
  ContractorService contractors;
  PublicationService publications;
  RateLimiter public_limiter;  // anonymous lookups (track, kiosk reservations): per client address
  StreamRegistry streams;      // open notification streams, in all and per user
  // --- rule P4 (issue 11): cost consultation and temporary-transformer rental packages.
  CostConsultationService cost_consultations;
  RentalPackageService rental_packages;
  // Issue 11, rules M6/M5: customer requests and reports (the SLA job watches their limits), call-backs.
  CaseService cases;
  CallbackService callbacks;
};

}  // namespace gp::server
