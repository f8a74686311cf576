package org.acde.e2e.journeys;

import static org.acde.e2e.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.e2e.Api;
import org.acde.e2e.Refusal;
import org.acde.e2e.SystemTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * A partner system's journey through the gateway, with real tokens: two enterprise platforms, one in Malaysia and
 * one in China, register an enterprise each and publish complementary opportunities; the Chinese side finds the
 * Malaysian offer among its explained matches, expresses interest, the Malaysian side accepts, and only then do both
 * see each other's contact; they record the agreement, which the public statistics and the gateway's party overview
 * count. Every step is also tried by callers who must be refused. The same, beyond enterprises, for a university.
 */
@SystemTest
class PartnerSystemJourneyIT {

    private final Journey journey = new Journey("partner system");
    private final Api malaysia = Api.as("partner-my-demo");
    private final Api china = Api.as("partner-cn-demo");
    /** China's agency sees Chinese enterprises and their interests, but acts for none of them. */
    private final Api chineseAgency = Api.as("agency-cn-demo");
    /** Takes no part in the deal. */
    private final Api thailand = Api.as("agency-th-demo");
    private final Api anyone = Api.anonymous();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String malaysianEmail = "partnering-" + tag + "@penang-photonics.example.my";
    private final String chineseEmail = "bd-" + tag + "@shenzhen-qubit.example.cn";

    private JsonPath statsBefore;
    private JsonPath malaysianStatsBefore;
    private JsonPath overviewBefore;
    private String malaysianEnterprise;
    private String chineseEnterprise;
    private String offer;
    private String request;
    private String interest;
    private String university;

    @Test
    void twoEnterprisesFindEachOtherAgreeAndTheStatisticsCountIt() {
        journey.step("the statistics before", this::statisticsBefore);
        journey.step("register an enterprise on each side", this::registerEnterprises);
        journey.step("publish a technology offer (MY) and a technology request (CN)", this::publishOpportunities);
        journey.step("the request's matches explain the offer, factor by factor", this::matchesWithExplanation);
        journey.step("express interest in the offer", this::expressInterest);
        journey.step("no contact is revealed before acceptance", this::contactsHiddenBeforeAcceptance);
        journey.step("the offer's owner accepts", this::accept);
        journey.step("both sides see each other's contact, nobody else", this::contactsRevealedToBothSides);
        journey.step("record the signed agreement", this::recordAgreement);
        journey.step("the statistics and the party overview count it", this::statisticsCountTheAgreement);
        journey.done();
    }

    /**
     * Beyond enterprises: Malaysia's platform registers a university, which posts a research-cooperation request; a
     * Chinese enterprise (registered on the deprecated enterprises' path, as partners still do) offers research
     * cooperation, is among the university's matches, expresses interest, and once the university accepts, the two
     * read each other's contact. The statistics and the party overview count the university by its kind.
     */
    @Test
    void aUniversityAndAnEnterpriseCooperateOnResearch() {
        Journey research = new Journey("partner system: organisations of every kind");
        research.step("the statistics before", this::statisticsBefore);
        research.step("register a university (MY) and an enterprise (CN)", this::registerUniversity);
        research.step("publish research cooperation on both sides; the university's matches explain the enterprise's",
                this::researchMatches);
        research.step("the enterprise expresses interest; the university accepts; contacts are exchanged", this::researchInterest);
        research.step("the statistics and the party overview count the university by kind", this::statisticsCountTheUniversity);
        research.done();
    }

