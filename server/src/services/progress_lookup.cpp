#include "services/progress_lookup.h"

#include <algorithm>
#include <cstring>

#include <sodium.h>

#include "gp/dto/track.h"
#include "gp/validate.h"
#include "services/service_error.h"

namespace gp::server {

using nlohmann::json;
using K = ServiceError::Kind;

namespace {

// Constant-time equality of two phone numbers (at most 32 bytes each are compared, always 32):
// how many digits of a guess were right must not show in the time the answer takes.
bool same_phone(const std::string& a, const std::string& b) {
  unsigned char x[33] = {0}, y[33] = {0};
  x[0] = static_cast<unsigned char>(std::min<std::size_t>(a.size(), 32));
  y[0] = static_cast<unsigned char>(std::min<std::size_t>(b.size(), 32));
  std::memcpy(x + 1, a.data(), std::min<std::size_t>(a.size(), 32));
  std::memcpy(y + 1, b.data(), std::min<std::size_t>(b.size(), 32));
  return sodium_memcmp(x, y, sizeof x) == 0;
}

}  // namespace

std::string ProgressLookup::track(const std::string& number, const std::string& phone) {
  const std::string norm = gp::validate::normalize_mobile(phone);
  // One answer for "no such number" and "wrong phone", after the same work on both paths (issue
  // 15): the number's key is always read from the database (the kept answers are only consulted
  // once the phone matched), an unknown number is compared against a dummy record, and the phone
  // comparison takes constant time. Nothing tells a guesser which of the two was wrong.
  auto not_found = [] { fail(K::not_found, "not_found", "", "未找到与该号码匹配的申请", "no application matches this number and phone"); };
  auto keep = [&](std::shared_ptr<const TrackAnswer> a) {
    std::lock_guard<std::mutex> lock(track_mu_);
    if (track_cache_.size() >= kTrackCacheSize && !track_cache_.count(number)) track_cache_.clear();
    track_cache_[number] = std::move(a);
  };
  auto& db = env_.db.reader();
  // Longer than any number: looked up as "" (no row), so the work is still one indexed read.
  auto key = store::find_track_key(db, number.size() <= 40 ? number : std::string());
  static const store::TrackKey kDummy{0, "10000000000", "10000000001", ""};
  const store::TrackKey& k = key ? *key : kDummy;
  const bool contact = same_phone(k.contact_phone, norm);
  const bool customer = same_phone(k.customer_phone, norm) & !k.customer_phone.empty();
  if (!key || !(contact | customer)) not_found();

  auto cal = env_.cal.current();
  auto cfg = env_.cfg.current();
  {
    std::lock_guard<std::mutex> lock(track_mu_);
    auto it = track_cache_.find(number);
    // Kept until the application gains an event (its last event hash moves) or its phones change.
    if (it != track_cache_.end() && it->second->cal == cal && it->second->cfg == cfg &&
        it->second->key.last_event_hash == key->last_event_hash && it->second->key.contact_phone == key->contact_phone &&
        it->second->key.customer_phone == key->customer_phone)
      return it->second->body;
  }
  auto row = store::find_application_by_number(db, number);
  if (!row) not_found();  // applications are never deleted; checked all the same
  auto answer = std::make_shared<TrackAnswer>();
  answer->cal = cal;
  answer->cfg = cfg;
  answer->key = *key;
  const auto state = apps_.state_of(db, *row);
  const gp::AppState& as = *state;
  auto view = gp::view_of(as, *cal, env_.clock.now(), cfg->sla);  // "now" moves no field of this answer
  auto when = [](const std::optional<gp::Instant>& t) {
    return t ? std::optional<std::string>(gp::format_datetime_cst(*t)) : std::nullopt;
  };
  gp::dto::TrackDto t;  // the shared wire type (gp/dto/track.h)
  for (const auto& sv : view.stages) {
    gp::dto::TrackStageDto st{gp::to_string(sv.stage->code), sv.stage->name_zh, sv.stage->name_en, gp::to_string(sv.state),
                              when(sv.started), when(sv.done), sv.stage->limit_working_days, std::nullopt, std::nullopt};
    if (!sv.stage->source.empty()) st.source = sv.stage->source;  // rule T6: labelled wherever shown
    if (sv.sla && sv.sla->deadline && sv.state != gp::StageState::done) st.deadline = gp::format_datetime_cst(*sv.sla->deadline);
    t.stages.push_back(std::move(st));
  }
  // The second clock (rules T4, W1, W2): each supporting-works item with its own limit and date.
  for (std::size_t i = 0; i < as.works.size() && i < view.works.size(); ++i) {
    const auto& w = as.works[i];
    gp::dto::TrackWorksDto wd{gp::named(w.item.kind).zh, gp::named(w.item.kind).en, w.limit_working_days, w.agreed_completion.iso(),
                              gp::format_datetime_cst(w.started), when(w.done), std::nullopt};
    if (view.works[i].deadline && !w.done) wd.deadline = gp::format_datetime_cst(*view.works[i].deadline);
    t.supporting_works.push_back(std::move(wd));
  }
  t.number = row->number;
  t.status = gp::to_string(as.status);
  t.business = gp::dto::code_name(gp::named(as.plan.facts.business));
  t.submitted_at = gp::format_datetime_cst(row->submitted_at);
  t.time_limit_working_days = as.plan.time_limit_working_days;
  if (view.overall.deadline && !as.finished()) t.deadline = gp::format_datetime_cst(*view.overall.deadline);
  t.waiting_for_customer = as.status == gp::AppStatus::waiting_customer;
  t.limit_excludes_supporting_works = gp::limit_excludes_supporting_works(as.plan);
  answer->body = json(t).dump(-1, ' ', false, json::error_handler_t::replace);
  keep(answer);
  return answer->body;
}

}  // namespace gp::server
