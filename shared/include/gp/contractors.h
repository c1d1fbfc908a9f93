// Rule P3 (资质信息公开): the company publishes the qualifications of the design, construction
// (承装/承修/承试 — one unit may hold several) and test contractors a customer may hire. The
// record, its field-precise validation, the CSV import and the status rule live here, pure, so the
// server and the browser judge a licence the same way.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gp/date.h"
#include "gp/error.h"

namespace gp {

struct ContractorRecord {
  std::string kind;                     // "design" | "construction" | "test"
  std::vector<std::string> categories;  // construction only: some of "install", "repair", "test" (承装/承修/承试)
  std::string name;
  std::string credit_code;              // unified social credit code (GB 32100)
  std::string licence_number;
  std::string licence_class;            // as the licence states: 一级…五级 (design: also 甲级/乙级/丙级)
  std::string scope;
  Date valid_from, valid_until;
  std::string county;                   // county / area served
  std::string phone;                    // contact phone: mobile or landline (0xxx-xxxxxxx), 95xxx
};

const std::vector<std::string>& contractor_kinds();         // design, construction, test
const std::vector<std::string>& contractor_categories();    // install, repair, test
const std::vector<std::string>& licence_classes();          // 一级 … 五级, 甲级, 乙级, 丙级

// Every problem of a record, each naming its field with `prefix` ("line 3: ", "" for a form).
std::vector<Error> validate_contractor(const ContractorRecord& r, const std::string& prefix = "");

// Rule P3: what a customer is told about a licence on `today`. "withdrawn" when staff expired it
// by hand; "not_yet_valid" before valid_from; "expired" after valid_until; "expiring" within
// `expiring_days` (a company setting: the seed gives no figure) of valid_until; otherwise "valid".
// An expired licence is never "valid".
std::string licence_status(const ContractorRecord& r, bool withdrawn, const Date& today, int expiring_days);
// Days left until valid_until (negative once expired).
int licence_days_left(const ContractorRecord& r, const Date& today);

// CSV import, all or nothing (like the reserve pool's, rule R1): a header naming the columns in
// any order — kind, categories ("install|repair|test", also 承装/承修/承试, separated by | or 、),
// name, credit_code, licence_number, licence_class, scope, valid_from, valid_until, county, phone
// (categories is required only for construction units). Every bad line is reported as
// "line N: column" (at most 100 errors); any error means no record.
struct ContractorImport {
  std::vector<ContractorRecord> records;
  std::vector<int> lines;  // the line of each record
  std::vector<Error> errors;
};
ContractorImport parse_contractor_csv(std::string_view text);

// "承装、承修" for the categories; the kind's Chinese name (设计单位, 施工单位, 试验单位).
std::string categories_zh(const std::vector<std::string>& categories);
std::string contractor_kind_zh(const std::string& kind);

}  // namespace gp
