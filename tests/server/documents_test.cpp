// Documents over HTTP (rules D1, D3, D5): multipart upload recognised by content (PDF, JPEG, PNG
// only, whatever the name says), a size limit (--max-upload-mb 1 here), content stored once by
// SHA-256 under <data>/blobs, downloads only for the owner and staff (others: 404, never data),
// and the checklist flipping from missing to present.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "life_helpers.h"

using gp::life::events_of;
using gp::life::json;
using gp::life::Lab;
using gp::life::Party;

namespace {

struct Desk {
  Lab lab{{"--max-upload-mb", "1"}};
  Party cc = lab.staff("command_center", "cc.docs", "资料指挥");
  Party cm = lab.staff("customer_manager", "cm.docs", "资料经理");
  Party pm = lab.staff("project_manager", "pm.docs", "资料项目经理");
  Party owner = lab.customer("资料客户");
  Party stranger = lab.customer("陌生客户");
  std::string number;
  Desk() {
    lab.set_now("2026-09-28T10:00:00+08:00");
    number = lab.create_app(owner, {{"business", "new_connection"}, {"customer_type", "lv_residential"}, {"address", "邾县东门路12号"}})
                 .at("number");
  }
};

class Documents : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { desk_ = new Desk(); }
  static void TearDownTestSuite() {
    delete desk_;
    desk_ = nullptr;
  }
  static Desk* desk_;
  Desk& d() { return *desk_; }
  Lab& lab() { return desk_->lab; }

  // Blob files (not temporaries) stored for `sha`.
  int blob_files(const std::string& sha) {
    int n = 0;
    const auto root = lab().data_dir() / "blobs";
    if (!std::filesystem::exists(root)) return 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root))
      if (e.is_regular_file() && e.path().filename().string().rfind(sha, 0) == 0) ++n;
    return n;
  }
};
Desk* Documents::desk_ = nullptr;

}  // namespace

TEST_F(Documents, RecognisedByContentNotByName) {
  // PNG bytes named .pdf: stored as the PNG they are.
  auto r = lab().upload(d().owner, d().number, "identity_proof", "scan.pdf", gp::life::png_bytes("id-card"));
  ASSERT_EQ(r.status, 201) << r.raw;
  EXPECT_EQ(r.body.at("mime"), "image/png");
  const std::string name = r.body.at("filename");
  EXPECT_EQ(name.substr(name.size() - 4), ".png") << name;
  EXPECT_EQ(r.body.at("kind"), "identity_proof");
  EXPECT_TRUE(r.body.at("id").is_number_integer());
  r = lab().upload(d().owner, d().number, "other", "photo.jpeg", gp::life::jpeg_bytes("meter box"));
  ASSERT_EQ(r.status, 201) << r.raw;
  EXPECT_EQ(r.body.at("mime"), "image/jpeg");
  r = lab().upload(d().owner, d().number, "other", "no-extension", gp::life::pdf_bytes("plain"));
  ASSERT_EQ(r.status, 201) << r.raw;
  EXPECT_EQ(r.body.at("mime"), "application/pdf");
}

TEST_F(Documents, NotPdfJpegOrPng_415WhateverTheName) {
  const std::vector<std::pair<std::string, std::string>> fakes = {
      {"setup.pdf", std::string("MZ\x90\0\x03\0\0\0", 8) + std::string(200, 'x') + "This program cannot be run in DOS mode"},
      {"page.pdf", "<!doctype html><html><script>alert(1)</script></html>"},
      {"notes.pdf", "just some text that claims to be a PDF\n"},
      {"cut.pdf", "%PDF-1.7\n1 0 obj << >> endobj\n"},  // a PDF header without its end: not a PDF
      {"fake.png", "\x89PNG\r\n\x1a\n"},                  // a bare signature without an image header
  };
  const json before = lab().app(d().owner, d().number);
  for (const auto& [name, bytes] : fakes) {
    auto r = lab().upload(d().owner, d().number, "property_proof", name, bytes);
    EXPECT_EQ(r.status, 415) << name << ": " << r.raw;
    ASSERT_TRUE(r.body.is_object()) << r.raw;
    EXPECT_EQ(r.body.at("error").at("field"), "file") << name;
  }
  const json after = lab().app(d().owner, d().number);
  EXPECT_EQ(after.at("documents"), before.at("documents")) << "nothing stored";
  EXPECT_EQ(events_of(after, "document_added").size(), events_of(before, "document_added").size());
}