    private void registerUniversity() {
        Map<String, Object> body = json("kind", "UNIVERSITY", "name", "Penang Institute of Technology " + tag, "party", "MY",
                "sectors", List.of("P", "M"), "languages", List.of("ms", "en"),
                "description", "Photonics and quantum laboratories open to joint research.",
                "contact", json("person", "Dr Tan Mei Ling", "email", malaysianEmail));
        Map<String, Object> withSize = new java.util.HashMap<>(body);
        withSize.put("sizeBand", "SMALL");
        malaysia.post("/api/v1/organisations", withSize).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sizeBand")); // a size band is for enterprises only
        Refusal.of("POST", "/api/v1/organisations", body)
                .needsAValidToken(malaysia)
                .refusedTo(china, 403); // a Chinese platform registers Chinese organisations only
        university = malaysia.post("/api/v1/organisations", body).then().statusCode(201).body("kind", is("UNIVERSITY"))
                .body("contact.email", is(malaysianEmail)).extract().path("id");
        Refusal.of("GET", "/api/v1/organisations/" + university).needsAValidToken(malaysia).refusedTo(china, 404);
        malaysia.get("/api/v1/organisations?kind=UNIVERSITY").then().statusCode(200).body("items.id", hasItem(university));
        // The enterprises' path answers as before: the university is no enterprise.
        malaysia.get("/api/v1/enterprises/" + university).then().statusCode(404);
        Refusal.unknownQueryParameter(malaysia, "/api/v1/organisations");

        chineseEnterprise = china.create("/api/v1/enterprises", enterprise("Shenzhen Qubit Devices " + tag, "CN", "MEDIUM",
                210, List.of("zh", "en"), "Packaging lines for quantum and photonic chips.",
                json("person", "Li Wei", "email", chineseEmail)));
        china.get("/api/v1/organisations/" + chineseEnterprise).then().statusCode(200).body("kind", is("ENTERPRISE"));
    }

    private void researchMatches() {
        Map<String, Object> requestBody = opportunity(university, "RESEARCH_COOPERATION",
                "Joint research on quantum key distribution over photonic chips " + tag, List.of(),
                List.of("RESEARCH_COOPERATION"), "LAB_TESTED");
        Refusal.of("POST", "/api/v1/opportunities", requestBody)
                .needsAValidToken(malaysia)
                .refusedTo(china, 422); // not an organisation it can see
        request = malaysia.create("/api/v1/opportunities", requestBody);
        malaysia.transition("/api/v1/opportunities/" + request, "PUBLISHED").then().statusCode(200);
        anyone.get("/api/v1/opportunities/" + request).then().statusCode(200).body("organisationKind", is("UNIVERSITY"))
                .body("enterpriseId", nullValue()).body("sizeBand", nullValue());

        offer = china.create("/api/v1/opportunities", opportunity(chineseEnterprise, "RESEARCH_COOPERATION",
                "Research partner for photonic chip packaging " + tag, List.of("MY", "SG"), List.of("RESEARCH_COOPERATION"),
                "PROTOTYPE"));
        china.transition("/api/v1/opportunities/" + offer, "PUBLISHED").then().statusCode(200);

        JsonPath matches = anyone.get("/api/v1/opportunities/" + request + "/matches?limit=100").then().statusCode(200)
                .extract().jsonPath();
        assertThat(matches.getList("items.opportunity.id")).contains(offer);
        String msme = matches.getString("items.find { it.opportunity.id == '" + offer + "' }.factors.find { it.factor == 'MSME' }.detail");
        assertThat(msme).startsWith("no size band and MEDIUM");
    }

    private void researchInterest() {
        Map<String, Object> body = json("opportunityId", request, "enterpriseId", chineseEnterprise, "fromOpportunityId", offer,
                "partnershipType", "RESEARCH_COOPERATION", "message", "We would like to package your QKD chips in a joint project.");
        interest = china.post("/api/v1/interests", body).then().statusCode(201).body("opportunityContact", nullValue())
                .extract().path("id");
        china.get("/api/v1/organisations/" + university).then().statusCode(404);
        Map<String, Object> accept = json("to", "ACCEPTED", "reason", "A joint proposal is worth writing");
        Refusal.of("POST", "/api/v1/interests/" + interest + "/transitions", accept)
                .needsAValidToken(malaysia)
                .refusedTo(china, 403)
                .refusedTo(thailand, 404);
        malaysia.post("/api/v1/interests/" + interest + "/transitions", accept).then().statusCode(200)
                .body("enterpriseContact.email", is(chineseEmail));
        china.get("/api/v1/interests/" + interest).then().statusCode(200).body("opportunityContact.email", is(malaysianEmail));
        china.get("/api/v1/organisations/" + university).then().statusCode(200).body("kind", is("UNIVERSITY"))
                .body("contact.email", is(malaysianEmail));
        thailand.get("/api/v1/organisations/" + university).then().statusCode(404);
    }

