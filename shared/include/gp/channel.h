// The intake channel class (rule D2): "办电业务仅有营业厅和线上办电两类受理渠道". Every figure that
// splits applications by channel (the monthly indicators M4, the online share) classifies the raw
// channel recorded on the application through this one function. The raw channel ("kiosk", ...)
// stays recorded for tracing (rule M5); the kiosk stands in the service hall, so it is hall.
#pragma once
#include <string>

namespace gp {

enum class IntakeChannel {
  hall,    // 营业厅: staff at the counter, or the customer at the hall's kiosk
  online,  // 线上办电: the customer's own phone or computer
  none,    // not an intake: proactive service started by staff (rules S2, S4, R3), system events
};

// rule D2: "service_hall" and "kiosk" -> hall; "online" -> online; anything else -> none.
IntakeChannel intake_channel_class(const std::string& channel);
const char* to_string(IntakeChannel c);

}  // namespace gp
