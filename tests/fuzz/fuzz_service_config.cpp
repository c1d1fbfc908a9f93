// The company's configuration, replaced by an administrator at run time (gp::ServiceConfig::from_json).
// Properties: no crash; errors printable; an accepted configuration serializes and parses back.
#include "fuzz_util.h"
#include "gp/service_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto cfg = gp::ServiceConfig::from_json(gp::fuzz::as_text(data, size));
  if (!cfg) {
    gp::fuzz::check_error(cfg.error());
    return 0;
  }
  const std::string text = cfg->to_json();
  auto again = gp::ServiceConfig::from_json(text);
  if (!again) gp::fuzz::fail("to_json of an accepted configuration does not parse", again.error().message_en);
  if (again->to_json() != text) gp::fuzz::fail("configuration does not round-trip");
  return 0;
}
