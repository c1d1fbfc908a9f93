// Document requirements and archives (rules D1, D3, D5, D6, D7, D8).
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "gp/documents.h"

using gp::DocumentCode;

namespace {
gp::Facts facts(gp::CustomerType t, gp::Business b = gp::Business::new_connection) {
  gp::Facts f;
  f.customer_type = t;
  f.business = b;
  f.voltage_kv = t == gp::CustomerType::hv ? 10 : 0.38;
  return f;
}
std::vector<DocumentCode> codes(const gp::Facts& f) {
  std::vector<DocumentCode> v;
  for (const auto& d : gp::required_documents(f)) v.push_back(d.code);
  return v;
}
bool accepts(const gp::DocumentRequirement& d, const std::string& code) {
  return std::any_of(d.accepted.begin(), d.accepted.end(), [&](const gp::ProofKind& k) { return code == k.code; });
}
}  // namespace

TEST(Documents, D5_EachCustomerTypeItsTwoDocuments) {
  using C = gp::CustomerType;
  using D = DocumentCode;
  EXPECT_EQ(codes(facts(C::lv_residential)), (std::vector<D>{D::identity_proof, D::property_proof}));
  EXPECT_EQ(codes(facts(C::lv_non_residential)), (std::vector<D>{D::subject_proof, D::property_proof}));
  EXPECT_EQ(codes(facts(C::hv)), (std::vector<D>{D::subject_proof, D::property_proof}));
  EXPECT_EQ(codes(facts(C::hv, gp::Business::capacity_increase)), (std::vector<D>{D::subject_proof, D::property_proof}));
  EXPECT_EQ(codes(facts(C::well_individual)), (std::vector<D>{D::identity_proof, D::property_proof}));
  EXPECT_EQ(codes(facts(C::well_collective)), (std::vector<D>{D::subject_proof, D::property_proof}));
  EXPECT_EQ(codes(facts(C::ev_residential)), (std::vector<D>{D::identity_proof, D::property_proof}));
  EXPECT_EQ(codes(facts(C::ev_non_residential)), (std::vector<D>{D::subject_proof, D::property_proof}));
  EXPECT_EQ(codes(facts(C::base_station_5g)), (std::vector<D>{D::subject_proof, D::address_list}));
}

TEST(Documents, D5_AcceptedProofKinds) {
  auto res = gp::required_documents(facts(gp::CustomerType::lv_residential));
  for (const char* k : {"resident_id", "temporary_id", "household_register", "military_id", "taiwan_permit",
                        "hk_macau_pass", "foreign_passport", "foreign_permanent_residence", "other_valid_id"})
    EXPECT_TRUE(accepts(res[0], k)) << k;
  auto well = gp::required_documents(facts(gp::CustomerType::well_individual));
  EXPECT_FALSE(accepts(well[0], "foreign_passport"));  // the well row's narrower list
  EXPECT_TRUE(accepts(well[1], "water_authority_opinion"));
  auto hv = gp::required_documents(facts(gp::CustomerType::hv));
  for (const char* k : {"business_licence", "organization_code", "religious_venue", "social_organization", "military_certificate"})
    EXPECT_TRUE(accepts(hv[0], k)) << k;
  for (const char* k : {"title_certificate", "state_land_use", "collective_land_use", "purchase_contract", "legal_instrument", "other_lawful_proof"})
    EXPECT_TRUE(accepts(hv[1], k)) << k;
  EXPECT_TRUE(accepts(gp::required_documents(facts(gp::CustomerType::ev_residential))[1], "property_management_consent"));
  EXPECT_TRUE(accepts(gp::required_documents(facts(gp::CustomerType::ev_non_residential))[1], "owner_consent"));
  EXPECT_TRUE(accepts(gp::required_documents(facts(gp::CustomerType::well_collective))[0], "committee_authorization"));
  auto rural = facts(gp::CustomerType::lv_residential);
  rural.rural = true;
  EXPECT_TRUE(accepts(gp::required_documents(rural)[1], "village_committee_proof"));
  EXPECT_FALSE(accepts(res[1], "village_committee_proof"));
}

TEST(Documents, D1_ImportantCustomerAddsProjectApproval) {
  auto f = facts(gp::CustomerType::hv);
  f.important = true;
  EXPECT_EQ(codes(f), (std::vector<DocumentCode>{DocumentCode::subject_proof, DocumentCode::property_proof,
                                                 DocumentCode::project_approval}));
}