    private void statisticsCountTheUniversity() {
        JsonPath malaysian = anyone.get("/api/v1/matchmaking/stats?party=MY").then().statusCode(200).extract().jsonPath();
        assertThat(kindCount(malaysian, "UNIVERSITY")).isEqualTo(kindCount(malaysianStatsBefore, "UNIVERSITY") + 1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath overview = anyone.get("/api/v1/parties/MY/overview").then().statusCode(200)
                    .body("matchmaking.available", is(true)).extract().jsonPath();
            assertThat(overview.getLong("matchmaking.organisations"))
                    .isEqualTo(overviewBefore.getLong("matchmaking.organisations") + 1);
            assertThat(kindCount(overview, "UNIVERSITY", "matchmaking.organisationsByKind"))
                    .isEqualTo(kindCount(overviewBefore, "UNIVERSITY", "matchmaking.organisationsByKind") + 1);
        });
    }

    private static long kindCount(JsonPath stats, String kind) {
        return kindCount(stats, kind, "organisationsByKind");
    }

    private static long kindCount(JsonPath stats, String kind, String list) {
        Object count = stats.get(list + ".find { it.code == '" + kind + "' }.count");
        return count == null ? 0 : ((Number) count).longValue();
    }

    private void statisticsBefore() {
        statsBefore = anyone.get("/api/v1/matchmaking/stats").then().statusCode(200).extract().jsonPath();
        malaysianStatsBefore = anyone.get("/api/v1/matchmaking/stats?party=MY").then().statusCode(200).extract().jsonPath();
        overviewBefore = Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                () -> anyone.get("/api/v1/parties/MY/overview").then().statusCode(200).extract().jsonPath(),
                overview -> overview.getBoolean("matchmaking.available"));
    }

    private void registerEnterprises() {
        Map<String, Object> malaysian = enterprise("Penang Photonics " + tag, "MY", "SMALL", 38, List.of("ms", "en", "zh"),
                "Silicon photonics and quantum-safe key distribution modules for data centres.",
                json("person", "Aisyah Rahman", "email", malaysianEmail, "phone", "+60 4 646 2000"));
        Refusal.of("POST", "/api/v1/enterprises", malaysian)
                .needsAValidToken(malaysia)
                .refusedTo(china, 403); // a Chinese platform registers Chinese enterprises only
        malaysianEnterprise = malaysia.post("/api/v1/enterprises", malaysian).then().statusCode(201)
                .body("party", is("MY")).body("contact.email", is(malaysianEmail)).body("verified", is(false))
                .extract().path("id");

        chineseEnterprise = china.create("/api/v1/enterprises", enterprise("Shenzhen Qubit Devices " + tag, "CN", "MEDIUM",
                210, List.of("zh", "en"), "Packaging lines for quantum and photonic chips.",
                json("person", "Li Wei", "email", chineseEmail)));

        // Enterprises are never public, and a platform sees only its own.
        Refusal.of("GET", "/api/v1/enterprises/" + malaysianEnterprise).needsAValidToken(malaysia).refusedTo(china, 404);
        malaysia.get("/api/v1/enterprises").then().statusCode(200).body("items.id", hasItem(malaysianEnterprise))
                .body("items.id", not(hasItem(chineseEnterprise)));
        Refusal.unknownQueryParameter(malaysia, "/api/v1/enterprises");
    }

    private void publishOpportunities() {
        Map<String, Object> offerBody = opportunity(malaysianEnterprise, "TECHNOLOGY_OFFER",
                "Quantum-safe key distribution modules for data centres " + tag, List.of("CN", "SG"),
                List.of("LICENSING", "MANUFACTURING"), "PROTOTYPE");
        Refusal.of("POST", "/api/v1/opportunities", offerBody)
                .needsAValidToken(malaysia)
                .refusedTo(china, 422)          // not an enterprise it can see
                .refusedTo(chineseAgency, 422);
        offer = malaysia.create("/api/v1/opportunities", offerBody);
        malaysia.get("/api/v1/opportunities/" + offer).then().statusCode(200).body("status", is("DRAFT"))
                .body("enterpriseName", is("Penang Photonics " + tag));

        // A draft is the owner's side's only: to anyone else it does not exist.
        anyone.get("/api/v1/opportunities/" + offer).then().statusCode(404);
        Refusal.of("POST", "/api/v1/opportunities/" + offer + "/transitions", json("to", "PUBLISHED", "reason", "hostile"))
                .needsAValidToken(malaysia)
                .refusedTo(china, 404)
                .refusedTo(thailand, 404);
        malaysia.transition("/api/v1/opportunities/" + offer, "PUBLISHED").then().statusCode(200).body("status", is("PUBLISHED"));

        request = china.create("/api/v1/opportunities", opportunity(chineseEnterprise, "TECHNOLOGY_REQUEST",
                "Key distribution modules for a quantum chip packaging line " + tag, List.of("MY", "SG", "TH"),
                List.of("LICENSING", "TECHNICAL_COOPERATION"), "MARKET_READY"));
        china.transition("/api/v1/opportunities/" + request, "PUBLISHED").then().statusCode(200);

        // Published: public, anonymised.
        anyone.get("/api/v1/opportunities/" + offer).then().statusCode(200).body("party", is("MY"))
                .body("enterpriseId", nullValue()).body("enterpriseName", nullValue()).body(not(containsString(malaysianEmail)));
        Refusal.unknownQueryParameter(anyone, "/api/v1/opportunities");
    }

    private void matchesWithExplanation() {
        String matches = "/api/v1/opportunities/" + request + "/matches?limit=100";
        JsonPath list = china.get(matches).then().statusCode(200)
                .body("opportunityId", is(request)).body("matchedType", is("TECHNOLOGY_OFFER")).extract().jsonPath();
        String match = "items.find { it.opportunity.id == '" + offer + "' }";
        assertThat(list.getMap(match)).as("the Malaysian offer among the matches of the Chinese request").isNotNull();

        List<Map<String, Object>> factors = list.getList(match + ".factors");
        assertThat(factors).extracting(f -> f.get("factor")).containsExactlyInAnyOrder("TECHNOLOGY", "SECTOR",
                "TARGET_PARTY", "CROSS_BORDER", "MSME", "LANGUAGE", "FRESHNESS");
        double sum = 0;
        double weights = 0;
        for (Map<String, Object> factor : factors) {
            double weight = ((Number) factor.get("weight")).doubleValue();
            double value = ((Number) factor.get("value")).doubleValue();
            double contribution = ((Number) factor.get("contribution")).doubleValue();
            assertThat(contribution).as("contribution of %s", factor.get("factor")).isCloseTo(weight * value, within(1e-3));
            assertThat((String) factor.get("detail")).as("detail of %s", factor.get("factor")).isNotBlank();
            sum += contribution;
            weights += weight;
        }
        assertThat(weights).isCloseTo(1.0, within(1e-3));
        assertThat(sum).as("the contributions add up to the score").isCloseTo(list.getDouble(match + ".score"), within(1e-3));
        assertThat(factorValue(factors, "TECHNOLOGY")).as("the same technologies").isEqualTo(1.0);
        assertThat(factorValue(factors, "CROSS_BORDER")).as("ASEAN-China").isEqualTo(1.0);
        assertThat(factorValue(factors, "TARGET_PARTY")).as("each seeks the other's party").isEqualTo(1.0);
        assertThat(list.getString(match + ".opportunity.party")).isEqualTo("MY");
        assertThat(list.getString(match + ".opportunity.enterpriseName")).as("anonymised before any acceptance").isNull();
        assertThat(list.getString(match + ".opportunity.enterpriseId")).isNull();

        // Matches of a published opportunity are public; a token that is not valid is refused even there.
        anyone.get(matches).then().statusCode(200).body("items.opportunity.id", hasItem(offer))
                .body(not(containsString(malaysianEmail)));
        Refusal.of("GET", matches).refusedWithInvalidToken(china);
    }

    private void expressInterest() {
        Map<String, Object> body = json("opportunityId", offer, "enterpriseId", chineseEnterprise, "fromOpportunityId", request,
                "message", "We would like to license your modules for our packaging line in Shenzhen.",
                "partnershipType", "LICENSING");
        Refusal.of("POST", "/api/v1/interests", body)
                .needsAValidToken(china)
                .refusedTo(chineseAgency, 403)  // sees the Chinese enterprise, but only its owner speaks for it
                .refusedTo(malaysia, 422);      // not an enterprise Malaysia can see
        Refusal.of("POST", "/api/v1/interests", json("opportunityId", offer, "enterpriseId", malaysianEnterprise,
                "message", "Our own offer.", "partnershipType", "LICENSING")).refusedTo(malaysia, 422);

        interest = china.post("/api/v1/interests", body).then().statusCode(201).body("status", is("SUBMITTED"))
                .body("opportunityParty", is("MY")).body("enterpriseParty", is("CN")).extract().path("id");
        Refusal.of("POST", "/api/v1/interests", body).refusedTo(china, 409); // one pending interest per opportunity
        Refusal.unknownQueryParameter(china, "/api/v1/interests");
    }

    private void contactsHiddenBeforeAcceptance() {
        china.get("/api/v1/interests/" + interest).then().statusCode(200).body("opportunityContact", nullValue())
                .body(not(containsString(malaysianEmail)));
        malaysia.get("/api/v1/interests/" + interest).then().statusCode(200).body("enterpriseContact", nullValue())
                .body(not(containsString(chineseEmail)));
        china.get("/api/v1/enterprises/" + malaysianEnterprise).then().statusCode(404);
        malaysia.get("/api/v1/enterprises/" + chineseEnterprise).then().statusCode(404);
        china.get("/api/v1/opportunities/" + offer).then().statusCode(200).body("enterpriseName", nullValue());
    }

    private void accept() {
        Map<String, Object> accept = json("to", "ACCEPTED", "reason", "Licensing talks agreed");
        Refusal.of("POST", "/api/v1/interests/" + interest + "/transitions", accept)
                .needsAValidToken(malaysia)
                .refusedTo(china, 403)         // the interested side does not decide
                .refusedTo(chineseAgency, 403)
                .refusedTo(thailand, 404);     // not a side, not its party: does not see the interest
        malaysia.post("/api/v1/interests/" + interest + "/transitions", accept).then().statusCode(200)
                .body("status", is("ACCEPTED"));
    }

    private void contactsRevealedToBothSides() {
        china.get("/api/v1/interests/" + interest).then().statusCode(200)
                .body("opportunityContact.email", is(malaysianEmail)).body("opportunityContact.person", is("Aisyah Rahman"));
        malaysia.get("/api/v1/interests/" + interest).then().statusCode(200)
                .body("enterpriseContact.email", is(chineseEmail));
        china.get("/api/v1/enterprises/" + malaysianEnterprise).then().statusCode(200).body("contact.email", is(malaysianEmail));
        china.get("/api/v1/opportunities/" + offer).then().statusCode(200).body("enterpriseName", is("Penang Photonics " + tag));

        thailand.get("/api/v1/interests/" + interest).then().statusCode(404);
        thailand.get("/api/v1/enterprises/" + malaysianEnterprise).then().statusCode(404);
        anyone.get("/api/v1/opportunities/" + offer).then().statusCode(200).body("enterpriseName", nullValue())
                .body(not(containsString(malaysianEmail)));
    }

    private void recordAgreement() {
        // Read now, not when the test began: the date lies between the acceptance and today (UTC).
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> signed = json("to", "AGREEMENT_SIGNED", "reason", "Licence signed in Kuala Lumpur",
                "agreementType", "LICENSING", "agreementDate", today);
        Refusal.of("POST", "/api/v1/interests/" + interest + "/transitions", signed)
                .needsAValidToken(china)
                .refusedTo(chineseAgency, 403) // not a side of the interest
                .refusedTo(thailand, 404);
        china.post("/api/v1/interests/" + interest + "/transitions", signed).then().statusCode(200)
                .body("status", is("AGREEMENT_SIGNED")).body("agreementType", is("LICENSING")).body("agreementDate", is(today));
        malaysia.get("/api/v1/interests/" + interest).then().statusCode(200).body("status", is("AGREEMENT_SIGNED"));
    }

    private void statisticsCountTheAgreement() {
        JsonPath stats = anyone.get("/api/v1/matchmaking/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getLong("agreementsSigned")).isEqualTo(statsBefore.getLong("agreementsSigned") + 1);
        assertThat(pairCount(stats, "CN", "MY")).isEqualTo(pairCount(statsBefore, "CN", "MY") + 1);
        assertThat(stats.getDouble("msmeShare")).isGreaterThan(0);

        String malaysianStats = anyone.get("/api/v1/matchmaking/stats?party=MY").then().statusCode(200).body("party", is("MY"))
                .extract().asString();
        JsonPath malaysian = new JsonPath(malaysianStats);
        assertThat(malaysian.getLong("agreementsSigned")).isEqualTo(malaysianStatsBefore.getLong("agreementsSigned") + 1);
        assertThat(malaysian.getLong("openOpportunities")).isGreaterThanOrEqualTo(1);
        assertThat(malaysianStats).as("statistics name nobody").doesNotContain(malaysianEmail, "Penang Photonics");

        // The overview asks the three services with short deadlines; on a loaded machine a section may come back
        // unavailable once, so it is read until matchmaking's section is there (and must then count the agreement).
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath overview = anyone.get("/api/v1/parties/MY/overview").then().statusCode(200).body("party", is("MY"))
                    .body("matchmaking.available", is(true)).extract().jsonPath();
            assertThat(overview.getLong("matchmaking.agreementsSigned"))
                    .isEqualTo(overviewBefore.getLong("matchmaking.agreementsSigned") + 1);
            assertThat(overview.getLong("matchmaking.openOpportunities")).isGreaterThanOrEqualTo(1);
        });
        Refusal.of("GET", "/api/v1/parties/MY/overview").refusedWithInvalidToken(malaysia);
    }

    private static Map<String, Object> enterprise(String name, String party, String size, int employees, List<String> languages,
            String description, Map<String, Object> contact) {
        return json("name", name, "party", party, "sizeBand", size,
                "sizeBasis", json("employees", employees, "definition", party + " national SME definition"),
                "sectors", List.of("C", "J"), "languages", languages, "description", description, "contact", contact);
    }

    private static Map<String, Object> opportunity(String enterprise, String type, String title, List<String> targetParties,
            List<String> partnershipTypes, String stage) {
        return json("enterpriseId", enterprise, "type", type, "title", title,
                "summary", "Quantum-safe key distribution for data centre interconnects, built on silicon photonics.",
                "technologies", List.of("QUANTUM", "SEMICONDUCTORS", "DATA_PROTECTION"), "keywords", List.of("qkd", "photonics"),
                "sectors", List.of("C", "J"), "targetParties", targetParties, "partnershipTypes", partnershipTypes,
                "stage", stage, "measure", "III",
                "expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(120).toString());
    }

    private static double factorValue(List<Map<String, Object>> factors, String name) {
        return factors.stream().filter(f -> name.equals(f.get("factor"))).map(f -> ((Number) f.get("value")).doubleValue())
                .findFirst().orElseThrow();
    }

    private static long pairCount(JsonPath stats, String first, String second) {
        Object count = stats.get("agreementsByPartyPair.find { it.first == '" + first + "' && it.second == '" + second + "' }.count");
        return count == null ? 0 : ((Number) count).longValue();
    }
}
