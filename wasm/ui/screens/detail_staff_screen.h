// The staff's panels on an application's detail screen (issue 5): warning, documents with image
// previews, archive checklist (D7), supporting works (W1–W3), outage plan (O1), the staff trail.
#pragma once
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "state/staff_detail_state.h"
#include "ui/staff_kit.h"

namespace ui::screens {

struct DetailStaffIntent {
  bool acknowledge = false;
  bool note_edited = false;
  std::string download_url, download_name;  // a PDF (or any file) to download
  long long view = -1;                       // document id to show large (0: close)
  bool toggle_archive = false;
  bool toggle_trail = false;
};

// `pictures`: decoded images by document id (the controller loads those asked for in `want`).
DetailStaffIntent draw_detail_staff(state::StaffDetailState& s, const nlohmann::json& app, const std::string& role,
                                    const std::map<long long, Picture>& pictures, std::vector<long long>& want);

}  // namespace ui::screens
