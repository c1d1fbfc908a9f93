// Per-route request body limits (issue 15, hole 3), enforced from Content-Length by the
// pre-routing handler before a byte of the body is read (413 naming the limit). Ordinary JSON
// routes take small bodies; only document uploads and the two imports take up to --max-body-mb.
#pragma once
#include <cstddef>
#include <string>

namespace gp::server {

constexpr std::size_t kJsonBodyLimit = 64 * 1024;           // every ordinary JSON route
constexpr std::size_t kSignatureBodyLimit = 2 * 1024 * 1024;  // a drawn signature: ≤ 50 strokes × 2000 points

// The largest body `method path` accepts; `largest` is --max-body-mb (uploads, imports).
std::size_t body_limit_for(const std::string& method, const std::string& path, std::size_t largest);

// "64 KB", "12 MB": the limit as the 413 message names it.
std::string limit_text(std::size_t bytes);

}  // namespace gp::server
