package org.acde.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.acde.e2e.fuzz.Contract;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The OWASP API Security Top 10 (2023), one or more tests per item, against the whole stack through the gateway.
 * Broken authentication (API2) is also covered by {@link IdentityIT} (tampered, foreign-key, alg none, other realm,
 * expired tokens); this class adds the wrong audience and tokens outside the Authorization header.
 */
@SystemTest
class OwaspApiTop10IT {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String token(String client) {
        return Keycloak.token(client);
    }

    private static Map<String, Object> initiative(String lead, String tag) {
        return new HashMap<>(Map.of("title", "OWASP check " + tag, "summary", "Security suite initiative.", "measure", "V",
                "leadParty", lead, "participatingParties", List.of(lead), "tags", List.of(tag)));
    }

    private static String proposed(String agency, String lead, String tag) {
        return given().auth().oauth2(token(agency)).contentType(ContentType.JSON).body(initiative(lead, tag))
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    /** A program of {@code partner}'s party, published, with one open cohort; returns the cohort's id. */
    private static String openCohort(String partner, String party) {
        String token = token(partner);
        Map<String, Object> program = Map.of("title", "Secure coding " + unique(), "description", "OWASP suite program.",
                "measure", "VI", "topics", List.of("CYBERSECURITY"), "audiences", List.of("TECHNICIANS"),
                "providerParty", party, "providerOrganisation", "Cyber Academy", "delivery", "ONLINE", "languages", List.of("en"));
        String programId = given().auth().oauth2(token).contentType(ContentType.JSON).body(program).post("/api/v1/programs")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", "PUBLISHED", "reason", "suite"))
                .post("/api/v1/programs/" + programId + "/transitions").then().statusCode(200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        Map<String, Object> cohort = Map.of("startDate", start.toString(), "endDate", start.plusDays(2).toString(),
                "enrolmentOpens", now.minus(1, ChronoUnit.HOURS).toString(), "enrolmentCloses", now.plus(3, ChronoUnit.DAYS).toString(),
                "timeZone", "Asia/Kuala_Lumpur", "place", "Online", "seats", 5, "quotas", List.of(),
                "completion", Map.of("minAttendancePercent", 80, "passMark", 60));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(cohort)
                .post("/api/v1/programs/" + programId + "/cohorts").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> participant(String party, String email) {
        return Map.of("participant", Map.of("name", "Participant " + unique(), "email", email, "party", party,
                "organisationType", "GOVERNMENT", "sex", "F", "consent", true));
    }

    /**
     * A confidential client made straight in Keycloak, bypassing the platform's onboarding: no role, and with or
     * without the audience mapper that makes tokens acceptable to the platform.
     */
    private static String foreignClientToken(boolean platformAudience) {
        String clientId = "raw-" + unique();
        Map<String, Object> client = new HashMap<>(Map.of("clientId", clientId, "secret", clientId + "-secret",
                "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false));
        if (platformAudience) {
            client.put("protocolMappers", List.of(Map.of("name", "aud", "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.custom.audience", "acde-api", "access.token.claim", "true"))));
        }
        given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(Keycloak.admin()).contentType(ContentType.JSON)
                .body(client).post("/admin/realms/acde/clients").then().statusCode(201);
        return Keycloak.token(clientId, clientId + "-secret");
    }


    /** An enterprise of {@code party} registered by {@code client}, with a private contact; returns its id. */
    private static String enterprise(String client, String party, String email) {
        Map<String, Object> body = Map.of("name", "Enterprise " + unique(), "party", party, "sizeBand", "SMALL",
                "sizeBasis", Map.of("employees", 30, "definition", "national definition"), "sectors", List.of("J"),
                "languages", List.of("en"), "description", "OWASP suite enterprise.",
                "contact", Map.of("person", "Contact " + unique(), "email", email));
        return given().auth().oauth2(token(client)).contentType(ContentType.JSON).body(body).post("/api/v1/enterprises")
                .then().statusCode(201).extract().path("id");
    }

    /** A published opportunity of the enterprise; returns its id. */
    private static String publishedOpportunity(String client, String enterpriseId, String type) {
        Map<String, Object> body = new HashMap<>(Map.of("enterpriseId", enterpriseId, "type", type,
                "title", "Cyber range " + unique(), "summary", "OWASP suite opportunity.",
                "technologies", List.of("CYBERSECURITY"), "sectors", List.of("J"),
                "partnershipTypes", List.of("TECHNICAL_COOPERATION"), "stage", "MARKET_READY", "measure", "V",
                "expiresOn", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString()));
        String token = token(client);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/opportunities")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", "PUBLISHED", "reason", "suite"))
                .post("/api/v1/opportunities/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    private static Response interest(String client, String opportunityId, String enterpriseId) {
        return given().auth().oauth2(token(client)).contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunityId, "enterpriseId", enterpriseId, "message", "Let us talk.",
                        "partnershipType", "TECHNICAL_COOPERATION"))
                .post("/api/v1/interests");
    }

    // --- API1 Broken object level authorisation ---

    @Test
    void api1AnotherPartysObjectsCanBeNeitherReadNorChanged() {
        String tag = "bola" + unique();
        String id = proposed("agency-vn-demo", "VN", tag);
        Response own = given().auth().oauth2(token("agency-vn-demo")).get("/api/v1/initiatives/" + id);
        own.then().statusCode(200);
        String etag = own.header("ETag");
        String thai = token("agency-th-demo");

        // A proposal is visible only to its parties: to others it does not exist.
        given().auth().oauth2(thai).get("/api/v1/initiatives/" + id).then().statusCode(404);
        given().auth().oauth2(thai).header("If-Match", etag).contentType(ContentType.JSON).body(initiative("VN", tag))
                .put("/api/v1/initiatives/" + id).then().statusCode(oneOf(403, 404)).contentType("application/problem+json");
        given().auth().oauth2(thai).contentType(ContentType.JSON).body(Map.of("to", "CANCELLED", "reason", "hostile"))
                .post("/api/v1/initiatives/" + id + "/transitions").then().statusCode(oneOf(403, 404));
        given().auth().oauth2(thai).header("If-Match", etag).delete("/api/v1/initiatives/" + id).then().statusCode(oneOf(403, 404));
        given().auth().oauth2(thai).queryParam("tag", tag).get("/api/v1/initiatives").then().statusCode(200).body("total", is(0));

        given().auth().oauth2(token("agency-vn-demo")).get("/api/v1/initiatives/" + id).then().statusCode(200)
                .header("ETag", etag).body("status", is("PROPOSED"));
    }

    @Test
    void api1AParticipantsPersonalDataReachesOnlyThoseEntitled() {
        String cohort = openCohort("partner-my-demo", "MY");
        String email = "vn-" + unique() + "@example.org";
        String enrolment = given().auth().oauth2(token("agency-vn-demo")).contentType(ContentType.JSON)
                .body(participant("VN", email)).post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(201)
                .extract().path("id");

        given().auth().oauth2(token("agency-vn-demo")).get("/api/v1/enrolments/" + enrolment).then().statusCode(200)
                .body("email", is(email));
        given().auth().oauth2(token("partner-my-demo")).get("/api/v1/enrolments/" + enrolment).then().statusCode(200)
                .body("email", is(email));
        given().auth().oauth2(token("agency-th-demo")).get("/api/v1/enrolments/" + enrolment).then().statusCode(404);
        given().auth().oauth2(token("agency-th-demo")).contentType(ContentType.JSON)
                .body(Map.of("to", "WITHDRAWN", "reason", "hostile"))
                .post("/api/v1/enrolments/" + enrolment + "/transitions").then().statusCode(oneOf(403, 404));
        String others = given().auth().oauth2(token("agency-cn-demo")).get("/api/v1/cohorts/" + cohort + "/enrolments")
                .then().statusCode(oneOf(200, 403)).extract().asString();
        assertThat(others).doesNotContain(email);
        given().get("/api/v1/enrolments/" + enrolment).then().statusCode(401);
    }

    @Test
    void api1ContactsAreRevealedOnlyByAnAcceptedInterestAndOnlyToItsTwoSides() {
        String myEmail = "my-" + unique() + "@example.org";
        String cnEmail = "cn-" + unique() + "@example.org";
        String malaysian = enterprise("partner-my-demo", "MY", myEmail);
        String chinese = enterprise("partner-cn-demo", "CN", cnEmail);
        String offer = publishedOpportunity("partner-my-demo", malaysian, "TECHNOLOGY_OFFER");

        // Another party's client can neither see the contact nor change, verify or act for the enterprise.
        given().auth().oauth2(token("partner-cn-demo")).get("/api/v1/enterprises/" + malaysian).then()
                .statusCode(oneOf(200, 404)).body(not(containsString(myEmail)));
        given().auth().oauth2(token("agency-th-demo")).contentType(ContentType.JSON).body(Map.of("verified", true))
                .post("/api/v1/enterprises/" + malaysian + "/verification").then().statusCode(oneOf(403, 404));
        interest("partner-cn-demo", offer, malaysian).then().statusCode(oneOf(403, 404, 422));
        given().auth().oauth2(token("partner-cn-demo")).contentType(ContentType.JSON).body(Map.of("to", "WITHDRAWN", "reason", "x"))
                .post("/api/v1/opportunities/" + offer + "/transitions").then().statusCode(oneOf(403, 404));

        String id = interest("partner-cn-demo", offer, chinese).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("partner-cn-demo")).get("/api/v1/interests/" + id).then().statusCode(200)
                .body(not(containsString(myEmail)));
        // Only the opportunity's side decides, and outsiders do not even see the interest.
        given().auth().oauth2(token("partner-cn-demo")).contentType(ContentType.JSON).body(Map.of("to", "ACCEPTED", "reason", "self"))
                .post("/api/v1/interests/" + id + "/transitions").then().statusCode(oneOf(403, 404, 409));
        given().auth().oauth2(token("agency-th-demo")).get("/api/v1/interests/" + id).then().statusCode(oneOf(403, 404));
        given().auth().oauth2(token("partner-my-demo")).contentType(ContentType.JSON).body(Map.of("to", "ACCEPTED", "reason", "ok"))
                .post("/api/v1/interests/" + id + "/transitions").then().statusCode(200);

        given().auth().oauth2(token("partner-cn-demo")).get("/api/v1/interests/" + id).then().statusCode(200)
                .body("opportunityContact.email", is(myEmail));
        given().auth().oauth2(token("partner-my-demo")).get("/api/v1/interests/" + id).then().statusCode(200)
                .body("enterpriseContact.email", is(cnEmail));
        given().auth().oauth2(token("agency-th-demo")).get("/api/v1/enterprises/" + malaysian).then()
                .statusCode(oneOf(200, 404)).body(not(containsString(myEmail)));
        given().get("/api/v1/opportunities/" + offer).then().statusCode(200).body("enterpriseName", nullValue())
                .body("enterpriseId", nullValue()).body(not(containsString(myEmail)));
    }

