// The contractor directory over HTTP (rule P3, 资质信息公开): admin and the command center add,
// edit, expire (never delete) and import contractors from CSV (all or nothing, every bad line
// reported by line and field); anyone searches it without logging in, each answer cacheable
// (ETag, 304) and rate-limited; a licence past its date is shown expired, never valid.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>

#include "api_client.h"
#include "gp/dto/published.h"
#include "gp/dto/wire.h"
#include "ops_helpers.h"

using gp::ops::error_fields;
using gp::ops::json;
using gp::ops::Lab;
using gp::ops::Party;
using gp::ops::show;

namespace {

const std::string kCsvHeader = "kind,categories,name,credit_code,licence_number,licence_class,scope,valid_from,valid_until,county,phone\n";

json contractor(const std::string& licence, const std::string& kind = "construction") {
  json j = {{"kind", kind}, {"name", "邾县电力安装有限公司"}, {"credit_code", gp::ops::kCreditCode},
            {"licence_number", licence}, {"licence_class", "三级"}, {"scope", "10千伏及以下电力设施的安装"},
            {"valid_from", "2024-01-01"}, {"valid_until", "2028-12-31"}, {"county", "邾县"}, {"phone", "0371-62345678"}};
  if (kind == "construction") j["categories"] = {"install", "repair"};
  return j;
}

struct Directory {
  Lab lab;
  Party cc, cm, cust;
  Directory()
      : cc(lab.staff("command_center", "cc.p3", "指挥中心")),
        cm(lab.staff("customer_manager", "cm.p3", "客户经理")),
        cust(lab.customer("查询客户")) {
    lab.set_now("2026-06-01T09:00:00+08:00");
  }
  // Anonymous GET with optional headers, through the raw client (ETag, Cache-Control).
  httplib::Result anon(const std::string& path, const httplib::Headers& h = {}) { return client->Get(path, h); }
  std::unique_ptr<httplib::Client> client = lab.client();
  std::int64_t events(const std::string& type) {
    return gp::apitest::db_int(lab.data_dir() / "getpower.db", "SELECT COUNT(*) FROM events WHERE type = '" + type + "'");
  }
};

// Percent-encodes every byte outside [A-Za-z0-9] (query values with Chinese text).
std::string pct(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) out += static_cast<char>(c);
    else {
      char b[4];
      std::snprintf(b, sizeof b, "%%%02X", c);
      out += b;
    }
  }
  return out;
}

gp::dto::ContractorPageDto page_of(const std::string& body) {
  return json::parse(body).get<gp::dto::ContractorPageDto>();
}

}  // namespace

TEST(Contractors, P3_StaffAddsAndAnyoneSearchesByKindNameAndArea) {
  Directory d;
  auto r = gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", contractor("(承装)3-1-00123-2024"));
  ASSERT_EQ(r.status, 201) << show(r);
  const auto created = r.body.get<gp::dto::ContractorDto>();
  EXPECT_EQ(created.status, "valid");
  EXPECT_EQ(created.categories, (std::vector<std::string>{"install", "repair"}));
  json design = contractor("A141000123", "design");
  design["name"] = "邾县电力设计院";
  design["licence_class"] = "乙级";
  design["county"] = "城关镇";
  ASSERT_EQ(gp::ops::post(d.lab, &d.lab.admin(), "/api/v1/contractors", design).status, 201);

  // No login: search by kind, by name, by area.
  auto res = d.anon("/api/v1/contractors?kind=design");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  auto page = page_of(res->body);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].name, "邾县电力设计院");
  EXPECT_EQ(page.items[0].licence_class, "乙级");
  EXPECT_EQ(page.today, "2026-06-01");
  EXPECT_EQ(page.expiring_days_source, "company_setting");  // the seed gives no figure
  res = d.anon("/api/v1/contractors?q=" + pct("安装"));
  ASSERT_EQ(page_of(res->body).total, 1);
  res = d.anon("/api/v1/contractors?county=" + pct("城关"));
  ASSERT_EQ(page_of(res->body).items.at(0).kind, "design");
  res = d.anon("/api/v1/contractors/" + std::to_string(created.id));
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(json::parse(res->body).at("licence_number"), "(承装)3-1-00123-2024");
  EXPECT_EQ(d.anon("/api/v1/contractors?kind=builder")->status, 400);
  EXPECT_EQ(d.anon("/api/v1/contractors/99999")->status, 404);
  EXPECT_EQ(d.events("contractor_added"), 2);  // traced (rule M5)
}

