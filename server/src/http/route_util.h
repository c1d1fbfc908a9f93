// Small helpers shared by the route groups: the URL patterns of our identifiers and paging.
#pragma once
#include <string>

#include <httplib.h>

namespace gp::server {

// An application or reservation number in a path ("ZX-20261130-0007").
constexpr const char* kNumber = "([A-Za-z0-9-]{1,40})";
// A numeric id in a path.
constexpr const char* kId = "(\\d{1,18})";
// A project approval number from the government's approval system (rule R1): any text without '/'.
constexpr const char* kApprovalNumber = "([^/]{1,200})";
// A calendar year.
constexpr const char* kYear = "(\\d{4})";

// The page and page size of a list (page >= 1, 1 <= page_size <= max).
struct Paging {
  int page = 1;
  int page_size = 20;
};
Paging paging(const httplib::Request& req, int max_page_size = 200);

// An optional query parameter ("" when absent); 400 when repeated.
std::string optional_param(const httplib::Request& req, const char* name);

}  // namespace gp::server
