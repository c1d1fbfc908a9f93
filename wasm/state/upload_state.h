// One document to upload (rules D1, D5): the file the customer picked on the device and how its
// upload is going. The browser keeps the file itself (platform/file_picker.h); the state keeps
// its handle, name and size, the progress and the server's answer.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace state {

struct UploadSlot {
  enum class Stage { Empty, Picked, Uploading, Done, Failed };
  std::string kind;               // the document's code (identity_proof, ...) sent as "kind"
  std::string name_zh, name_en;   // what the document is
  std::string note_zh, note_en;   // e.g. "original and copy"
  int file = 0;                   // platform file handle (0: none)
  std::string filename, mime;
  double size = 0;
  Stage stage = Stage::Empty;
  double sent = 0, total = 0;     // bytes, while uploading
  std::string error;              // beside the slot
  long long document_id = 0;      // the server's id once stored
  long long pending = 0;          // request id of the upload in flight
};

// The plan's documents (gp::Plan JSON "documents": [{code, name_zh, ...}]) as slots; slots that
// already exist for the same code keep their file and state.
void sync_slots(std::vector<UploadSlot>& slots, const nlohmann::json& plan_documents);

constexpr double kMaxUploadBytes = 10.0 * 1024 * 1024;  // the server's limit
// What the device's file chooser offers (the server takes PDF, JPEG and PNG).
constexpr const char* kUploadAccept = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

// Checks a picked file before sending it: "" when fine, else a message (current language).
// PDF, JPEG and PNG only, at most 10 MB (the server checks the content again).
std::string check_picked(const std::string& filename, const std::string& mime, double size);

// The slot takes a picked file (or shows why it cannot).
void take_file(UploadSlot& s, int file, const std::string& filename, const std::string& mime, double size);

// 0..1 while uploading, 1 when done.
double progress(const UploadSlot& s);

// Index of the next slot whose file waits to be sent, or -1.
int next_to_upload(const std::vector<UploadSlot>& slots);
int count_stage(const std::vector<UploadSlot>& slots, UploadSlot::Stage st);

std::string slot_name(const UploadSlot& s);

}  // namespace state
