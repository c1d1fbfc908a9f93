// Placeholder until the staff panels land (issue 5).
#include "controllers/detail_staff.h"

namespace app {

void detail_staff_panels(Ctx&, const nlohmann::json&, bool&) {}

}  // namespace app
