// Published documents over HTTP (rule P3, 公开信息): admin and the command center publish
// versions (title, body, PDF/PNG/JPEG attachments checked by content); every earlier version is
// kept; anyone sees the current version of each kind and downloads its attachments without
// logging in (cacheable, 304); earlier versions and their files only staff; hostile files refused.
#include <gtest/gtest.h>

#include "api_client.h"
#include "gp/dto/published.h"
#include "gp/dto/wire.h"
#include "ops_helpers.h"

using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;

namespace {

struct Answer {
  int status = 0;
  json body;
  std::string field() const { return body.is_object() && body.contains("error") ? body["error"].value("field", "") : ""; }
};

struct Desk {
  Lab lab{{"--max-upload-mb", "1"}};
  Party cc, cm, cust;
  std::unique_ptr<httplib::Client> client = lab.client();
  Desk()
      : cc(lab.staff("command_center", "cc.pub", "指挥中心")),
        cm(lab.staff("customer_manager", "cm.pub", "客户经理")),
        cust(lab.customer("公开客户")) {
    lab.set_now("2026-06-01T09:00:00+08:00");
  }
  Answer publish(Party* by, httplib::MultipartFormDataItems items) {
    httplib::Headers h;
    if (by) h.emplace("Authorization", "Bearer " + by->token);
    auto res = client->Post("/api/v1/publications", h, items);
    Answer a;
    if (!res) return a;
    a.status = res->status;
    a.body = json::parse(res->body, nullptr, false);
    return a;
  }
  Answer publish(Party* by, const std::string& kind, const std::string& title, std::vector<std::pair<std::string, std::string>> files = {}) {
    httplib::MultipartFormDataItems items = {{"kind", kind, "", ""}, {"title", title, "", ""}, {"body", "正文：" + title, "", ""}};
    for (const auto& [name, bytes] : files) items.push_back({"file", bytes, name, "application/octet-stream"});
    return publish(by, items);
  }
  gp::dto::PublicationListDto current() {
    auto res = client->Get("/api/v1/publications");
    EXPECT_EQ(res->status, 200);
    return json::parse(res->body).get<gp::dto::PublicationListDto>();
  }
  httplib::Result get(const std::string& path, Party* by = nullptr, httplib::Headers h = {}) {
    if (by) h.emplace("Authorization", "Bearer " + by->token);
    return client->Get(path, h);
  }
};

}  // namespace

TEST(Publications, P3_NewVersionsKeepEveryEarlierOneCustomersSeeTheCurrent) {
  Desk d;
  auto v1 = d.publish(&d.cc, "tariff_policy", "电价电费政策（2025 版）", {{"tariff-2025.pdf", gp::life::pdf_bytes("tariff 2025")}});
  ASSERT_EQ(v1.status, 201) << v1.body.dump();
  const auto one = v1.body.get<gp::dto::PublicationDto>();
  EXPECT_EQ(one.version, 1);
  ASSERT_EQ(one.attachments.size(), 1u);
  EXPECT_EQ(one.attachments[0].mime, "application/pdf");
  auto v2 = d.publish(&d.lab.admin(), "tariff_policy", "电价电费政策（2026 版）", {{"table.png", gp::life::png_bytes("tariff 2026")}});
  ASSERT_EQ(v2.status, 201) << v2.body.dump();
  const auto two = v2.body.get<gp::dto::PublicationDto>();
  EXPECT_EQ(two.version, 2);
  ASSERT_EQ(d.publish(&d.cc, "supervision", "监督电话 95598（7×24 小时）").status, 201);

  // Public: the current version of each kind, no login.
  auto cur = d.current();
  ASSERT_EQ(cur.items.size(), 2u);
  EXPECT_EQ(cur.items[0].kind, "tariff_policy");
  EXPECT_EQ(cur.items[0].version, 2);
  EXPECT_EQ(cur.items[0].title, "电价电费政策（2026 版）");
  EXPECT_EQ(cur.items[1].kind, "supervision");
  auto file = d.get("/api/v1/publications/files/" + std::to_string(two.attachments[0].id));
  ASSERT_EQ(file->status, 200);
  EXPECT_EQ(file->get_header_value("Content-Type"), "image/png");
  EXPECT_EQ(file->body, gp::life::png_bytes("tariff 2026"));
  // The earlier version's file: not for the public, kept for staff.
  const std::string old = "/api/v1/publications/files/" + std::to_string(one.attachments[0].id);
  EXPECT_EQ(d.get(old)->status, 404);
  EXPECT_EQ(d.get(old, &d.cust)->status, 404);
  auto staff_old = d.get(old, &d.cm);
  ASSERT_EQ(staff_old->status, 200);
  EXPECT_EQ(staff_old->body, gp::life::pdf_bytes("tariff 2025"));
  EXPECT_EQ(staff_old->get_header_value("Cache-Control"), "private, no-store");

  // Staff see every version, newest first; customers and the public do not.
  auto versions = d.get("/api/v1/publications/versions?kind=tariff_policy", &d.cm);
  ASSERT_EQ(versions->status, 200) << versions->body;
  auto all = json::parse(versions->body).get<gp::dto::PublicationListDto>();
  ASSERT_EQ(all.items.size(), 2u);
  EXPECT_EQ(all.items[0].version, 2);
  EXPECT_TRUE(all.items[0].current);
  EXPECT_EQ(all.items[1].version, 1);
  EXPECT_FALSE(all.items[1].current);
  EXPECT_EQ(all.items[1].title, "电价电费政策（2025 版）");
  EXPECT_EQ(d.get("/api/v1/publications/versions?kind=tariff_policy", &d.cust)->status, 403);
  EXPECT_EQ(d.get("/api/v1/publications/versions?kind=tariff_policy")->status, 401);
  EXPECT_EQ(d.get("/api/v1/publications/versions?kind=weather", &d.cm)->status, 400);
  EXPECT_EQ(gp::apitest::db_int(d.lab.data_dir() / "getpower.db", "SELECT COUNT(*) FROM events WHERE type = 'publication_published'"), 3);
}

