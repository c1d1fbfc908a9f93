// The company's configuration, as distinct from policy: limits the seed does not give (change-of-use
// businesses), the supervision phone, names, SLA thresholds. Compiled-in defaults come from
// shared/data/service-config.json; an administrator may replace them at run time.
#pragma once
#include <map>
#include <string>
#include <string_view>

#include "gp/codes.h"
#include "gp/cost_consultation.h"
#include "gp/error.h"
#include "gp/grab.h"
#include "gp/sla.h"

namespace gp {

struct StageLimits {
  int application = 1;  // working days
  int completion = 4;   // working days
};

// Rule T6: how the plan's totals are split between the company's steps. The seed cites a guide it
// does not include (《用电报装全流程环节和时限指引》), so the split is the company's setting; it is
// validated so the steps still sum to the plan's totals (T1–T4).
struct StageSplit {
  int hv_application = 2, hv_supply_plan = 7, hv_connect = 7;  // sum = T4 (16)
  int lv_application = 1;                                      // the rest of T1/T2/T3 is metering and energizing
};

// Rules S5/T5: asset-transfer customers get design review and mid-term inspection (S5), but the seed
// gives the +3/+2 working days to important customers only (T5). The days an asset-transfer-only
// application gets for them are the company's setting.
struct AssetTransferReviewDays {
  int design_review = 3;
  int mid_inspection = 2;
};

// Rule R1: "超前编制初步供电方案与配套工程方案" — the seed says a reserve record gets a preliminary
// supporting-works plan but not which works; which kinds a record's voltage and capacity suggest is
// the company's heuristic (10 kV: a T-connection up to t_connection_max_kw, a new overhead line up
// to overhead_line_max_kw, a new switching station or cable line above; 35/110 kV: a substation bay
// and an overhead line; LV: LV works).
struct ReserveWorksHeuristic {
  double t_connection_max_kw = 2000;
  double overhead_line_max_kw = 8000;
};

struct ServiceConfig {
  std::string company_zh, company_en;
  std::string product_zh, product_en;
  std::string supervision_phone;  // rule G7 / P3: published on every channel
  std::string service_hall_zh, service_hall_en;
  std::map<Business, StageLimits> change_of_use_limits;  // configuration, not policy (rule T6 gives none)
  // Rule O1 is silent on low-voltage work that cuts other customers' supply (it names 35 kV+,
  // 10 kV, "affects no other customer" and live-line work only): the company chooses the plan.
  OutagePlan lv_outage_plan_affecting_others = OutagePlan::weekly;
  StageSplit stage_split;                          // company setting (rule T6)
  AssetTransferReviewDays asset_transfer_review;   // company setting (rules S5/T5)
  ReserveWorksHeuristic reserve_works;             // company setting (rule R1)
  SlaPolicy sla;
  // rule M5 ("杜绝系统补录"): an action recorded more than this many hours after the moment it claims
  // is flagged 补录 (backfilled). The seed gives no figure: a company setting, not policy.
  int backfill_after_hours = 24;
  GrabPolicy grab;  // rule M7: work-ticket grabbing (抢单); company settings, off unless turned on
  // --- rule P4 (cost consultation): the estimate's factors, the size table, the typical designs and
  // the answer limit; the seed gives none of them, so all are company settings.
  CostConsultationSettings cost_consultation;
  // rule M6: the hours an assigned customer request (complaint, report, opinion, suggestion) has
  // until it is answered. The seed gives no figure: a company setting, not policy.
  int case_handling_hours = 72;

  static const ServiceConfig& builtin();
  static Result<ServiceConfig> from_json(std::string_view text);
  std::string to_json() const;
};

}  // namespace gp
