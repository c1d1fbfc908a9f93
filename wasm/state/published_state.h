// Rule P3 (资质信息公开 / 公开信息): the public screen — the contractor directory searched by kind,
// name and area, each licence with its status (an expired one is never shown valid), and the
// current version of each published document with its attachments. No login; home, kiosk, phone.
#pragma once
#include <string>

#include "gp/dto/published.h"
#include "state/request.h"

namespace state {

enum class PublishedTab { Contractors = 0, Documents = 1 };

struct PublishedState {
  PublishedTab tab = PublishedTab::Contractors;
  int kind = 0;                    // 0 every kind, 1 design, 2 construction, 3 test
  std::string name, county;        // search text as typed
  gp::dto::ContractorPageDto page;
  bool loaded = false;
  std::string error;
  Pending search;                  // GET /contractors in flight
  gp::dto::PublicationListDto docs;
  bool docs_loaded = false;
  std::string docs_error;
  Pending load_docs;               // GET /publications in flight
  long long open_doc = 0;          // the publication shown in full (0: none)
};

struct PublishedIntent {
  bool entered = false;   // first frame of a visit: load fresh answers
  int tab = -1;           // PublishedTab picked
  int kind = -1;          // kind picked (searches at once)
  bool search = false;    // the search button / Enter
  long long open_doc = -1;  // a publication opened (0 closes)
};

Requests apply(AppState& s, const PublishedIntent& in);

// "/contractors?kind=construction&q=...&county=...&page_size=100" for the state's search.
std::string contractors_path(const PublishedState& p);
// The kind picked as its API name ("" for every kind).
const char* kind_param(int kind);
// What a customer reads for a status (valid, expiring "N 天后到期", expired, ...), and its tone:
// true when it must warn (expiring, expired, withdrawn, not yet valid).
std::string licence_status_text(const gp::dto::ContractorDto& c);
bool licence_status_warns(const gp::dto::ContractorDto& c);
// "施工单位（承装、承修）", "设计单位".
std::string contractor_kind_text(const gp::dto::ContractorDto& c);
// The published kind's name (电价电费政策 …) and an attachment's download URL.
std::string publication_kind_text(const std::string& kind);
std::string attachment_url(long long id);

}  // namespace state
