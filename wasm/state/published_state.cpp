#include "state/published_state.h"

#include "gp/contractors.h"
#include "gp/dto/wire.h"
#include "gp/publications.h"
#include "state/app_state.h"
#include "state/customer_common.h"
#include "state/strings.h"

namespace state {
namespace {

Pending& search_slot(AppState& s) { return s.published.search; }
Pending& docs_slot(AppState& s) { return s.published.load_docs; }

Request search_request(AppState& s) {
  s.published.error.clear();
  return pending(s, search_slot, get(contractors_path(s.published), [](AppState& st, const net::ApiReply& r) {
    auto& p = st.published;
    if (!r.ok()) {
      p.error = reply_text(r);
      return Requests{};
    }
    try {
      p.page = gp::dto::decode<gp::dto::ContractorPageDto>(r.body);
      p.loaded = true;
    } catch (const gp::dto::DecodeError& e) {
      p.error = trf("common.bad_reply", {e.path});
    }
    return Requests{};
  }));
}

Request docs_request(AppState& s) {
  s.published.docs_error.clear();
  return pending(s, docs_slot, get("/publications", [](AppState& st, const net::ApiReply& r) {
    auto& p = st.published;
    if (!r.ok()) {
      p.docs_error = reply_text(r);
      return Requests{};
    }
    try {
      p.docs = gp::dto::decode<gp::dto::PublicationListDto>(r.body);
      p.docs_loaded = true;
    } catch (const gp::dto::DecodeError& e) {
      p.docs_error = trf("common.bad_reply", {e.path});
    }
    return Requests{};
  }));
}

}  // namespace

const char* kind_param(int kind) {
  switch (kind) {
    case 1: return "design";
    case 2: return "construction";
    case 3: return "test";
    default: return "";
  }
}

std::string contractors_path(const PublishedState& p) {
  std::string path = "/contractors?page_size=100";
  if (*kind_param(p.kind)) path += std::string("&kind=") + kind_param(p.kind);
  if (!p.name.empty()) path += "&q=" + url_encode(p.name);
  if (!p.county.empty()) path += "&county=" + url_encode(p.county);
  return path;
}

std::string licence_status_text(const gp::dto::ContractorDto& c) {
  // rule P3: the server's status, judged on its day; an expired licence never reads as valid
  if (c.status == "valid") return tr("published.status_valid");
  if (c.status == "expiring") return trf("published.status_expiring", {std::to_string(c.days_left)});
  if (c.status == "expired") return tr("published.status_expired");
  if (c.status == "withdrawn") return tr("published.status_withdrawn");
  if (c.status == "not_yet_valid") return tr("published.status_not_yet");
  return tr("published.status_expired");  // an unknown status is never shown as valid
}

bool licence_status_warns(const gp::dto::ContractorDto& c) { return c.status != "valid"; }

std::string contractor_kind_text(const gp::dto::ContractorDto& c) {
  const char* key = c.kind == "design" ? "published.kind_design" : c.kind == "construction" ? "published.kind_construction" : "published.kind_test";
  std::string out = tr(key);
  if (!c.categories.empty()) {
    std::string cats;
    for (const auto& k : c.categories) {
      const char* ck = k == "install" ? "published.cat_install" : k == "repair" ? "published.cat_repair" : "published.cat_test";
      cats += (cats.empty() ? "" : en() ? ", " : "、") + std::string(tr(ck));
    }
    out += (en() ? " (" : "（") + cats + (en() ? ")" : "）");
  }
  return out;
}

std::string publication_kind_text(const std::string& kind) {
  const std::string key = "published.doc_" + kind;
  return has_key(key) ? tr(key) : kind;
}

std::string attachment_url(long long id) { return "/api/v1/publications/files/" + std::to_string(id); }

Requests apply(AppState& s, const PublishedIntent& in) {
  auto& p = s.published;
  Requests out;
  if (in.entered) {  // fresh answers each visit (both are cached by the browser: 304 is cheap)
    if (!p.search.busy()) out.push_back(search_request(s));
    if (!p.load_docs.busy()) out.push_back(docs_request(s));
  }
  if (in.tab >= 0 && in.tab <= 1) p.tab = static_cast<PublishedTab>(in.tab);
  if (in.open_doc >= 0) p.open_doc = in.open_doc;
  if (in.kind >= 0 && in.kind <= 3 && in.kind != p.kind) {
    p.kind = in.kind;
    out.push_back(search_request(s));
  } else if (in.search) {
    out.push_back(search_request(s));
  }
  return out;
}

}  // namespace state
