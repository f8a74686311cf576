package org.acde.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createEnterprise;
import static org.acde.matchmaking.Fixtures.createOrganisation;
import static org.acde.matchmaking.Fixtures.decide;
import static org.acde.matchmaking.Fixtures.enterprise;
import static org.acde.matchmaking.Fixtures.enterpriseOf;
import static org.acde.matchmaking.Fixtures.expressInterest;
import static org.acde.matchmaking.Fixtures.interest;
import static org.acde.matchmaking.Fixtures.opportunity;
import static org.acde.matchmaking.Fixtures.organisation;
import static org.acde.matchmaking.Fixtures.organisationOf;
import static org.acde.matchmaking.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Organisations of every kind, and enterprises through both paths: one service, one set of rules. */
@QuarkusTest
class OrganisationTest {

    @Test
    void everyKindRegistersWithItsOwnFields() {
        for (String kind : List.of("UNIVERSITY", "RESEARCH_INSTITUTE", "GOVERNMENT_AGENCY", "INDUSTRY_ASSOCIATION", "NGO", "ENTERPRISE")) {
            Map<String, Object> body = organisation(kind, "MY");
            String id = createOrganisation(Tokens.partner("MY"), body).then().statusCode(201)
                    .header("Location", containsString("/api/v1/organisations/")).header("ETag", is("\"0\""))
                    .body("kind", is(kind)).body("owner", is("partner-my-demo"))
                    .extract().path("id");
            given().auth().oauth2(Tokens.partner("MY")).get("/api/v1/organisations/" + id).then().statusCode(200)
                    .body("kind", is(kind)).body("name", is(body.get("name")))
                    .body("sizeBand", is(body.get("sizeBand")))
                    .body("governmentLevel", is(body.get("governmentLevel")))
                    .body("memberCount", is(body.get("memberCount")))
                    .body("contact.email", is(((Map<?, ?>) body.get("contact")).get("email")));
        }
    }

    @Test
    void theEnterprisesPathShowsTheEnterprisesOnlyAndAnswersAsBefore() {
        String university = organisationOf(Tokens.partner("SG"), "UNIVERSITY", "SG");
        String enterprise = enterpriseOf(Tokens.partner("SG"), "SG");
        given().auth().oauth2(Tokens.partner("SG")).get("/api/v1/enterprises/" + university).then().statusCode(404);
        given().auth().oauth2(Tokens.partner("SG")).queryParam("limit", 100).get("/api/v1/enterprises").then().statusCode(200)
                .body("items.id", hasItem(enterprise)).body("items.id", not(hasItem(university)))
                .body("items[0]", not(hasKey("kind")));
        given().auth().oauth2(Tokens.partner("SG")).get("/api/v1/enterprises/" + enterprise).then().statusCode(200)
                .body("$", not(hasKey("kind"))).body("sizeBand", is("SMALL"));
        // The same enterprise is an organisation of kind ENTERPRISE, with the same version.
        given().auth().oauth2(Tokens.partner("SG")).get("/api/v1/organisations/" + enterprise).then().statusCode(200)
                .body("kind", is("ENTERPRISE")).header("ETag", is("\"0\""));
        given().auth().oauth2(Tokens.partner("SG")).queryParam("kind", "UNIVERSITY").queryParam("limit", 100)
                .get("/api/v1/organisations").then().statusCode(200)
                .body("items.id", hasItem(university)).body("items.id", not(hasItem(enterprise))).body("items.kind", not(hasItem("ENTERPRISE")));
        // A university cannot be changed or verified through the enterprises' path either.
        given().auth().oauth2(Tokens.partner("SG")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(enterprise("SG"))
                .put("/api/v1/enterprises/" + university).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("SG")).contentType(ContentType.JSON).body(Map.of("verified", true))
                .post("/api/v1/enterprises/" + university + "/verification").then().statusCode(404);
        given().auth().oauth2(Tokens.agency("SG")).contentType(ContentType.JSON).body(Map.of("verified", true))
                .post("/api/v1/organisations/" + university + "/verification").then().statusCode(200).body("verified", is(true));
    }

