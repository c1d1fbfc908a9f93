#include "state/upload_state.h"

#include <algorithm>
#include <cctype>

#include "state/customer_common.h"
#include "state/strings.h"

namespace state {

void sync_slots(std::vector<UploadSlot>& slots, const nlohmann::json& docs) {
  std::vector<UploadSlot> out;
  if (docs.is_array())
    for (const auto& d : docs) {
      UploadSlot s;
      s.kind = jstr(d, "code");
      for (const auto& old : slots)
        if (old.kind == s.kind) s = old;
      s.name_zh = jstr(d, "name_zh");
      s.name_en = jstr(d, "name_en");
      s.note_zh = jstr(d, "note_zh");
      s.note_en = jstr(d, "note_en");
      out.push_back(std::move(s));
    }
  slots = std::move(out);
}

std::string check_picked(const std::string& filename, const std::string& mime, double size) {
  std::string ext;
  const auto dot = filename.find_last_of('.');
  if (dot != std::string::npos)
    for (char c : filename.substr(dot + 1)) ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool type_ok = mime == "application/pdf" || mime == "image/png" || mime == "image/jpeg" || ext == "pdf" ||
                       ext == "png" || ext == "jpg" || ext == "jpeg";
  if (!type_ok) return tr("upload.bad_type");
  if (size <= 0) return tr("upload.empty");
  if (size > kMaxUploadBytes) return trf("upload.too_large", {"10"});
  return "";
}

void take_file(UploadSlot& s, int file, const std::string& filename, const std::string& mime, double size) {
  s.filename = filename;
  s.mime = mime;
  s.size = size;
  s.sent = 0;
  s.total = size;
  s.document_id = 0;
  s.error = check_picked(filename, mime, size);
  s.file = s.error.empty() ? file : 0;
  s.stage = s.error.empty() ? UploadSlot::Stage::Picked : UploadSlot::Stage::Empty;
}

double progress(const UploadSlot& s) {
  if (s.stage == UploadSlot::Stage::Done) return 1;
  if (s.stage != UploadSlot::Stage::Uploading || s.total <= 0) return 0;
  return std::clamp(s.sent / s.total, 0.0, 1.0);
}

int next_to_upload(const std::vector<UploadSlot>& slots) {
  for (std::size_t i = 0; i < slots.size(); ++i)
    if (slots[i].stage == UploadSlot::Stage::Picked) return static_cast<int>(i);
  return -1;
}

int count_stage(const std::vector<UploadSlot>& slots, UploadSlot::Stage st) {
  return static_cast<int>(std::count_if(slots.begin(), slots.end(), [&](const UploadSlot& s) { return s.stage == st; }));
}

std::string slot_name(const UploadSlot& s) { return en() && !s.name_en.empty() ? s.name_en : s.name_zh; }

}  // namespace state