TEST(Contractors, P3_OnlyAdminAndCommandCenterMaintainTheDirectory) {
  Directory d;
  ASSERT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", contractor("L-0001")).status, 201);
  const std::string csv = kCsvHeader + "test,,邾县电力试验所,91350100M000100Y43,T-0001,二级,电气试验,2025-01-01,2029-01-01,邾县,0371-1234567\n";
  for (Party* p : {&d.cm, &d.cust, static_cast<Party*>(nullptr)}) {
    const int want = p ? 403 : 401;
    EXPECT_EQ(gp::ops::post(d.lab, p, "/api/v1/contractors", contractor("L-0002")).status, want);
    EXPECT_EQ(gp::ops::put(d.lab, p, "/api/v1/contractors/1", contractor("L-0001")).status, want);
    EXPECT_EQ(gp::ops::post(d.lab, p, "/api/v1/contractors/1/expire", {{"reason", "吊销"}}).status, want);
    EXPECT_EQ(gp::ops::send(d.lab, p, "POST", "/api/v1/contractors/import", csv, "text/csv").status, want);
  }
  auto page = page_of(d.anon("/api/v1/contractors")->body);
  EXPECT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].status, "valid");
}

TEST(Contractors, P3_BadInputNamesTheFieldAndStoresNothing) {
  Directory d;
  const std::vector<std::pair<std::string, json>> bad = {
      {"kind", "builder"},          {"name", "x"},
      {"credit_code", "123"},       {"licence_number", ""},
      {"licence_class", "特级"},    {"scope", ""},
      {"valid_from", "2026-02-30"}, {"valid_until", "2023-01-01"},
      {"county", ""},               {"phone", "12345"},
      {"categories", json::array({"paint"})},
  };
  for (const auto& [field, value] : bad) {
    json body = contractor("B-0001");
    body[field] = value;
    auto r = gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", body);
    EXPECT_EQ(r.status, 400) << field << ": " << show(r);
    EXPECT_EQ(r.field(), field) << show(r);
  }
  json missing = contractor("B-0002");
  missing.erase("phone");
  auto r = gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", missing);
  EXPECT_EQ(r.field(), "phone") << show(r);
  EXPECT_EQ(r.code(), "required");
  json extra = contractor("B-0003");
  extra["rating"] = 5;
  EXPECT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", extra).code(), "unknown_field");
  json wrong_type = contractor("B-0004");
  wrong_type["name"] = 42;
  EXPECT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", wrong_type).field(), "name");
  json design_cats = contractor("B-0005", "design");
  design_cats["categories"] = {"install"};
  EXPECT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", design_cats).field(), "categories");
  json no_cats = contractor("B-0006");
  no_cats.erase("categories");
  EXPECT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", no_cats).field(), "categories");
  EXPECT_EQ(gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors", "{\"kind\":", "application/json").status, 400);
  EXPECT_EQ(page_of(d.anon("/api/v1/contractors")->body).total, 0);  // nothing stored

  ASSERT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", contractor("B-0007")).status, 201);
  EXPECT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", contractor("B-0007")).status, 409);  // listed already
}

