package org.acde.e2e.journeys;

import static org.acde.e2e.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.e2e.Api;
import org.acde.e2e.Keycloak;
import org.acde.e2e.Refusal;
import org.acde.e2e.Stack;
import org.acde.e2e.SystemTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;

/**
 * The secretariat's journey through the gateway, with real tokens: it onboards a national agency's back-end as an
 * API client (a Keycloak client made by the gateway), whose token then works for its own party; rotates its secret
 * (the old one stops working, the new one works) and disables it (no new token). It erases a participant's personal
 * data, and the public statistics keep every count. Every step is also tried by callers who must be refused.
 */
@SystemTest
class SecretariatJourneyIT {

    private static final ZoneId DILI = ZoneId.of("Asia/Dili");

    private final Journey journey = new Journey("secretariat");
    private final Api secretariat = Api.as("secretariat-demo");
    private final Api vietnam = Api.as("agency-vn-demo");
    private final Api partner = Api.as("partner-my-demo");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String clientId = "agency-ph-dict-" + tag;
    private String secret;
    private String proposal;
    private String enrolment;
    private String certificate;
    private final String email = "joana.costa-" + tag + "@escola.example.tl";

    @Test
    void theSecretariatOnboardsRotatesAndDisablesAnAgencyClientAndErasesAParticipant() {
        journey.step("onboard the Philippines' agency back-end", this::onboard);
        journey.step("its token works, for its own party", this::itsTokenWorks);
        journey.step("rotate its secret: the old one stops working, the new one works", this::rotate);
        journey.step("disable it: no new token", this::disable);
        journey.step("a participant completes a course", this::participantCompletes);
        journey.step("erase the participant: statistics and certificate stay", this::erase);
        journey.done();
    }

    private void onboard() {
        Map<String, Object> body = json("clientId", clientId, "name", "DICT Philippines integration",
                "description", "The Department of Information and Communications Technology's reporting system",
                "role", "AGENCY", "party", "PH");
        Refusal.of("POST", "/api/v1/api-clients", body)
                .needsAValidToken(secretariat)
                .refusedTo(vietnam, 403)   // only the secretariat onboards
                .refusedTo(partner, 403);
        Response created = secretariat.post("/api/v1/api-clients", body);
        created.then().statusCode(201)
                .header("Location", is(Stack.GATEWAY_URL + "/api/v1/api-clients/" + clientId))
                .body("client.clientId", is(clientId)).body("client.role", is("AGENCY")).body("client.party", is("PH"))
                .body("client.enabled", is(true)).body("secret", notNullValue())
                .body("tokenUrl", is(Stack.ISSUER + "/protocol/openid-connect/token"));
        secret = created.path("secret");
        Refusal.of("POST", "/api/v1/api-clients", body).refusedTo(secretariat, 409);

        secretariat.request().queryParam("limit", 100).get("/api/v1/api-clients").then().statusCode(200)
                .body("items.clientId", hasItem(clientId)).body("items.secret", not(hasItem(notNullValue())));
        secretariat.get("/api/v1/api-clients/" + clientId).then().statusCode(200).body("party", is("PH"))
                .body("secret", nullValue());
        Refusal.of("GET", "/api/v1/api-clients/" + clientId).needsAValidToken(secretariat).refusedTo(vietnam, 403);
        Refusal.unknownQueryParameter(secretariat, "/api/v1/api-clients");
    }

    private void itsTokenWorks() {
        Api philippines = Api.as(clientId, secret);
        JsonNode claims = Api.claims(philippines.token());
        assertThat(claims.path("iss").asText()).isEqualTo(Stack.ISSUER);
        assertThat(claims.path("azp").asText()).isEqualTo(clientId);
        assertThat(claims.path("party").asText()).isEqualTo("PH");
        assertThat(claims.path("aud").toString()).contains("acde-api");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("\"agency\"").doesNotContain("secretariat");

        proposal = philippines.post("/api/v1/initiatives", initiative("PH")).then().statusCode(201)
                .body("leadParty", is("PH")).body("createdBy", is(clientId)).extract().path("id");
        Refusal.of("POST", "/api/v1/initiatives", initiative("VN")).refusedTo(philippines, 403); // its own party only
    }

    private void rotate() {
        String rotation = "/api/v1/api-clients/" + clientId + "/secret";
        Refusal.of("POST", rotation).needsAValidToken(secretariat).refusedTo(vietnam, 403).refusedTo(partner, 403);
        // The refusals changed nothing: the secret still works.
        Keycloak.token(clientId, secret);

        String rotated = secretariat.post(rotation, null).then().statusCode(200).body("client.clientId", is(clientId))
                .extract().path("secret");
        assertThat(rotated).isNotBlank().isNotEqualTo(secret);
        Keycloak.tokenResponse(clientId, secret, "acde").then().statusCode(401).body("error", is("unauthorized_client"));
        Api philippines = Api.as(clientId, rotated);
        philippines.get("/api/v1/initiatives/" + proposal).then().statusCode(200).body("status", is("PROPOSED"));
        secret = rotated;
    }

    private void disable() {
        Refusal.of("DELETE", "/api/v1/api-clients/" + clientId).needsAValidToken(secretariat).refusedTo(vietnam, 403);
        Keycloak.token(clientId, secret);

        secretariat.delete("/api/v1/api-clients/" + clientId).then().statusCode(204);
        assertThat(Keycloak.tokenResponse(clientId, secret, "acde").statusCode()).as("a token for a disabled client")
                .isIn(400, 401);
        secretariat.get("/api/v1/api-clients/" + clientId).then().statusCode(200).body("enabled", is(false));
    }

