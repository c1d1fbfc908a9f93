// Data files compiled into the product (scripts/embed.cmake turns shared/data/<name>.json into
// gp::embedded::<name>), so nothing is read from disk at run time, natively or in the browser.
#pragma once
#include <string_view>

namespace gp::embedded {

// shared/data/cn-holidays.json: public holidays and adjusted working days (glossary 工作日).
extern const std::string_view cn_holidays;

}  // namespace gp::embedded