    @Test
    void api6AnEnterpriseCannotSpamInterests() {
        String chinese = enterprise("partner-cn-demo", "CN", "spam-" + unique() + "@example.org");
        String malaysian = enterprise("partner-my-demo", "MY", "target-" + unique() + "@example.org");
        List<String> offers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            offers.add(publishedOpportunity("partner-my-demo", malaysian, "TECHNOLOGY_OFFER"));
        }
        interest("partner-cn-demo", offers.get(0), chinese).then().statusCode(201);
        interest("partner-cn-demo", offers.get(0), chinese).then().statusCode(409).contentType("application/problem+json");
        for (int i = 1; i < 20; i++) {
            interest("partner-cn-demo", offers.get(i), chinese).then().statusCode(201);
        }
        interest("partner-cn-demo", offers.get(20), chinese).then().statusCode(oneOf(409, 422, 429))
                .contentType("application/problem+json");
        given().auth().oauth2(token("partner-cn-demo")).queryParam("enterpriseId", chinese).queryParam("status", "SUBMITTED")
                .get("/api/v1/interests").then().statusCode(200).body("total", is(20));
    }

    // --- API2 Broken authentication ---

    @Test
    void api2TokensMeantForAnotherAudienceOrCarriedOutsideTheHeaderAreRefused() {
        String foreign = foreignClientToken(false);
        for (String base : List.of(Stack.GATEWAY_URL, Stack.serviceUrl("initiatives-service"))) {
            given().baseUri(base).auth().oauth2(foreign).contentType(ContentType.JSON).body(initiative("VN", "aud"))
                    .post("/api/v1/initiatives").then().statusCode(401).contentType("application/problem+json");
        }
        String valid = token("agency-vn-demo");
        given().queryParam("access_token", valid).contentType(ContentType.JSON).body(initiative("VN", "query"))
                .post("/api/v1/initiatives").then().statusCode(401);
        given().cookie("q_session", valid).contentType(ContentType.JSON).body(initiative("VN", "cookie"))
                .post("/api/v1/initiatives").then().statusCode(401);
        given().header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("agency-vn-demo:agency-vn-demo-dev-secret".getBytes(StandardCharsets.UTF_8)))
                .contentType(ContentType.JSON).body(initiative("VN", "basic")).post("/api/v1/initiatives").then().statusCode(401);
    }

    // --- API3 Broken object property level authorisation ---

    @Test
    void api3ServerOwnedFieldsInARequestAreRefusedAndNothingIsWritten() {
        String tag = "prop" + unique();
        String agency = token("agency-vn-demo");
        Map<String, Object> forged = Map.of("status", "ACTIVE", "code", "ACI-2020-0001", "id", UUID.randomUUID().toString(),
                "createdBy", "secretariat-demo", "version", 7, "endorsedAt", "2025-01-01T00:00:00Z");
        for (Map.Entry<String, Object> field : forged.entrySet()) {
            Map<String, Object> body = initiative("VN", tag);
            body.put(field.getKey(), field.getValue());
            given().auth().oauth2(agency).contentType(ContentType.JSON).body(body).post("/api/v1/initiatives").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem(field.getKey()));
        }
        given().auth().oauth2(agency).queryParam("tag", tag).get("/api/v1/initiatives").then().body("total", is(0));

        // A party that neither sent the participant nor provides the program never learns who the participant is.
        String cohort = openCohort("partner-cn-demo", "CN");
        String enrolment = given().auth().oauth2(agency).contentType(ContentType.JSON)
                .body(participant("VN", "private-" + unique() + "@example.org"))
                .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("secretariat-demo")).get("/api/v1/enrolments/" + enrolment).then().statusCode(200)
                .body("email", notNullValue());
        given().auth().oauth2(token("agency-th-demo")).get("/api/v1/cohorts/" + cohort + "/enrolments").then()
                .statusCode(oneOf(200, 403)).body(not(containsString("private-")));
    }

    // --- API4 Unrestricted resource consumption ---

    @Test
    void api4PageSizesBodiesAndRequestRatesAreBounded() {
        given().queryParam("limit", 100).get("/api/v1/initiatives").then().statusCode(200);
        given().queryParam("limit", 101).get("/api/v1/initiatives").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 100000).get("/api/v1/programs").then().statusCode(400);

        String huge = "{\"title\":\"" + "x".repeat(300 * 1024) + "\"}";
        given().auth().oauth2(token("agency-vn-demo")).contentType(ContentType.JSON).body(huge).post("/api/v1/initiatives")
                .then().statusCode(413).contentType("application/problem+json");

        String roleless = foreignClientToken(true);
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < Stack.CLIENT_RATE_LIMIT + 5 && limited == null; i++) {
            Response response = given().auth().oauth2(roleless).get("/api/v1/reference/measures");
            statuses.add(response.statusCode());
            assertThat(response.header("RateLimit-Policy")).isNotBlank();
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        assertThat(limited).as("a 429 within %d requests, got %s", Stack.CLIENT_RATE_LIMIT + 5, statuses).isNotNull();
        limited.then().contentType("application/problem+json").header("Retry-After", notNullValue())
                .header("RateLimit", notNullValue());
    }

    // --- API5 Broken function level authorisation ---

    @Test
    void api5EverySecuredOperationOfEveryContractRefusesAnonymousAndRolelessCallers() throws IOException {
        String roleless = null;
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Contract.Operation operation : Contract.allOperations()) {
            if (!operation.tokenRequired()) {
                continue;
            }
            if (checked % (Stack.CLIENT_RATE_LIMIT - 2) == 0) {
                roleless = foreignClientToken(true); // a fresh client: one client's bucket would end the sweep with 429s
            }
            String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String method = operation.method().toUpperCase();
            int anonymous = given().contentType(ContentType.JSON).body("{}").request(method, path).statusCode();
            int withoutRole = given().auth().oauth2(roleless).contentType(ContentType.JSON).body("{}").request(method, path)
                    .statusCode();
            checked++;
            if (anonymous != 401) {
                wrong.add(operation + " anonymous -> " + anonymous);
            }
            if (withoutRole != 403) {
                wrong.add(operation + " without a role -> " + withoutRole);
            }
        }
        System.out.printf("[owasp] API5: %d secured operations of the committed contracts, each sent anonymously and with a"
                + " role-less token through the gateway: %d wrong answers%n", checked, wrong.size());
        assertThat(checked).isGreaterThan(20);
        assertThat(wrong).isEmpty();
    }

    @Test
    void api5SecretariatOnlyFunctionsRefuseEveryOtherRole() {
        for (String client : List.of("agency-vn-demo", "partner-my-demo")) {
            String token = token(client);
            given().auth().oauth2(token).get("/api/v1/api-clients").then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("clientId", "escalate-" + unique(), "name", "Escalation", "role", "SECRETARIAT"))
                    .post("/api/v1/api-clients").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                    .post("/api/v1/enrolments/" + UUID.randomUUID() + "/erasure").then().statusCode(403);
        }
        // Partners may not propose initiatives: that is for agencies and the secretariat.
        given().auth().oauth2(token("partner-my-demo")).contentType(ContentType.JSON).body(initiative("MY", "partner"))
                .post("/api/v1/initiatives").then().statusCode(403);
    }

    // --- API6 Unrestricted access to sensitive business flows ---

    @Test
    void api6EnrolmentCannotBeRepeatedNorReplayedWithAnotherBody() {
        String cohort = openCohort("partner-my-demo", "MY");
        String agency = token("agency-vn-demo");
        String email = "twice-" + unique() + "@example.org";
        given().auth().oauth2(agency).contentType(ContentType.JSON).body(participant("VN", email))
                .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(agency).contentType(ContentType.JSON).body(participant("VN", email.toUpperCase()))
                    .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(409).contentType("application/problem+json");
        }
        String key = "enrol-" + unique();
        given().auth().oauth2(agency).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(participant("VN", "first-" + unique() + "@example.org")).post("/api/v1/cohorts/" + cohort + "/enrolments")
                .then().statusCode(201);
        given().auth().oauth2(agency).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(participant("VN", "second-" + unique() + "@example.org")).post("/api/v1/cohorts/" + cohort + "/enrolments")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(agency).get("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(200)
                .body("total", is(2));
    }

    // --- API7 Server-side request forgery ---

    @Test
    void api7DocumentUrlsAreStoredNeverFetched() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            AtomicInteger contacted = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket ignored = listener.accept()) {
                        contacted.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.start();
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/latest/meta-data";
            Map<String, Object> body = initiative("VN", "ssrf" + unique());
            body.put("documents", List.of(Map.of("title", "Concept note", "url", url, "category", "CONCEPT_NOTE")));
            String agency = token("agency-vn-demo");
            String id = given().auth().oauth2(agency).contentType(ContentType.JSON).body(body).post("/api/v1/initiatives")
                    .then().statusCode(201).body("documents[0].url", is(url)).extract().path("id");
            given().auth().oauth2(agency).get("/api/v1/initiatives/" + id).then().statusCode(200);
            given().auth().oauth2(agency).get("/api/v1/initiatives/" + id + "/history").then().statusCode(200);
            given().auth().oauth2(agency).queryParam("q", "OWASP").get("/api/v1/initiatives/export.csv").then().statusCode(200);
            Thread.sleep(1000);
            assertThat(contacted.get()).as("connections the platform made to the document URL").isZero();

            for (String scheme : List.of("file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://127.0.0.1/x",
                    "jar:http://127.0.0.1/x!/", "http://")) {
                body.put("documents", List.of(Map.of("title", "Concept note", "url", scheme, "category", "CONCEPT_NOTE")));
                given().auth().oauth2(agency).contentType(ContentType.JSON).body(body).post("/api/v1/initiatives").then()
                        .statusCode(400).contentType("application/problem+json");
            }
        }
    }

    // --- API8 Security misconfiguration ---

    @Test
    void api8HeadersCorsAndErrorsGiveNothingAway() {
        for (String path : List.of("/api/v1/reference/parties", "/api/v1/no-such-thing", "/q/openapi", "/")) {
            Response response = given().redirects().follow(false).get(path);
            response.then().header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", notNullValue());
            assertThat(response.header("Server")).as("Server header on " + path).satisfiesAnyOf(
                    server -> assertThat(server).isNull(), server -> assertThat(server).doesNotContainPattern("\\d"));
            assertThat(response.header("X-Powered-By")).isNull();
        }
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/initiatives").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/v1/reference/parties").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/initiatives").then().header("Access-Control-Allow-Origin", is("http://localhost:8080"));

        given().auth().oauth2(token("agency-vn-demo")).contentType(ContentType.JSON).body("{\"title\": ")
                .post("/api/v1/initiatives").then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception"))).body(not(containsString("at org.")))
                .body(not(containsString("com.fasterxml")));
        given().request("TRACE", "/api/v1/initiatives").then().statusCode(oneOf(401, 405))
                .body(not(containsString("Authorization")));
        // Quarkus's development endpoints are not part of a production build.
        given().get("/q/dev-ui").then().statusCode(404);
        given().baseUri(Stack.serviceUrl("initiatives-service")).get("/q/dev-ui").then().statusCode(404);
    }

    // --- API9 Improper inventory management ---

    @Test
    void api9EveryGatewayRouteIsInAContractAndEveryContractPathHasARoute() throws IOException {
        Properties gateway = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("acde.root", "..")).resolve(
                "gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        }
        Map<String, List<String>> prefixes = new HashMap<>();
        gateway.stringPropertyNames().stream().filter(key -> key.matches("acde\\.gateway\\.routes\\.[a-z]+\\.prefixes"))
                .forEach(key -> prefixes.put(key.split("\\.")[3], List.of(gateway.getProperty(key).split(","))));
        assertThat(prefixes).containsOnlyKeys("initiatives", "matchmaking", "capacity", "events");

        Set<String> unrouted = new TreeSet<>();
        Set<String> usedPrefixes = new LinkedHashSet<>();
        for (Contract.Operation operation : Contract.allOperations()) {
            if (operation.service().equals("gateway")) {
                continue;
            }
            String upstream = operation.service().replace("-service", "");
            prefixes.get(upstream).stream().filter(prefix -> operation.path().equals(prefix) || operation.path().startsWith(prefix + "/"))
                    .findFirst().ifPresentOrElse(usedPrefixes::add, () -> unrouted.add(operation.toString()));
        }
        System.out.printf("[owasp] API9: %d gateway prefixes against %d contract operations: %d unrouted, prefixes used %s%n",
                prefixes.values().stream().mapToInt(List::size).sum(), Contract.allOperations().size(), unrouted.size(),
                usedPrefixes);
        assertThat(unrouted).as("contract paths no gateway route reaches").isEmpty();
        Set<String> unused = new TreeSet<>();
        prefixes.values().forEach(unused::addAll);
        unused.removeAll(usedPrefixes);
        assertThat(unused).as("gateway prefixes that no contract documents").isEmpty();

        // What the services serve is what the committed contracts promise: no undocumented operation.
        for (String service : List.of("initiatives", "matchmaking", "capacity", "events")) {
            Map<String, Object> served = given().get("/openapi/" + service).then().statusCode(200).extract().jsonPath()
                    .getMap("paths");
            Set<String> live = new TreeSet<>(served.keySet());
            Set<String> committed = new TreeSet<>();
            Contract.allOperations().stream().filter(operation -> operation.service().equals(service + "-service"))
                    .forEach(operation -> committed.add(operation.path()));
            assertThat(live).as("paths served by " + service).isEqualTo(committed);
        }
        given().auth().oauth2(token("secretariat-demo")).get("/api/v2/initiatives").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token("secretariat-demo")).get("/api/v1/initiatives-internal").then().statusCode(404);
    }

    // --- API10 Unsafe consumption of APIs ---

    @Test
    void api10AnUpstreamAnsweringGarbageIsNeverPassedOnNorHangsTheGateway() throws Exception {
        String secretariat = token("secretariat-demo");
        try (GarbageUpstream upstream = new GarbageUpstream(Stack.GARBAGE_UPSTREAM)) {
            for (String garbage : List.of("NOT HTTP AT ALL\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"trunc",
                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n")) {
                upstream.answer = garbage;
                long started = System.nanoTime();
                try {
                    Response response = given().auth().oauth2(secretariat).get(Stack.GARBAGE_PREFIX + "/anything");
                    assertThat(response.statusCode()).as("answer to %s", garbage.strip()).isIn(502, 503, 504);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.asString()).doesNotContain("trunc").doesNotContain("ZZZ");
                } catch (Exception brokenOff) { // RestAssured rethrows the client's IOException undeclared
                    // Bodies are streamed: once a head has gone out, a body that breaks off upstream can only be
                    // broken off to the caller too, who then sees an incomplete message, never a complete one.
                    assertThat(brokenOff).isInstanceOf(IOException.class).hasMessageContaining("end of");
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertThat(millis).as("the gateway answered instead of hanging").isLessThan(30_000);
            }
        }
        given().get("/api/v1/reference/measures").then().statusCode(200).body("total", notNullValue())
                .header("X-Request-Id", not(emptyOrNullString()));
    }

    /** A socket server that answers every connection with the bytes of {@link #answer} and hangs up. */
    private static final class GarbageUpstream implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket();
        private volatile String answer = "";

        GarbageUpstream(int port) throws IOException {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            Thread thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        connection.getInputStream().read(new byte[8192]);
                        OutputStream out = connection.getOutputStream();
                        out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    } catch (IOException closed) {
                        // the next connection, or the end of the test
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