TEST(Publications, P3_OnlyAdminAndCommandCenterPublish) {
  Desk d;
  EXPECT_EQ(d.publish(&d.cm, "fee_list", "收费项目").status, 403);
  EXPECT_EQ(d.publish(&d.cust, "fee_list", "收费项目").status, 403);
  EXPECT_EQ(d.publish(nullptr, "fee_list", "收费项目").status, 401);
  EXPECT_TRUE(d.current().items.empty());
}

TEST(Publications, P3_BadInputAndHostileAttachmentsAreRefusedAndNothingStored) {
  Desk d;
  EXPECT_EQ(d.publish(&d.cc, "weather", "天气").field(), "kind");
  EXPECT_EQ(d.publish(&d.cc, "fee_list", "x").field(), "title");
  EXPECT_EQ(d.publish(&d.cc, httplib::MultipartFormDataItems{{"kind", "fee_list", "", ""}, {"title", "收费项目", "", ""}}).field(), "body");
  EXPECT_EQ(d.publish(&d.cc, httplib::MultipartFormDataItems{{"kind", "fee_list", "", ""}, {"title", "收费项目", "", ""},
                                                             {"body", "正文", "", ""}, {"colour", "red", "", ""}}).field(), "colour");
  // Files judged by their bytes, whatever their names say.
  const std::vector<std::pair<std::string, std::string>> hostile = {
      {"policy.pdf", "<html><script>alert(1)</script></html>"},
      {"chart.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"},
      {"tool.pdf", std::string("MZ\x90\x00\x03", 5) + std::string(200, 'A')},
      {"fake.jpg", std::string("\xFF\xD8\xFF", 3)},  // a JPEG signature and nothing else
  };
  for (const auto& f : hostile) {
    auto a = d.publish(&d.cc, "fee_list", "收费项目", {{"ok.pdf", gp::life::pdf_bytes("fine")}, f});
    EXPECT_EQ(a.status, 415) << f.first << " " << a.body.dump();
    EXPECT_EQ(a.field(), "file[1]") << f.first;
  }
  auto empty = d.publish(&d.cc, "fee_list", "收费项目", {{"empty.pdf", ""}});
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(empty.field(), "file[0]");
  auto big = d.publish(&d.cc, "fee_list", "收费项目", {{"big.pdf", gp::life::pdf_bytes(std::string(1100 * 1024, 'x'))}});
  EXPECT_EQ(big.status, 413);
  std::vector<std::pair<std::string, std::string>> six;
  for (int i = 0; i < 6; ++i) six.push_back({"p" + std::to_string(i) + ".pdf", gp::life::pdf_bytes(std::to_string(i))});
  EXPECT_EQ(d.publish(&d.cc, "fee_list", "收费项目", six).field(), "file");
  httplib::Headers h = {{"Authorization", "Bearer " + d.cc.token}};
  auto not_multipart = d.client->Post("/api/v1/publications", h, "{\"kind\":\"fee_list\"}", "application/json");
  EXPECT_EQ(not_multipart->status, 415);
  EXPECT_TRUE(d.current().items.empty());  // nothing stored
  EXPECT_EQ(gp::apitest::db_int(d.lab.data_dir() / "getpower.db", "SELECT COUNT(*) FROM publication_files"), 0);
}

TEST(Publications, P3_PublicAnswersAreCacheableWith304) {
  Desk d;
  auto v = d.publish(&d.cc, "typical_design", "典型设计及工程造价参考手册", {{"manual.pdf", gp::life::pdf_bytes("manual")}});
  ASSERT_EQ(v.status, 201);
  auto first = d.get("/api/v1/publications");
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(first->get_header_value("Cache-Control"), "public, max-age=60");
  EXPECT_EQ(d.get("/api/v1/publications", nullptr, {{"If-None-Match", etag}})->status, 304);
  const std::string url = "/api/v1/publications/files/" + std::to_string(v.body["attachments"][0]["id"].get<long long>());
  auto f = d.get(url);
  ASSERT_EQ(f->status, 200);
  EXPECT_EQ(f->get_header_value("Content-Disposition"), "attachment; filename=\"manual.pdf\"");
  auto f2 = d.get(url, nullptr, {{"If-None-Match", f->get_header_value("ETag")}});
  EXPECT_EQ(f2->status, 304);
  EXPECT_TRUE(f2->body.empty());
  // A new version: the list's validator changes.
  ASSERT_EQ(d.publish(&d.cc, "typical_design", "典型设计及工程造价参考手册（修订）").status, 201);
  EXPECT_EQ(d.get("/api/v1/publications", nullptr, {{"If-None-Match", etag}})->status, 200);
}
