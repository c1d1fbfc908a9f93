// The public progress answer (rule P2, POST /api/v1/track, no login): an application's steps,
// states and dates for whoever knows its number and the phone on it, with the answers kept until
// the application gains an event (issue 16: taken out of ApplicationService with its cache).
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "gp/calendar.h"
#include "gp/service_config.h"
#include "services/application_service.h"
#include "services/env.h"
#include "store/applications.h"

namespace gp::server {

class ProgressLookup {
 public:
  ProgressLookup(const Env& env, ApplicationService& apps) : env_(env), apps_(apps) {}

  // The JSON text of gp::dto::TrackDto; not_found for an unknown number or a phone that is
  // neither the contact's nor the customer's (one answer for both, after the same work).
  std::string track(const std::string& number, const std::string& phone);

 private:
  // Progress answers by number. An answer is a function of the application's events, fields that
  // never change (number, submission time, phones), the calendar and the configuration: dates and
  // states, nothing measured from "now". So it holds until the application gains an event. Every
  // lookup first reads the number's key (store::find_track_key: phones, last event hash) — also
  // for an unknown number, so "unknown number" and "wrong phone" cost the same (issue 15) — and
  // only a lookup with the right phone consults the kept answer, derived again when the last
  // event changed. Unknown numbers are never kept (a guesser cannot fill it). Bounded (emptied when full).
  struct TrackAnswer {
    std::shared_ptr<const gp::Calendar> cal;
    std::shared_ptr<const gp::ServiceConfig> cfg;
    store::TrackKey key;  // id, phones and last event hash it was derived from
    std::string body;
  };
  static constexpr std::size_t kTrackCacheSize = 8192;
  mutable std::mutex track_mu_;
  mutable std::unordered_map<std::string, std::shared_ptr<const TrackAnswer>> track_cache_;

  Env env_;
  ApplicationService& apps_;  // the replayed states
};

}  // namespace gp::server
