// The staff's panels on an application's detail screen (issue 5): warning, documents with image
// previews, archive checklist (D7), supporting works (W1–W3), outage plan (O1), the staff trail.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "state/staff_detail_state.h"
#include "ui/staff_kit.h"

namespace ui::screens {

// `pictures`: decoded images by document id (the controller loads those asked for in `want`).
state::DetailStaffIntent draw_detail_staff(state::StaffDetailState& s, const nlohmann::json& app, const std::string& role,
                                           const std::map<long long, Picture>& pictures, std::vector<long long>& want);

}  // namespace ui::screens
