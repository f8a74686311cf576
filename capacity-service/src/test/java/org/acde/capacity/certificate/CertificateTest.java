package org.acde.capacity.certificate;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.ended;
import static org.acde.capacity.Fixtures.enrol;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.published;
import static org.acde.capacity.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.testing.InitiativesServiceStub;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CertificateTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final ObjectMapper json = new ObjectMapper();

    record Issued(String certificateId, String jwt, Map<String, Object> participant, String enrolmentId, String provider,
            UUID initiative) {
    }

    /** A participant of a program funded by an initiative completes, and gets a certificate. */
    private Issued issue(Integer validityMonths) {
        UUID initiative = UUID.randomUUID();
        InitiativesServiceStub.exists(initiative);
        Map<String, Object> body = program("VN");
        body.put("initiativeId", initiative.toString());
        if (validityMonths != null) {
            body.put("certificateValidityMonths", validityMonths);
        }
        String program = published(body);
        String cohort = createCohort(Tokens.partner("VN"), program, cohort(10, Map.of())).then().statusCode(201).extract().path("id");
        Map<String, Object> participant = participant("TH");
        String enrolment = enrol(Tokens.agency("TH"), cohort, participant).then().statusCode(201).extract().path("id");
        ended(Tokens.partner("VN"), cohort);
        String id = result(Tokens.partner("VN"), enrolment, 95, 88).then().statusCode(200).extract().path("certificateId");
        String jwt = given().get("/api/v1/certificates/" + id).then().statusCode(200).extract().path("jwt");
        return new Issued(id, jwt, participant, enrolment, Tokens.partner("VN"), initiative);
    }

    private static ValidatableResponse verify(String credential) {
        return given().contentType(ContentType.JSON).body(Map.of("credential", credential)).post("/api/v1/certificates/verify")
                .then().statusCode(200);
    }

    private JsonNode part(String jwt, int index) throws Exception {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }

    private String encode(JsonNode node) throws Exception {
        return B64.encodeToString(json.writeValueAsBytes(node));
    }

    @Test
    void aCompletionIssuesAnOpenBadgeCredentialPointingToTheInitiative() throws Exception {
        Issued issued = issue(null);
        String text = given().get("/api/v1/certificates/" + issued.certificateId()).then().statusCode(200)
                .body("status", is("ACTIVE")).body("validUntil", nullValue())
                .body("credential.'@context'", contains("https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
                .body("credential.id", is("urn:uuid:" + issued.certificateId()))
                .body("credential.type", contains("VerifiableCredential", "OpenBadgeCredential"))
                .body("credential.issuer.id", is("http://localhost:8080/api/v1/certificates/issuer"))
                .body("credential.issuer.type", contains("Profile"))
                .body("credential.validFrom", notNullValue())
                .body("credential.jti", is("urn:uuid:" + issued.certificateId()))
                .body("credential.credentialSubject.type", contains("AchievementSubject"))
                .body("credential.credentialSubject.activityStartDate", matchesPattern("\\d{4}-\\d{2}-\\d{2}T00:00:00\\+07:00"))
                .body("credential.credentialSubject.achievement.type", contains("Achievement"))
                .body("credential.credentialSubject.achievement.criteria.narrative",
                        is("Attend at least 80% of the sessions and score at least 60 out of 100 in the assessment."))
                .body("credential.credentialSubject.achievement.alignment.targetCode", hasItem("ACI-2026-0001"))
                .body("credential.credentialSubject.achievement.alignment.targetCode", hasItem("VI"))
                .body("credential.credentialSubject.result.value", contains("95", "88", null))
                .body("credential.credentialSubject.result[2].status", is("Completed"))
                .body("credential.evidence[0].id", is("http://localhost:8080/api/v1/initiatives/" + issued.initiative()))
                .body("credential.evidence[0].type", contains("Evidence"))
                .extract().asString();
        // No personal data on the public page: the recipient is a salted hash the holder can prove with their email.
        assertThat(text).doesNotContain((String) issued.participant().get("email"))
                .doesNotContain((String) issued.participant().get("name"));
        JsonNode identity = part(issued.jwt(), 1).path("credentialSubject").path("identifier").get(0);
        assertThat(identity.path("hashed").asBoolean()).isTrue();
        assertThat(identity.path("identityHash").asText()).isEqualTo("sha256$" + OpenBadgeCredentials.sha256(
                ((String) issued.participant().get("email")).toLowerCase() + identity.path("salt").asText()));

        JsonNode header = part(issued.jwt(), 0);
        assertThat(header.path("alg").asText()).isEqualTo("EdDSA");
        given().get("/api/v1/certificates/jwks").then().statusCode(200)
                .body("keys.kid", hasItem(header.path("kid").asText())).body("keys[0].kty", is("OKP"))
                .body("keys[0].crv", is("Ed25519")).body("keys[0].d", nullValue());
        given().get("/api/v1/certificates/issuer").then().statusCode(200)
                .body("id", is("http://localhost:8080/api/v1/certificates/issuer")).body("name", is("ACDE Hub"));
        verify(issued.jwt()).body("verdict", is("VALID")).body("certificateId", is(issued.certificateId()))
                .body("achievement", notNullValue());
    }

    @Test
    void anAlteredCredentialIsTampered() throws Exception {
        Issued issued = issue(null);
        String[] parts = issued.jwt().split("\\.");
        ObjectNode payload = (ObjectNode) part(issued.jwt(), 1);
        payload.put("name", "Doctorate in AI governance");
        verify(parts[0] + "." + encode(payload) + "." + parts[2]).body("verdict", is("TAMPERED"));
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 1;
        verify(parts[0] + "." + parts[1] + "." + B64.encodeToString(signature)).body("verdict", is("TAMPERED"));
    }

    @Test
    void aRevokedCredentialSaysWhy() {
        Issued issued = issue(null);
        given().auth().oauth2(Tokens.partner("TH")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/certificates/" + issued.certificateId() + "/revocation").then().statusCode(403);
        verify(issued.jwt()).body("verdict", is("VALID"));
        given().auth().oauth2(issued.provider()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Results recorded for the wrong participant"))
                .post("/api/v1/certificates/" + issued.certificateId() + "/revocation").then().statusCode(200)
                .body("status", is("REVOKED")).body("revocationReason", is("Results recorded for the wrong participant"));
        verify(issued.jwt()).body("verdict", is("REVOKED")).body("revocationReason", is("Results recorded for the wrong participant"))
                .body("revokedAt", notNullValue());
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/certificates/" + issued.certificateId() + "/revocation").then().statusCode(409);
    }

    @Test
    void aCredentialPastItsValidityIsExpired() throws Exception {
        Issued issued = issue(24);
        JsonNode payload = part(issued.jwt(), 1);
        assertThat(payload.path("validUntil").asText()).isNotEmpty();
        verify(issued.jwt()).body("verdict", is("VALID")).body("validUntil", notNullValue());
        // The same credential as the issuer would have signed it two years ago.
        ObjectNode past = payload.deepCopy();
        past.put("nbf", Instant.now().minusSeconds(3 * 365 * 86400L).getEpochSecond());
        past.put("exp", Instant.now().minusSeconds(365 * 86400L).getEpochSecond());
        Ed25519Key key = SigningKeys.load(Path.of("target/test-keys"), Path.of("target/test-keys/retired"), false, json).current();
        verify(Jws.sign(past, key, json)).body("verdict", is("EXPIRED")).body("certificateId", is(issued.certificateId()));
    }

    @Test
    void anErasedParticipantsCertificateStaysValid() {
        Issued issued = issue(null);
        given().auth().oauth2(Tokens.secretariat()).post("/api/v1/enrolments/" + issued.enrolmentId() + "/erasure")
                .then().statusCode(200);
        verify(issued.jwt()).body("verdict", is("VALID"));
        given().get("/api/v1/certificates/" + issued.certificateId()).then().statusCode(200).body("status", is("ACTIVE"));
    }

    @Test
    void forgedInputIsInvalidNeverAnError() throws Exception {
        for (String forged : List.of("", "hello", "a.b.c", "a.b", "....", "eyJhbGciOiJub25lIn0.e30.",
                B64.encodeToString("{\"alg\":\"HS256\",\"kid\":\"k\"}".getBytes(StandardCharsets.UTF_8)) + ".e30.c2ln",
                B64.encodeToString("{\"alg\":\"EdDSA\"}".getBytes(StandardCharsets.UTF_8)) + ".e30.c2ln",
                B64.encodeToString("[1,2]".getBytes(StandardCharsets.UTF_8)) + ".e30.c2ln",
                "'; DROP TABLE certificate; --", "ü.ö.ä")) {
            verify(forged).body("verdict", is("INVALID")).body("detail", notNullValue()).body("certificateId", nullValue());
        }
        // Well formed and signed, but with a key this issuer never had.
        Issued issued = issue(null);
        Ed25519Key stranger = Ed25519Key.generate(new SecureRandom());
        verify(Jws.sign((ObjectNode) part(issued.jwt(), 1), stranger, json)).body("verdict", is("INVALID"));
        // Signed with the issuer's key, but never issued (as if by someone who stole the key file, or a lost row).
        ObjectNode unknown = (ObjectNode) part(issued.jwt(), 1);
        unknown.put("jti", "urn:uuid:" + UUID.randomUUID());
        Ed25519Key key = SigningKeys.load(Path.of("target/test-keys"), Path.of("target/test-keys/retired"), false, json).current();
        verify(Jws.sign(unknown, key, json)).body("verdict", is("INVALID"));

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/certificates/verify").then().statusCode(400)
                .body("errors[0].field", is("credential"));
        given().contentType(ContentType.JSON).body(Map.of("credential", 42)).post("/api/v1/certificates/verify")
                .then().statusCode(400).body("errors[0].field", is("credential"));
        given().contentType(ContentType.JSON).body("{\"credential\":").post("/api/v1/certificates/verify").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("credential", "x".repeat(70_000))).post("/api/v1/certificates/verify")
                .then().statusCode(400).body("errors[0].field", is("credential"));
        given().get("/api/v1/certificates/" + UUID.randomUUID()).then().statusCode(404);
    }
}