TEST(Contractors, P3_ExpiredIsShownExpiredNeverValid) {
  Directory d;
  json expired = contractor("E-0001");
  expired["valid_until"] = "2026-05-31";  // yesterday
  json expiring = contractor("E-0002");
  expiring["valid_until"] = "2026-06-20";  // 19 days: within the company's 30
  json valid = contractor("E-0003");
  for (const json& b : {expired, expiring, valid}) ASSERT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", b).status, 201);
  auto statuses = [&] {
    std::map<std::string, std::string> s;
    for (const auto& c : page_of(d.anon("/api/v1/contractors")->body).items) s[c.licence_number] = c.status;
    return s;
  };
  auto s = statuses();
  EXPECT_EQ(s["E-0001"], "expired");
  EXPECT_EQ(s["E-0002"], "expiring");
  EXPECT_EQ(s["E-0003"], "valid");
  // "Expiring within N days" is a company setting (the seed gives none): admin only, traced.
  EXPECT_EQ(gp::ops::put(d.lab, &d.cc, "/api/v1/admin/settings/licence-expiring-days", {{"days", 10}}).status, 403);
  EXPECT_EQ(gp::ops::put(d.lab, &d.lab.admin(), "/api/v1/admin/settings/licence-expiring-days", {{"days", 0}}).field(), "days");
  ASSERT_EQ(gp::ops::put(d.lab, &d.lab.admin(), "/api/v1/admin/settings/licence-expiring-days", {{"days", 10}}).status, 200);
  auto ten = page_of(d.anon("/api/v1/contractors?q=E-0002")->body);
  EXPECT_EQ(ten.expiring_days, 10);
  EXPECT_EQ(ten.items.at(0).status, "valid");  // 19 days left, more than 10
  EXPECT_EQ(statuses()["E-0001"], "expired");  // whatever the setting
  EXPECT_EQ(d.events("setting_changed"), 1);
  // The day after E-0002's last valid day it is expired, with no one touching it.
  d.lab.set_now("2026-06-21T08:00:00+08:00");
  EXPECT_EQ(statuses()["E-0002"], "expired");
  // Staff expire a licence by hand (revoked): never deleted, shown withdrawn, traced; once only.
  auto r = gp::ops::post(d.lab, &d.cc, "/api/v1/contractors/3/expire", {{"reason", "许可证被吊销"}});
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.body.at("status"), "withdrawn");
  EXPECT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors/3/expire", {{"reason", "再次"}}).status, 409);
  EXPECT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors/2/expire", json::object()).field(), "reason");
  EXPECT_EQ(page_of(d.anon("/api/v1/contractors")->body).total, 3);
  EXPECT_EQ(d.events("contractor_expired"), 1);
  // An edit keeps the earlier record in the trace.
  json renewed = expiring;
  renewed["valid_until"] = "2030-06-20";
  r = gp::ops::put(d.lab, &d.cc, "/api/v1/contractors/2", renewed);
  ASSERT_EQ(r.status, 200) << show(r);
  EXPECT_EQ(r.body.at("status"), "valid");
  EXPECT_EQ(gp::apitest::db_int(d.lab.data_dir() / "getpower.db",
                                "SELECT COUNT(*) FROM events WHERE type = 'contractor_edited' AND data LIKE '%2026-06-20%' AND data LIKE '%2030-06-20%'"),
            1);
}