    /** A Timorese teacher in a course Timor-Leste provides (set up by the secretariat on its behalf), completed. */
    private void participantCompletes() {
        String program = secretariat.create("/api/v1/programs", json("title", "Digital literacy for school teachers " + tag,
                "description", "Teaching with digital tools and online safety for pupils.", "measure", "VI",
                "topics", List.of("DIGITAL_LITERACY"), "audiences", List.of("EDUCATORS"), "providerParty", "TL",
                "providerOrganisation", "National Institute for Teacher Training, Dili", "delivery", "ONLINE",
                "languages", List.of("pt", "tet", "en")));
        secretariat.transition("/api/v1/programs/" + program, "PUBLISHED").then().statusCode(200);
        LocalDate start = LocalDate.now(DILI).plusDays(10);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> schedule = json("startDate", start.toString(), "endDate", start.plusDays(4).toString(),
                "enrolmentOpens", now.minus(1, ChronoUnit.HOURS).toString(),
                "enrolmentCloses", now.plus(1, ChronoUnit.DAYS).toString(),
                "timeZone", DILI.getId(), "seats", 10, "quotas", List.of(json("party", "TL", "seats", 5)),
                "completion", json("minAttendancePercent", 70));
        String cohort = secretariat.create("/api/v1/programs/" + program + "/cohorts", schedule);
        enrolment = secretariat.post("/api/v1/cohorts/" + cohort + "/enrolments", json("participant", json("name", "Joana da Costa",
                "email", email, "party", "TL", "organisationType", "GOVERNMENT", "sex", "F", "consent", true)))
                .then().statusCode(201).body("status", is("CONFIRMED")).body("seat", is("TL")).extract().path("id");
        secretariat.post("/api/v1/cohorts/" + cohort + "/enrolments", json("participant", json("name", "Armando Pereira",
                "email", "armando-" + tag + "@escola.example.tl", "party", "TL", "organisationType", "ACADEMIA", "sex", "M",
                "consent", true))).then().statusCode(201);

        // The course runs (the stack's clock cannot move: the cohort is moved to the days just before today).
        LocalDate end = LocalDate.now(DILI).minusDays(1);
        Instant firstDay = end.minusDays(4).atStartOfDay(DILI).toInstant();
        Map<String, Object> ran = new HashMap<>(schedule);
        ran.putAll(json("startDate", end.minusDays(4).toString(), "endDate", end.toString(),
                "enrolmentOpens", firstDay.minus(20, ChronoUnit.DAYS).toString(),
                "enrolmentCloses", firstDay.minus(1, ChronoUnit.DAYS).toString()));
        secretariat.put("/api/v1/cohorts/" + cohort, ran).then().statusCode(200);
        certificate = secretariat.post("/api/v1/enrolments/" + enrolment + "/result", json("attendancePercent", 100))
                .then().statusCode(200).body("status", is("COMPLETED")).extract().path("certificateId");
    }

    private void erase() {
        Map<String, Object> statistics = stats("/api/v1/capacity/stats");
        Map<String, Object> timorStatistics = stats("/api/v1/capacity/stats?party=TL");
        String erasure = "/api/v1/enrolments/" + enrolment + "/erasure";
        Refusal.of("POST", erasure)
                .needsAValidToken(secretariat)
                .refusedTo(vietnam, 403)   // erasure is the secretariat's alone
                .refusedTo(partner, 403);
        secretariat.get("/api/v1/enrolments/" + enrolment).then().statusCode(200).body("email", is(email));

        secretariat.post(erasure, null).then().statusCode(200)
                .body("name", nullValue()).body("email", nullValue()).body("erasedAt", notNullValue())
                .body("party", is("TL")).body("sex", is("F")).body("status", is("COMPLETED"))
                .body("certificateId", is(certificate));
        String erasedAt = secretariat.get("/api/v1/enrolments/" + enrolment).then().statusCode(200)
                .body("name", nullValue()).body("email", nullValue()).extract().path("erasedAt");
        secretariat.post(erasure, null).then().statusCode(200).body("erasedAt", is(erasedAt)); // erased once, for good

        assertThat(stats("/api/v1/capacity/stats")).as("statistics after the erasure").isEqualTo(statistics);
        assertThat(stats("/api/v1/capacity/stats?party=TL")).as("Timor-Leste's statistics after the erasure")
                .isEqualTo(timorStatistics);
        assertThat(((Number) timorStatistics.get("completions")).longValue()).isGreaterThanOrEqualTo(1);

        String jwt = Api.anonymous().get("/api/v1/certificates/" + certificate).then().statusCode(200).extract().path("jwt");
        Api.anonymous().post("/api/v1/certificates/verify", json("credential", jwt)).then().statusCode(200)
                .body("verdict", is("VALID"));
        assertThat(Api.claims(jwt).toString()).as("the certificate").doesNotContain(email, "Joana");
        assertThat(secretariat.get("/api/v1/enrolments/" + enrolment).asString()).as("the erased enrolment")
                .doesNotContain(email, "Joana");
    }

    private static Map<String, Object> stats(String path) {
        return Api.anonymous().get(path).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private Map<String, Object> initiative(String lead) {
        return json("title", "Interoperable e-government records " + tag, "summary", "Shared standards for civil registry data.",
                "measure", "II", "subAreas", List.of("INTEROPERABILITY"), "leadParty", lead, "participatingParties", List.of(lead));
    }
}
