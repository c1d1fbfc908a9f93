#include "gp/channel.h"

namespace gp {

IntakeChannel intake_channel_class(const std::string& channel) {
  // rule D2: two intake channels only; the kiosk stands in the hall (it is not the customer's own
  // device: staff are at hand and the hall's paper archive applies, rule D8).
  if (channel == "service_hall" || channel == "kiosk") return IntakeChannel::hall;
  if (channel == "online") return IntakeChannel::online;
  return IntakeChannel::none;
}

const char* to_string(IntakeChannel c) {
  switch (c) {
    case IntakeChannel::hall: return "hall";
    case IntakeChannel::online: return "online";
    case IntakeChannel::none: break;
  }
  return "none";
}

}  // namespace gp