TEST_F(Documents, SizeLimit_413AboveTheConfiguredMegabyte) {
  const std::size_t limit = 1024 * 1024;
  std::string at_limit = gp::life::pdf_bytes("at limit");
  at_limit.insert(10, std::string(limit - at_limit.size(), ' '));
  ASSERT_EQ(at_limit.size(), limit);
  auto r = lab().upload(d().owner, d().number, "other", "big.pdf", at_limit);
  EXPECT_EQ(r.status, 201) << r.raw.substr(0, 300);
  std::string over = gp::life::pdf_bytes("over");
  over.insert(10, std::string(limit + 1 - over.size(), ' '));
  r = lab().upload(d().owner, d().number, "other", "bigger.pdf", over);
  EXPECT_EQ(r.status, 413) << r.raw.substr(0, 300);
  ASSERT_TRUE(r.body.is_object());
  EXPECT_EQ(r.body.at("error").at("field"), "file");
  // Far above: refused before it is even read in full, still as JSON.
  std::string huge = gp::life::pdf_bytes("huge");
  huge.insert(10, std::string(3 * limit, ' '));
  r = lab().upload(d().owner, d().number, "other", "huge.pdf", huge);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.content_type.rfind("application/json", 0), 0u) << r.content_type;
}

TEST_F(Documents, SameContentStoredOnce) {
  const std::string bytes = gp::life::pdf_bytes("stored once " + d().number);
  auto a = lab().upload(d().owner, d().number, "property_proof", "房产证.pdf", bytes);
  auto b = lab().upload(d().cm, d().number, "other", "copy-of-title.pdf", bytes);
  ASSERT_EQ(a.status, 201) << a.raw;
  ASSERT_EQ(b.status, 201) << b.raw;
  EXPECT_NE(a.body.at("id"), b.body.at("id")) << "two documents...";
  const std::string sha = a.body.at("sha256");
  EXPECT_EQ(b.body.at("sha256"), sha);
  EXPECT_EQ(sha.size(), 64u);
  EXPECT_EQ(blob_files(sha), 1) << "...one blob";
  EXPECT_TRUE(std::filesystem::exists(lab().data_dir() / "blobs" / sha.substr(0, 2) / sha));
  EXPECT_EQ(std::filesystem::file_size(lab().data_dir() / "blobs" / sha.substr(0, 2) / sha), bytes.size());
}

TEST_F(Documents, DownloadByOwnerAndStaffOnly) {
  const std::string bytes = gp::life::png_bytes("download me " + d().number);
  auto up = lab().upload(d().owner, d().number, "other", "电表箱.png", bytes);
  ASSERT_EQ(up.status, 201) << up.raw;
  const std::string url = up.body.at("url");
  EXPECT_EQ(url, "/api/v1/applications/" + d().number + "/documents/" + std::to_string(up.body.at("id").get<long long>()));
  for (Party* p : {&d().owner, &d().cm, &d().pm, &d().cc, &lab().admin()}) {
    auto r = lab().get(*p, url);
    EXPECT_EQ(r.status, 200) << p->role;
    EXPECT_EQ(r.raw, bytes) << p->role << ": the same bytes";
    EXPECT_EQ(r.content_type, "image/png") << p->role;
  }
  auto cli = lab().client();
  auto direct = cli->Get(url, {{"Authorization", "Bearer " + d().owner.token}});
  ASSERT_TRUE(direct);
  EXPECT_EQ(direct->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(direct->get_header_value("Content-Disposition").find("inline"), std::string::npos);
  // Another customer, an unassigned manager, no login: never the bytes.
  Party other_cm = lab().staff("customer_manager", "cm.other", "别的经理");
  for (Party* p : {&d().stranger, &other_cm}) {
    auto r = lab().get(*p, url);
    EXPECT_EQ(r.status, 404) << p->role;
    EXPECT_EQ(r.raw.find("download me"), std::string::npos);
  }
  auto anon = cli->Get(url);
  ASSERT_TRUE(anon);
  EXPECT_EQ(anon->status, 401);
  // A document id reached through another application's number: 404.
  const std::string theirs =
      lab().create_app(d().stranger, {{"business", "new_connection"}, {"customer_type", "ev_residential"}, {"address", "邾县西门路1号"}})
          .at("number");
  auto cross = lab().get(d().stranger, "/api/v1/applications/" + theirs + "/documents/" + std::to_string(up.body.at("id").get<long long>()));
  EXPECT_EQ(cross.status, 404);
  // A PDF downloads as an attachment with its own type.
  auto pdf = lab().upload(d().owner, d().number, "other", "plan.pdf", gp::life::pdf_bytes("attachment"));
  ASSERT_EQ(pdf.status, 201);
  auto got = cli->Get(pdf.body.at("url").get<std::string>(), {{"Authorization", "Bearer " + d().owner.token}});
  ASSERT_TRUE(got);
  EXPECT_EQ(got->get_header_value("Content-Type"), "application/pdf");
  EXPECT_NE(got->get_header_value("Content-Disposition").find("attachment"), std::string::npos);
}

TEST_F(Documents, StrangerUploadIs404AndStoresNothing) {
  const std::string bytes = gp::life::pdf_bytes("intruder " + d().number);
  auto r = lab().upload(d().stranger, d().number, "property_proof", "x.pdf", bytes);
  EXPECT_EQ(r.status, 404) << r.raw;
  // Nothing of it on disk.
  const auto root = lab().data_dir() / "blobs";
  if (std::filesystem::exists(root))
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      EXPECT_NE(content, bytes) << e.path();
    }
}