TEST(Contractors, P3_CsvImportIsAllOrNothingWithEveryBadLineReported) {
  Directory d;
  const std::string good1 = "construction,承装|承修|承试,邾县送变电工程公司,91350100M000100Y43,(承装)2-1-00001-2023,二级,110千伏及以下,2023-03-01,2029-02-28,邾县,0371-62000001\n";
  const std::string good2 = "design,,邾县电力设计院,91350100M000100Y43,A141000001,乙级,送变电工程设计,2024-01-01,2029-01-01,城关镇,13803750001\n";
  const std::string bad3 = "test,,邾县试验所,123,T-0001,二级,电气试验,2025-01-01,2029-01-01,邾县,0371-1234567\n";
  const std::string bad5 = "construction,paint,邾县装修公司,91350100M000100Y43,C-0009,三级,装修,2025-01-01,2024-01-01,邾县,0371-1234567\n";
  auto r = gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors/import", kCsvHeader + good1 + bad3 + good2 + bad5, "text/csv");
  ASSERT_EQ(r.status, 400) << show(r);
  EXPECT_EQ(r.code(), "invalid_rows");
  const auto fields = error_fields(r);
  EXPECT_EQ(fields, (std::vector<std::string>{"line 3: credit_code", "line 5: categories", "line 5: valid_until"})) << show(r);
  EXPECT_EQ(page_of(d.anon("/api/v1/contractors")->body).total, 0);  // nothing stored

  r = gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors/import", kCsvHeader + good1 + good2, "text/csv");
  ASSERT_EQ(r.status, 201) << show(r);
  EXPECT_EQ(r.body, (json{{"imported", 2}}));
  auto page = page_of(d.anon("/api/v1/contractors?kind=construction")->body);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].categories, (std::vector<std::string>{"install", "repair", "test"}));
  // The same licences again: each named by its line.
  r = gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors/import", kCsvHeader + good2, "text/csv");
  EXPECT_EQ(error_fields(r), (std::vector<std::string>{"line 2: licence_number"})) << show(r);
  // Not CSV, unknown column, empty.
  EXPECT_EQ(gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors/import", "<x/>", "application/xml").status, 415);
  // JSON: an array of bodies, errors named by index.
  json items = json::array({contractor("J-0001"), contractor("J-0002")});
  items[1]["phone"] = "1";
  r = gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors/import", items.dump(), "application/json");
  EXPECT_EQ(error_fields(r), (std::vector<std::string>{"[1].phone"})) << show(r);
  items[1]["phone"] = "13803750009";
  EXPECT_EQ(gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors/import", items.dump(), "application/json").status, 201);
  r = gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors/import", "kind,colour\nx,y\n", "text/csv");
  EXPECT_EQ(r.status, 400);
  EXPECT_FALSE(error_fields(r).empty());
  EXPECT_EQ(gp::ops::send(d.lab, &d.cc, "POST", "/api/v1/contractors/import", "", "text/csv").field(), "file");
  EXPECT_EQ(d.events("contractors_imported"), 2);
}

TEST(Contractors, P3_PublicAnswersAreCacheableWith304) {
  Directory d;
  ASSERT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", contractor("C-0001")).status, 201);
  auto first = d.anon("/api/v1/contractors?kind=construction");
  ASSERT_EQ(first->status, 200);
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(first->get_header_value("Cache-Control"), "public, max-age=60");
  auto again = d.anon("/api/v1/contractors?kind=construction", {{"If-None-Match", etag}});
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  // A change gives a new validator.
  ASSERT_EQ(gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", contractor("C-0002")).status, 201);
  auto changed = d.anon("/api/v1/contractors?kind=construction", {{"If-None-Match", etag}});
  EXPECT_EQ(changed->status, 200);
  EXPECT_NE(changed->get_header_value("ETag"), etag);
  // Staff answers of the maintenance routes are never stored by a cache.
  auto r = gp::ops::post(d.lab, &d.cc, "/api/v1/contractors", contractor("C-0003"));
  EXPECT_EQ(r.header("Cache-Control"), "no-store");
}

TEST(Contractors, P3_AnonymousSearchIsRateLimited) {
  Lab lab{{"--public-rate-limit", "3"}};
  auto c = lab.client();
  for (int i = 0; i < 3; ++i) ASSERT_EQ(c->Get("/api/v1/contractors")->status, 200);
  auto r = c->Get("/api/v1/contractors");
  EXPECT_EQ(r->status, 429);
  EXPECT_FALSE(r->get_header_value("Retry-After").empty());
}
