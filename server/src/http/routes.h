// Route groups, one file each (routes_<group>.cpp). HttpServer calls every register function once.
#pragma once
#include "app/context.h"
#include "http/router.h"

namespace gp::server {

// GET /api/v1/health, GET /api/v1/catalog.
void register_public_routes(Router& r, AppContext& ctx);
// GET /api/v1/calendar, GET /api/v1/calendar/add, GET /api/v1/calendar/count.
void register_calendar_routes(Router& r, AppContext& ctx);
// POST /api/v1/rules/evaluate.
void register_rules_routes(Router& r, AppContext& ctx);
// /api/v1/auth/register, login, logout, me.
void register_auth_routes(Router& r, AppContext& ctx);
// SMS codes, hall claim codes and pending hall applications, the SMS outbox (issue 15).
void register_sms_routes(Router& r, AppContext& ctx);
// /api/v1/applications (create, list, detail, actions) and /api/v1/track.
void register_application_routes(Router& r, AppContext& ctx);
// /api/v1/applications/{number}/documents (upload, download).
void register_document_routes(Router& r, AppContext& ctx);
// Contract (P1), rating and the manager list (M3).
void register_engagement_routes(Router& r, AppContext& ctx);
// /api/v1/reservations (D4).
void register_reservation_routes(Router& r, AppContext& ctx);
// /api/v1/notifications (inbox, stream).
void register_notification_routes(Router& r, AppContext& ctx);
// /api/v1/admin/... and /api/v1/test/clock.
void register_admin_routes(Router& r, AppContext& ctx);
// /api/v1/admin/kiosks (register, list, revoke kiosk devices) and GET /api/v1/kiosk/device.
void register_kiosk_routes(Router& r, AppContext& ctx);
// The command center's board and acknowledging a warning (M1, M2).
void register_board_routes(Router& r, AppContext& ctx);
// /api/v1/reserve: the reserve pool, import and conversion (R1, R3).
void register_reserve_routes(Router& r, AppContext& ctx);
// /api/v1/consultations: supply-plan consultation (R2).
void register_consultation_routes(Router& r, AppContext& ctx);
// /api/v1/capacity: open grid capacity and its query log (R4).
void register_capacity_routes(Router& r, AppContext& ctx);
// /api/v1/indicators(.csv): monthly indicators (M4).
void register_indicator_routes(Router& r, AppContext& ctx);
// /api/v1/outages, /api/v1/reliability, customers per area (G5).
void register_reliability_routes(Router& r, AppContext& ctx);
// /api/v1/admin/config and /api/v1/admin/calendar/{year}.
void register_administration_routes(Router& r, AppContext& ctx);
// /api/v1/pool: work-ticket grabbing (M7).
void register_pool_routes(Router& r, AppContext& ctx);
// --- rule P4 (issue 11): /api/v1/cost-consultations and /api/v1/rental-packages.
void register_cost_consultation_routes(Router& r, AppContext& ctx);
// Issue 11: /api/v1/cases (requests and reports, M6) and /api/v1/callbacks (call-backs, M5).
void register_case_routes(Router& r, AppContext& ctx);
void register_callback_routes(Router& r, AppContext& ctx);
// GET /api/v1/openapi.json.
void register_openapi_routes(Router& r, AppContext& ctx);
// Issue 11, rule P3: /api/v1/contractors (directory: public search, staff maintain, CSV import).
void register_contractor_routes(Router& r, AppContext& ctx);
// Issue 11, rule P3: /api/v1/publications (published documents, versioned; public current version).
void register_publication_routes(Router& r, AppContext& ctx);

}  // namespace gp::server
