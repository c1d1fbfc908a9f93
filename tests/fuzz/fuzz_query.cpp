// The server's query-string helpers (server/src/http/query.*) over a query string parsed the way
// cpp-httplib parses it: allow_only_params, required_param, int_param, date_param.
// Properties: no crash; the only exception is ApiError 400 naming the parameter; int_param stays
// within its bounds; date_param gives a real date.
#include "fuzz_util.h"
#include "http/api_error.h"
#include "http/query.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  httplib::Request req;
  req.method = "GET";
  httplib::detail::parse_query_text(std::string(gp::fuzz::as_text(data, size)), req.params);
  auto guarded = [](auto&& fn) {
    try {
      fn();
    } catch (const gp::server::ApiError& e) {
      if (e.status() != 400) gp::fuzz::fail("unexpected status", std::to_string(e.status()));
      gp::fuzz::check_error(e.error());
    }
  };
  guarded([&] { gp::server::allow_only_params(req, {"page", "page_size", "from", "q"}); });
  guarded([&] { (void)gp::server::required_param(req, "q"); });
  guarded([&] {
    const long long v = gp::server::int_param(req, "page", 1, 100000);
    if (v < 1 || v > 100000) gp::fuzz::fail("int_param out of bounds");
  });
  guarded([&] {
    const gp::Date d = gp::server::date_param(req, "from");
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > gp::days_in_month(d.year, d.month)) gp::fuzz::fail("not a real date");
  });
  return 0;
}
