// What the HTTP suites share: a small fake site (the shape of build/site) next to a file that must
// never be served, and one server for the whole test binary, started on first use.
#pragma once
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "server_process.h"

namespace gp::test {

// Contents of the fake site, so tests can compare bytes.
struct SiteFiles {
  static constexpr const char* kIndex = "<!doctype html><title>GetPower</title><canvas id=\"canvas\"></canvas>\n";
  static const std::string& wasm();     // app.wasm ("\0asm" header + bytes)
  static const std::string& wasm_br();  // app.wasm.br (stand-in bytes: the server never decodes)
  static const std::string& wasm_gz();  // app.wasm.gz
  static constexpr const char* kJs = "console.log('app');\n";
  static constexpr const char* kJsGz = "JS-GZ-STAND-IN";
  // Outside the site root; its marker must never appear in any response.
  static constexpr const char* kSecret = "TOP-SECRET-MARKER-7f3a";
};

// A temp dir holding site/ (index.html, app.wasm + .br + .gz, app.js + .gz, font.ttf, style.css,
// logo.png, data.json, sub/index.html, .hidden, inside-link -> app.js, escape-link -> ../secret.txt)
// and secret.txt beside it.
class TestSite {
 public:
  TestSite();
  std::filesystem::path site() const { return dir_.path() / "site"; }
  std::filesystem::path secret() const { return dir_.path() / "secret.txt"; }

 private:
  TempDir dir_;
};

// The server every HTTP suite talks to (fresh data dir, the TestSite), started once per binary
// and stopped at exit.
ServerProcess& suite_server();
std::unique_ptr<httplib::Client> suite_client();

// Body parsed as JSON; an empty object (and a test failure) when it is not JSON.
nlohmann::json json_of(const httplib::Result& res);
// The error object of a JSON error answer, checked for the common shape.
nlohmann::json error_of(const httplib::Result& res, int status);

constexpr const char* kJson = "application/json";

}  // namespace gp::test
