// Rule P3 (公开信息): the documents the company publishes — tariff policy (电价电费政策), the fee
// list (F1), the typical designs and cost reference manual (典型设计及工程造价参考手册), the
// procedures and the supervision notice (7×24 phone). Each publication is versioned: a new version
// never replaces an earlier one; customers see the current (latest) one.
#pragma once
#include <string>
#include <vector>

#include "gp/error.h"

namespace gp {

// tariff_policy, fee_list, typical_design, procedures, supervision
const std::vector<std::string>& publication_kinds();
std::string publication_kind_zh(const std::string& kind);

// Title 2–100 characters, body 1–20000 characters (text, no control characters but newlines).
std::vector<Error> validate_publication(const std::string& kind, const std::string& title, const std::string& body);

// At most this many attachments per version (company choice: each is at most the upload limit).
constexpr int kMaxPublicationAttachments = 5;

}  // namespace gp