    @Test
    void theKindAndThePartyNeverChange() {
        Map<String, Object> body = organisation("RESEARCH_INSTITUTE", "TH");
        String id = createOrganisation(Tokens.partner("TH"), body).then().statusCode(201).extract().path("id");
        body.put("description", "Now also a testbed for 5G in agriculture.");
        given().auth().oauth2(Tokens.partner("TH")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/organisations/" + id).then().statusCode(200).header("ETag", is("\"1\""))
                .body("description", is("Now also a testbed for 5G in agriculture."));
        Map<String, Object> asUniversity = organisation("UNIVERSITY", "TH");
        asUniversity.put("name", body.get("name"));
        given().auth().oauth2(Tokens.partner("TH")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(asUniversity)
                .put("/api/v1/organisations/" + id).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("kind"));
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/organisations/" + id).then().body("kind", is("RESEARCH_INSTITUTE"))
                .header("ETag", is("\"1\""));
    }

    /**
     * A university posts a research-cooperation request, is matched with an enterprise's research cooperation, and
     * the enterprise's interest, once accepted, reveals the two contacts.
     */
    @Test
    void aUniversityIsMatchedAndIntroducedLikeAnEnterprise() {
        String universityToken = Tokens.partner("ID");
        Map<String, Object> universityBody = organisation("UNIVERSITY", "ID");
        String university = createOrganisation(universityToken, universityBody).then().statusCode(201).extract().path("id");
        Map<String, Object> request = opportunity(university, "RESEARCH_COOPERATION");
        request.put("partnershipTypes", List.of("RESEARCH_COOPERATION"));
        String universityOpportunity = published(universityToken, request);
        given().get("/api/v1/opportunities/" + universityOpportunity).then().statusCode(200)
                .body("organisationKind", is("UNIVERSITY")).body("$", not(hasKey("sizeBand"))).body("$", not(hasKey("enterpriseId")));

        String companyToken = Tokens.partner("CN");
        String company = enterpriseOf(companyToken, "CN");
        Map<String, Object> offer = opportunity(company, "RESEARCH_COOPERATION");
        offer.put("partnershipTypes", List.of("RESEARCH_COOPERATION"));
        String companyOpportunity = published(companyToken, offer);

        JsonPath matches = given().queryParam("limit", 100).get("/api/v1/opportunities/" + universityOpportunity + "/matches")
                .then().statusCode(200).extract().jsonPath();
        assertThat(matches.getList("items.opportunity.id")).contains(companyOpportunity);
        Map<String, Object> match = matches.getMap("items.find { it.opportunity.id == '" + companyOpportunity + "' }");
        List<Map<String, Object>> factors = (List<Map<String, Object>>) match.get("factors");
        assertThat(factors).filteredOn(f -> f.get("factor").equals("MSME")).singleElement()
                .satisfies(f -> assertThat((String) f.get("detail")).startsWith("no size band and SMALL"));

        Map<String, Object> body = interest(universityOpportunity, company);
        body.put("partnershipType", "RESEARCH_COOPERATION");
        String interestId = expressInterest(companyToken, body).then().statusCode(201)
                .body("$", not(hasKey("opportunityContact"))).extract().path("id");
        decide(universityToken, interestId, "ACCEPTED").then().statusCode(200)
                .body("enterpriseContact", not(nullValue()));
        given().auth().oauth2(companyToken).get("/api/v1/interests/" + interestId).then().statusCode(200)
                .body("opportunityContact.email", is(((Map<?, ?>) universityBody.get("contact")).get("email")));
        // The accepted counterpart now reads the university, contact included.
        given().auth().oauth2(companyToken).get("/api/v1/organisations/" + university).then().statusCode(200)
                .body("kind", is("UNIVERSITY")).body("$", hasKey("contact"));
        decide(universityToken, interestId, Map.of("to", "AGREEMENT_SIGNED", "reason", "signed", "agreementType",
                "RESEARCH_COOPERATION", "agreementDate", LocalDate.now(ZoneOffset.UTC).toString())).then().statusCode(200);
    }

    @Test
    void statisticsCountOrganisationsAndAgreementsByKind() {
        JsonPath before = stats("KH");
        String ngoToken = Tokens.partner("KH");
        String ngo = organisationOf(ngoToken, "NGO", "KH");
        organisationOf(Tokens.agency("KH"), "GOVERNMENT_AGENCY", "KH");
        Map<String, Object> request = opportunity(ngo, "TECHNOLOGY_REQUEST");
        String opportunity = published(ngoToken, request);
        Map<String, Object> large = enterprise("VN");
        large.put("sizeBand", "LARGE");
        String company = createEnterprise(Tokens.partner("VN"), large).then().statusCode(201).extract().path("id");
        String interestId = expressInterest(Tokens.partner("VN"), interest(opportunity, company)).then().statusCode(201)
                .extract().path("id");
        decide(ngoToken, interestId, "ACCEPTED").then().statusCode(200);
        decide(ngoToken, interestId, Map.of("to", "AGREEMENT_SIGNED", "reason", "signed", "agreementType", "LICENSING",
                "agreementDate", LocalDate.now(ZoneOffset.UTC).toString())).then().statusCode(200);

        JsonPath after = stats("KH");
        assertThat(count(after, "organisationsByKind", "NGO")).isEqualTo(count(before, "organisationsByKind", "NGO") + 1);
        assertThat(count(after, "organisationsByKind", "GOVERNMENT_AGENCY"))
                .isEqualTo(count(before, "organisationsByKind", "GOVERNMENT_AGENCY") + 1);
        assertThat(count(after, "organisationsByKind", "ENTERPRISE")).isEqualTo(count(before, "organisationsByKind", "ENTERPRISE"));
        // With a party, only its own participants: the NGO, which has no size band and leaves the MSME share alone.
        assertThat(count(after, "agreementsByKind", "NGO")).isEqualTo(count(before, "agreementsByKind", "NGO") + 1);
        assertThat(count(after, "agreementsByKind", "ENTERPRISE")).isEqualTo(count(before, "agreementsByKind", "ENTERPRISE"));
        assertThat(after.getList("agreementsBySizeBand.count", Long.class)).isEqualTo(before.getList("agreementsBySizeBand.count", Long.class));
        assertThat(after.getDouble("msmeShare")).isEqualTo(before.getDouble("msmeShare"));
        assertThat(after.getList("organisationsByKind.code")).containsExactly("ENTERPRISE", "UNIVERSITY", "RESEARCH_INSTITUTE",
                "GOVERNMENT_AGENCY", "INDUSTRY_ASSOCIATION", "NGO");
        assertThat(given().header("Accept-Language", "zh").get("/api/v1/matchmaking/stats").then().statusCode(200).extract()
                .jsonPath().getString("organisationsByKind.find { it.code == 'UNIVERSITY' }.label")).isEqualTo("大学");
    }

    private static JsonPath stats(String party) {
        return given().queryParam("party", party).get("/api/v1/matchmaking/stats").then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath stats, String list, String code) {
        return stats.getList(list + ".findAll { it.code == '" + code + "' }.count", Long.class).stream().findFirst().orElse(0L);
    }
}