TEST(Documents, D6_AgentDocumentsForEnterprisesOnly) {
  auto f = facts(gp::CustomerType::lv_non_residential);
  f.agent = true;
  auto c = codes(f);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[2], DocumentCode::agent_authorization);
  EXPECT_EQ(c[3], DocumentCode::agent_identity);
  auto r = facts(gp::CustomerType::lv_residential);
  r.agent = true;
  EXPECT_EQ(codes(r).size(), 2u);  // rule D1: nothing more may be demanded of a resident
}

TEST(Documents, D3_HallIntakeDecisions) {
  auto req = gp::required_documents(facts(gp::CustomerType::lv_non_residential));
  using D = DocumentCode;
  EXPECT_EQ(gp::hall_intake(req, {D::subject_proof, D::property_proof}), gp::HallIntake::complete);
  EXPECT_EQ(gp::hall_intake(req, {D::subject_proof}), gp::HallIntake::accept_with_gaps);
  EXPECT_EQ(gp::hall_intake(req, {}), gp::HallIntake::guide_to_reservation);
  EXPECT_EQ(gp::hall_intake(req, {D::property_proof}), gp::HallIntake::guide_to_reservation);
  EXPECT_STREQ(gp::to_string(gp::HallIntake::accept_with_gaps), "accept_with_gaps");
}

TEST(Documents, D7_ArchiveChecklistAsData) {
  const auto& items = gp::archive_checklist();
  EXPECT_EQ(items.size(), 18u);
  // What an application's checklist actually says (not the table's raw mark): the seed's marks
  // (attachment 2), △ resolved against the facts.
  auto entry = [](const gp::Facts& f, const char* code) -> std::optional<gp::ArchiveEntry> {
    for (const auto& e : gp::archive_checklist_for(f, false)) if (std::string(e.item->code) == code) return e;
    return std::nullopt;
  };
  auto lv_non = facts(gp::CustomerType::lv_non_residential);
  ASSERT_TRUE(entry(lv_non, "agent_documents"));
  EXPECT_EQ(entry(lv_non, "agent_documents")->mark, gp::Mark::conditional);  // △ "委托代理人办理时"
  EXPECT_FALSE(entry(lv_non, "agent_documents")->needed);
  lv_non.agent = true;
  EXPECT_TRUE(entry(lv_non, "agent_documents")->needed);
  auto resident = facts(gp::CustomerType::lv_residential);
  resident.agent = true;
  EXPECT_FALSE(entry(resident, "agent_documents"));  // blank for LV residents
  EXPECT_EQ(entry(facts(gp::CustomerType::well_individual), "agent_documents")->mark, gp::Mark::required);  // √
  ASSERT_TRUE(entry(facts(gp::CustomerType::hv), "supply_plan_reply"));
  EXPECT_TRUE(entry(facts(gp::CustomerType::hv), "supply_plan_reply")->needed);  // √ for HV
  EXPECT_FALSE(entry(facts(gp::CustomerType::lv_residential), "supply_plan_reply"));  // blank for LV
  EXPECT_TRUE(entry(facts(gp::CustomerType::base_station_5g), "supply_contract")->needed);  // √ for 5G

  auto hv = facts(gp::CustomerType::hv);
  auto list = gp::archive_checklist_for(hv, false);
  auto needed = [&](const std::vector<gp::ArchiveEntry>& l, const char* code) {
    for (const auto& e : l) if (std::string(e.item->code) == code) return e.needed;
    return false;
  };
  EXPECT_TRUE(needed(list, "completion_opinion"));
  EXPECT_FALSE(needed(list, "design_review_opinion"));
  EXPECT_FALSE(needed(list, "project_approval"));
  hv.important = true;
  list = gp::archive_checklist_for(hv, true);
  EXPECT_TRUE(needed(list, "design_review_opinion"));
  EXPECT_TRUE(needed(list, "project_approval"));
  EXPECT_EQ(gp::archive_checklist_for(facts(gp::CustomerType::lv_residential), false).size(), 7u);
}

TEST(Documents, D8_ElectronicArchivesForLvOnline) {
  EXPECT_TRUE(gp::electronic_archive_only(facts(gp::CustomerType::lv_residential), true));
  EXPECT_FALSE(gp::electronic_archive_only(facts(gp::CustomerType::lv_residential), false));
  EXPECT_FALSE(gp::electronic_archive_only(facts(gp::CustomerType::hv), true));
  // "低压手机APP办理的业务": the online channel only; the hall and the kiosk standing in it keep paper.
  EXPECT_TRUE(gp::done_in_app("online"));
  EXPECT_FALSE(gp::done_in_app("service_hall"));
  EXPECT_FALSE(gp::done_in_app("kiosk"));
  EXPECT_FALSE(gp::done_in_app("proactive"));
}
