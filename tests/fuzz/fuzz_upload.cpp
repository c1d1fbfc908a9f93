// Upload handling (server/src/services/upload_checks.h): the content sniffing that decides whether
// a document is a PDF, JPEG or PNG whatever the client claimed, and the cleaning of the file name
// the client sent (stored, and sent back in Content-Disposition).
// Properties: no crash; the media type is one of the three or "", and matches the signature it
// claims; a cleaned name is valid UTF-8, at most 104 characters, without path separators, control
// characters, quotes or semicolons, never "." or "..", and ends in the media type's extension.
#include <cctype>

#include "fuzz_util.h"
#include "services/upload_checks.h"

namespace {

void check_name(const std::string& raw, const std::string& mime, const char* ext, const char* ext2) {
  const std::string n = gp::server::clean_filename(raw, mime);
  if (!gp::validate::is_valid_utf8(n) || gp::validate::utf8_length(n) > 104) gp::fuzz::fail("bad cleaned name length/UTF-8", n);
  for (unsigned char c : n)
    if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == '"' || c == ';') gp::fuzz::fail("forbidden byte in a cleaned name", n);
  if (n == "." || n == "..") gp::fuzz::fail("dot name");
  auto ends = [&](const char* e) {
    const std::string x = e;
    if (n.size() < x.size()) return false;
    std::string tail = n.substr(n.size() - x.size());
    for (auto& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tail == x;
  };
  if (!ends(ext) && !(ext2 && ends(ext2))) gp::fuzz::fail("cleaned name without its extension", n);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(gp::fuzz::as_text(data, size));
  const std::string mime = gp::server::sniff_media_type(bytes);
  if (mime == "application/pdf") {
    if (bytes.compare(0, 5, "%PDF-") != 0) gp::fuzz::fail("pdf without %PDF-");
    if (bytes.find("%%EOF", bytes.size() > 1024 ? bytes.size() - 1024 : 0) == std::string::npos) gp::fuzz::fail("pdf without %%EOF");
  } else if (mime == "image/png") {
    if (bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) gp::fuzz::fail("png without its signature");
  } else if (mime == "image/jpeg") {
    if (bytes.compare(0, 3, "\xFF\xD8\xFF") != 0) gp::fuzz::fail("jpeg without its signature");
  } else if (!mime.empty()) {
    gp::fuzz::fail("unknown media type", mime);
  }
  // The same bytes as the name the client gave (multipart filename="...").
  if (size <= 4096) {
    check_name(bytes, "application/pdf", ".pdf", nullptr);
    check_name(bytes, "image/png", ".png", nullptr);
    check_name(bytes, "image/jpeg", ".jpg", ".jpeg");
  }
  return 0;
}