TEST_F(Documents, BadForms_NamedFields) {
  auto r = lab().upload(d().owner, d().number, "selfie", "a.png", gp::life::png_bytes("k"));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body.at("error").at("field"), "kind");
  r = lab().upload(d().owner, d().number, "other", "empty.pdf", "");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body.at("error").at("field"), "file");
  // Not multipart at all.
  auto j = lab().post(d().owner, "/api/v1/applications/" + d().number + "/documents", {{"kind", "other"}});
  EXPECT_EQ(j.status, 415);
  // Missing the file part.
  auto cli = lab().client();
  httplib::MultipartFormDataItems only_kind = {{"kind", "other", "", ""}};
  auto res = cli->Post("/api/v1/applications/" + d().number + "/documents", {{"Authorization", "Bearer " + d().owner.token}}, only_kind);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("\"field\":\"file\""), std::string::npos) << res->body;
}

TEST_F(Documents, D5_ChecklistFlipsFromMissingToPresent) {
  Party cust = lab().customer("清单客户");
  const std::string number =
      lab().create_app(cust, {{"business", "new_connection"}, {"customer_type", "well_collective"}, {"address", "邾县李庄村机井3号"},
                                     {"preferred_manager", d().cm.id}})
          .at("number");
  auto state = [&](const json& app) {
    std::map<std::string, std::string> m;
    for (const auto& c : app.at("checklist")) m[c.at("code")] = c.at("state");
    return m;
  };
  json app = lab().app(cust, number);
  EXPECT_EQ(state(app), (std::map<std::string, std::string>{{"subject_proof", "missing"}, {"property_proof", "missing"}}));
  // An "other" paper does not tick anything.
  ASSERT_EQ(lab().upload(cust, number, "other", "misc.pdf", gp::life::pdf_bytes("misc")).status, 201);
  EXPECT_EQ(state(lab().app(cust, number))["subject_proof"], "missing");
  ASSERT_EQ(lab().upload(cust, number, "subject_proof", "村委会授权书.jpg", gp::life::jpeg_bytes("committee")).status, 201);
  app = lab().app(cust, number);
  EXPECT_EQ(state(app), (std::map<std::string, std::string>{{"subject_proof", "present"}, {"property_proof", "missing"}}));
  ASSERT_EQ(lab().upload(cust, number, "property_proof", "水务意见.pdf", gp::life::pdf_bytes("water authority")).status, 201);
  app = lab().app(cust, number);
  EXPECT_EQ(state(app), (std::map<std::string, std::string>{{"subject_proof", "present"}, {"property_proof", "present"}}));
  ASSERT_EQ(app.at("documents").size(), 3u);
  // Each upload is traced: who, role, channel, what.
  auto ev = events_of(lab().app(d().cc, number), "document_added");
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[1].at("data").at("kind"), "subject_proof");
  EXPECT_EQ(ev[1].at("data").at("mime"), "image/jpeg");
  EXPECT_EQ(ev[1].at("actor").at("id"), cust.id);
  EXPECT_EQ(ev[1].at("role"), "customer");
  EXPECT_EQ(ev[1].at("channel"), "online");
  // The customer manager hears of the customer's upload.
  const json inbox = lab().get_ok(d().cm, "/api/v1/notifications?limit=200");
  int heard = 0;
  for (const auto& n : inbox.at("items")) heard += n.at("application_number") == number && n.at("kind") == "document_added";
  EXPECT_EQ(heard, 3);
}
