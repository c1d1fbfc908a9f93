#include "test_site.h"

#include <gtest/gtest.h>

#include <memory>

namespace gp::test {

namespace fs = std::filesystem;

const std::string& SiteFiles::wasm() {
  static const std::string s = std::string("\0asm\x01\0\0\0", 8) + std::string(2000, 'w');
  return s;
}
const std::string& SiteFiles::wasm_br() {
  static const std::string s = "WASM-BR-STAND-IN";
  return s;
}
const std::string& SiteFiles::wasm_gz() {
  static const std::string s = "WASM-GZ-STAND-IN";
  return s;
}

TestSite::TestSite() : dir_("gp-site-") {
  dir_.write("secret.txt", std::string(SiteFiles::kSecret) + "\n");
  dir_.write("site/index.html", SiteFiles::kIndex);
  dir_.write("site/app.wasm", SiteFiles::wasm());
  dir_.write("site/app.wasm.br", SiteFiles::wasm_br());
  dir_.write("site/app.wasm.gz", SiteFiles::wasm_gz());
  dir_.write("site/app.js", SiteFiles::kJs);
  dir_.write("site/app.js.gz", SiteFiles::kJsGz);
  dir_.write("site/font.ttf", std::string("\0\x01\0\0", 4) + "font");
  dir_.write("site/style.css", "body{margin:0}\n");
  dir_.write("site/logo.png", "\x89PNG\r\n\x1a\n");
  dir_.write("site/data.json", "{\"ok\":true}\n");
  dir_.write("site/sub/index.html", "<p>sub</p>\n");
  dir_.write("site/.hidden", std::string(SiteFiles::kSecret) + "\n");
  fs::create_symlink("app.js", site() / "inside-link.js");
  fs::create_symlink("../secret.txt", site() / "escape-link.txt");
}

namespace {

// Owns the suite's server; a gtest environment so it stops cleanly after the last test.
class SuiteServer : public ::testing::Environment {
 public:
  ServerProcess& get() {
    if (!server_) {
      site_ = std::make_unique<TestSite>();
      data_ = std::make_unique<TempDir>("gp-data-");
      server_ = std::make_unique<ServerProcess>(ServerConfig{data_->path() / "data", site_->site()});
    }
    return *server_;
  }
  void TearDown() override {
    if (server_) {
      const int code = server_->stop();
      EXPECT_EQ(code, 0) << "the suite server did not stop gracefully; stderr:\n" << server_->stderr_text();
    }
    server_.reset();
    data_.reset();
    site_.reset();
  }

 private:
  std::unique_ptr<TestSite> site_;
  std::unique_ptr<TempDir> data_;
  std::unique_ptr<ServerProcess> server_;
};

SuiteServer* const g_suite = static_cast<SuiteServer*>(::testing::AddGlobalTestEnvironment(new SuiteServer));

}  // namespace

ServerProcess& suite_server() { return g_suite->get(); }
std::unique_ptr<httplib::Client> suite_client() { return suite_server().client(); }

nlohmann::json json_of(const httplib::Result& res) {
  if (!res) {
    ADD_FAILURE() << "no response: " << httplib::to_string(res.error());
    return nlohmann::json::object();
  }
  auto j = nlohmann::json::parse(res->body, nullptr, false);
  if (j.is_discarded()) {
    ADD_FAILURE() << "not JSON: " << res->body.substr(0, 200);
    return nlohmann::json::object();
  }
  return j;
}

nlohmann::json error_of(const httplib::Result& res, int status) {
  if (!res) {
    ADD_FAILURE() << "no response: " << httplib::to_string(res.error());
    return nlohmann::json::object();
  }
  EXPECT_EQ(res->status, status) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type").rfind(kJson, 0), 0u) << res->get_header_value("Content-Type");
  const auto j = json_of(res);
  if (!j.contains("error") || !j["error"].is_object()) {
    ADD_FAILURE() << "no error object: " << res->body;
    return nlohmann::json::object();
  }
  const auto& e = j["error"];
  for (const char* k : {"code", "message", "message_zh", "message_en", "field"})
    EXPECT_TRUE(e.contains(k) && e[k].is_string()) << "error." << k << " missing in " << res->body;
  return e;
}

}  // namespace gp::test
