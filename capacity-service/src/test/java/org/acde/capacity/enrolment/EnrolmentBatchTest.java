package org.acde.capacity.enrolment;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.enrolled;
import static org.acde.capacity.Fixtures.openCohort;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.rows;
import static org.acde.capacity.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.contracts.capacity.EnrolmentBatchesApi;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** POST /api/v1/cohorts/{id}/enrolment-batches: row by row under the single create's rules, JSON and CSV. */
@QuarkusTest
class EnrolmentBatchTest {

    private static final String CSV = "text/csv";
    private static final String HEADER = "name,email,party,organisationType,sex,consent\n";

    @Inject
    DataSource database;

    @TestHTTPResource("/")
    URI server;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJsonBatchEnrolsEveryRowAndLinksEachEnrolment() {
        String cohort = openCohort("VN", 10, Map.of());
        List<Map<String, Object>> participants = List.of(participant("VN"), participant("VN"), participant("VN"));
        JsonPath answer = batch(Tokens.agency("VN"), cohort, "application/json", rowsOf(participants))
                .then().statusCode(200).contentType("application/json")
                .body("cohortId", equalTo(cohort)).body("created", equalTo(3)).body("waitlisted", equalTo(0))
                .body("refused", equalTo(0)).body("rows.row", contains(1, 2, 3))
                .body("rows.outcome", everyItem(equalTo("CREATED"))).body("rows.problem", everyItem(nullValue()))
                .extract().jsonPath();
        for (int i = 0; i < 3; i++) {
            String location = answer.getString("rows[" + i + "].location");
            assertThat(location).isEqualTo("/api/v1/enrolments/" + answer.getString("rows[" + i + "].enrolmentId"));
            given().auth().oauth2(Tokens.agency("VN")).get(location).then().statusCode(200)
                    .body("email", equalTo(participants.get(i).get("email"))).body("position", equalTo(i + 1))
                    .body("status", equalTo("CONFIRMED")).body("enrolledBy", equalTo("agency-vn-demo"));
        }
    }

    @Test
    void aCsvBatchTakesQuotedCellsAnyColumnOrderAByteOrderMarkAndCrlf() {
        String cohort = openCohort("VN", 10, Map.of());
        String id = unique();
        String body = "\uFEFFconsent,party,email,name,organisationType\r\n"
                + "TRUE,VN,a-" + id + "@example.vn,\"Pham, Thu \"\"Ha\"\"\",ACADEMIA\r\n"
                + "\r\n"
                + "true,VN,b-" + id + "@example.vn,\"Two\nLines\",GOVERNMENT\r\n";
        JsonPath answer = batch(Tokens.agency("VN"), cohort, "text/csv; charset=utf-8", body).then().statusCode(200)
                .body("created", equalTo(2)).body("rows.row", contains(1, 2)).extract().jsonPath();
        given().auth().oauth2(Tokens.agency("VN")).get(answer.getString("rows[0].location")).then().statusCode(200)
                .body("name", equalTo("Pham, Thu \"Ha\"")).body("organisationType", equalTo("ACADEMIA"))
                .body("sex", nullValue());
        given().auth().oauth2(Tokens.agency("VN")).get(answer.getString("rows[1].location")).then().statusCode(200)
                .body("name", equalTo("Two\nLines"));
    }

    @Test
    void theContractsCsvExampleIsAccepted() {
        String cohort = openCohort("VN", 10, Map.of());
        batch(Tokens.agency("VN"), cohort, CSV, EnrolmentBatchesApi.CSV_EXAMPLE).then().statusCode(200)
                .body("created", equalTo(3)).body("refused", equalTo(0));
    }

    @Test
    void aBrokenJsonRowRefusesOnlyThatRowWithItsProblem() throws Exception {
        String cohort = openCohort("VN", 10, Map.of());
        Map<String, Object> first = participant("VN");
        Map<String, Object> already = participant("VN");
        given().auth().oauth2(Tokens.agency("VN")).contentType("application/json").body(Map.of("participant", already))
                .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(201);
        Map<String, Object> unknownField = participant("VN");
        unknownField.put("nickname", "Lan");
        Map<String, Object> wrongType = participant("VN");
        wrongType.put("consent", "yes");
        Map<String, Object> unknownParty = participant("VN");
        unknownParty.put("party", "XX");
        Map<String, Object> noEmail = participant("VN");
        noEmail.remove("email");
        Map<String, Object> formula = participant("VN");
        formula.put("name", "=HYPERLINK(\"http://evil.example\",\"x\")");
        Map<String, Object> formulaEmail = participant("VN");
        formulaEmail.put("email", "+cmd" + unique() + "@example.org");
        Map<String, Object> nul = participant("VN");
        nul.put("name", "Lan\u0000");
        Map<String, Object> sameEmail = participant("VN");
        sameEmail.put("email", ((String) first.get("email")).toUpperCase());
        Map<String, Object> last = participant("VN");
        String body = "[" + row(first) + "," + row(unknownField) + "," + row(wrongType) + "," + row(unknownParty) + ","
                + row(noEmail) + "," + row(formula) + "," + row(formulaEmail) + "," + row(nul) + ",42,null,"
                + row(sameEmail) + "," + row(already) + ",{\"participant\": {\"consent\": true}}," + row(last) + "]";

        Response response = batch(Tokens.agency("VN"), cohort, "application/json", body);
        response.then().statusCode(200).body("created", equalTo(2)).body("refused", equalTo(12))
                .body("rows.outcome", contains("CREATED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
                        "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "CREATED"))
                .body("rows[1].problem.status", equalTo(400)).body("rows[1].problem.type", equalTo("urn:acde:problem:validation"))
                .body("rows[1].problem.errors[0].field", equalTo("participant.nickname"))
                .body("rows[1].problem.errors[0].message", equalTo("unknown field"))
                .body("rows[1].problem.instance", equalTo("/api/v1/cohorts/" + cohort + "/enrolment-batches"))
                .body("rows[1].enrolmentId", nullValue()).body("rows[1].location", nullValue())
                .body("rows[2].problem.errors[0].field", equalTo("participant.consent"))
                .body("rows[3].problem.errors[0].field", equalTo("participant.party"))
                .body("rows[3].problem.errors[0].message", org.hamcrest.Matchers.startsWith("unknown value; expected one of: BN"))
                .body("rows[4].problem.errors[0].field", equalTo("participant.email"))
                .body("rows[5].problem.errors[0].field", equalTo("participant.name"))
                .body("rows[5].problem.errors[0].message", org.hamcrest.Matchers.containsString("formula"))
                .body("rows[6].problem.errors[0].field", equalTo("participant.email"))
                .body("rows[7].problem.errors[0].message", equalTo("may not contain NUL characters"))
                .body("rows[8].problem.errors[0].field", equalTo("row"))
                .body("rows[9].problem.errors[0].field", equalTo("row"))
                .body("rows[10].problem.status", equalTo(409)).body("rows[10].problem.detail", equalTo("This email is in row 1 of this batch already"))
                .body("rows[11].problem.status", equalTo(409)).body("rows[11].problem.detail", equalTo("This email is already enrolled in the cohort"))
                .body("rows[12].problem.errors.field", contains("participant.email", "participant.name",
                        "participant.organisationType", "participant.party"));
        // The refused values are never sent back.
        assertThat(response.asString()).doesNotContain("HYPERLINK").doesNotContain("+cmd").doesNotContain("XX");
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(3);
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "' AND participant_email IN ('" + first.get("email")
                + "', '" + last.get("email") + "')")).isEqualTo(2);
    }

    @Test
    void malformedCsvRowsAreRefusedOneByOneAndTheRowsAroundThemEnrolled() {
        String cohort = openCohort("VN", 20, Map.of());
        List<String> lines = new ArrayList<>();
        List<String> good = new ArrayList<>();
        String[] broken = {
            "\"Lan\"x,%s,VN,GOVERNMENT,F,true",          // text after a closing quote
            "La\"n,%s,VN,GOVERNMENT,F,true",             // a quote inside an unquoted cell
            "Lan,%s,VN,GOVERNMENT,F",                    // a cell missing
            "Lan,%s,VN,GOVERNMENT,F,true,extra",         // a cell too many
            "Lan,%s,XX,GOVERNMENT,F,true",               // unknown party
            "Lan,%s,VN,GOVERNMENT,Q,true",               // unknown sex
            "Lan,%s,VN,GOVERNMENT,F,yes",                // not a boolean
            "Lan,%s,VN,GOVERNMENT,F,false",              // no consent
            "=1+2,%s,VN,GOVERNMENT,F,true",              // formula
            "+SUM(A1),%s,VN,GOVERNMENT,F,true",
            "-2+3,%s,VN,GOVERNMENT,F,true",
            "@SUM(A1),%s,VN,GOVERNMENT,F,true",
            "\"\tcmd\",%s,VN,GOVERNMENT,F,true",
            "\"\r=cmd\",%s,VN,GOVERNMENT,F,true",
            "\"  =cmd\",%s,VN,GOVERNMENT,F,true",        // formula behind spaces
            "Lan,%s,=VN,GOVERNMENT,F,true",               // formula in a code cell
        };
        for (String line : broken) {
            String email = "x-" + unique() + "@example.vn";
            lines.add(line.formatted(email));
            String ok = "ok-" + unique() + "@example.vn";
            good.add(ok);
            lines.add("Good Row," + ok + ",VN,PRIVATE_SECTOR,M,true");
        }
        lines.add("\"never closed,x@example.vn,VN,GOVERNMENT,F,true");
        lines.add("Swallowed," + "y-" + unique() + "@example.vn,VN,GOVERNMENT,F,true");
        Response response = batch(Tokens.agency("VN"), cohort, CSV, HEADER + String.join("\n", lines) + "\n");
        JsonPath answer = response.then().statusCode(200).body("created", equalTo(broken.length))
                .body("refused", equalTo(broken.length + 1)).body("rows", hasSize(2 * broken.length + 1)).extract().jsonPath();
        for (int i = 0; i < broken.length; i++) {
            assertThat(answer.getString("rows[" + 2 * i + "].outcome")).as("row %d: %s", 2 * i + 1, broken[i]).isEqualTo("REFUSED");
            assertThat(answer.getInt("rows[" + 2 * i + "].problem.status")).isEqualTo(400);
            assertThat(answer.getString("rows[" + (2 * i + 1) + "].outcome")).isEqualTo("CREATED");
        }
        assertThat(answer.getString("rows[0].problem.errors[0].message")).isEqualTo("line 2: text after the closing quote of a cell");
        assertThat(answer.getString("rows[4].problem.errors[0].message")).isEqualTo("line 6 has 5 cells; the header has 6");
        assertThat(answer.getString("rows[8].problem.errors[0].field")).isEqualTo("party");
        assertThat(answer.getString("rows[14].problem.errors[0].field")).isEqualTo("consent");
        assertThat(answer.getString("rows[16].problem.errors[0].field")).isEqualTo("name");
        assertThat(answer.getString("rows[30].problem.errors[0].field")).isEqualTo("party");
        assertThat(answer.getString("rows[32].problem.errors[0].message")).contains("quoted cell is not closed");
        assertThat(response.asString()).doesNotContain("cmd").doesNotContain("SUM(");
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(broken.length);
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "' AND participant_email LIKE 'ok-%'")).isEqualTo(broken.length);
    }

    @Test
    void aBodyWhoseRowsCannotBeToldApartIsRefusedWholeWithNothingWritten() {
        String cohort = openCohort("VN", 10, Map.of());
        String valid = row(participant("VN"));
        String token = Tokens.agency("VN");
        batch(token, cohort, CSV, "").then().statusCode(400).contentType("application/problem+json");
        batch(token, cohort, CSV, HEADER).then().statusCode(400).body("errors[0].field", equalTo("body"));
        batch(token, cohort, CSV, "name,email,party,organisationType,consent,shoeSize\nLan,l@example.vn,VN,GOVERNMENT,true,42\n")
                .then().statusCode(400).body("type", equalTo("urn:acde:problem:validation"))
                .body("errors[0].field", equalTo("header[6]")).body(not(org.hamcrest.Matchers.containsString("shoeSize")));
        batch(token, cohort, CSV, "name,email,party,consent\nLan,l@example.vn,VN,true\n")
                .then().statusCode(400).body("errors.field", contains("organisationType"));
        batch(token, cohort, CSV, "name,name,email,party,organisationType,consent\n").then().statusCode(400)
                .body("errors[0].message", equalTo("repeats the column name"));
        batch(token, cohort, "text/csv; charset=iso-8859-1", HEADER).then().statusCode(415);
        sending(CSV).auth().oauth2(token).body(new byte[] { 'n', 'a', (byte) 0xC3, '\n' })
                .post("/api/v1/cohorts/" + cohort + "/enrolment-batches").then().statusCode(400)
                .body("detail", equalTo("The body is not UTF-8 text"));
        batch(token, cohort, "application/json", "[]").then().statusCode(400).body("errors[0].field", equalTo("body"));
        batch(token, cohort, "application/json", "{\"participant\": {}}").then().statusCode(400)
                .body("type", equalTo("urn:acde:problem:malformed-request"));
        batch(token, cohort, "application/json", "[" + valid + ", {\"participant\": ").then().statusCode(400)
                .body("type", equalTo("urn:acde:problem:malformed-request"));
        batch(token, cohort, "application/json", "[" + valid + ", {\"a\": 1, \"a\": 2}]").then().statusCode(400);
        batch(token, cohort, "application/json", "[" + valid + "] []").then().statusCode(400);
        batch(token, cohort, "application/xml", "<batch/>").then().statusCode(415).contentType("application/problem+json");
        batch(token, cohort, "text/plain", "name\n").then().statusCode(415);
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isZero();
    }

    @Test
    void rowsBeyondTheSeatsAreWaitlistedAndEachPartysQuotaHolds() {
        // 5 seats: 2 reserved for VN, 1 for TH, 2 open.
        String cohort = openCohort("VN", 5, Map.of("VN", 2, "TH", 1));
        List<String> parties = List.of("VN", "VN", "VN", "TH", "TH", "VN", "MY", "TH");
        List<Map<String, Object>> participants = parties.stream().map(party -> participant(party)).toList();
        batch(Tokens.secretariat(), cohort, "application/json", rowsOf(participants)).then().statusCode(200)
                .body("created", equalTo(5)).body("waitlisted", equalTo(3))
                .body("rows.outcome", contains("CREATED", "CREATED", "CREATED", "CREATED", "CREATED", "WAITLISTED", "WAITLISTED", "WAITLISTED"));
        List<Object> seats = given().auth().oauth2(Tokens.secretariat()).get("/api/v1/cohorts/" + cohort + "/enrolments?limit=100")
                .then().statusCode(200).extract().jsonPath().getList("items.seat");
        assertThat(seats).containsExactly("VN", "VN", "OPEN", "TH", "OPEN", null, null, null);

        // A later batch finds the cohort full: its VN row waits behind the others.
        batch(Tokens.agency("VN"), cohort, "application/json", rowsOf(List.of(participant("VN")))).then().statusCode(200)
                .body("rows[0].outcome", equalTo("WAITLISTED"));
    }

    @Test
    void anAgencysRowsOfAnotherPartyAreRefusedWith403AndItsOwnEnrolled() {
        String cohort = openCohort("VN", 10, Map.of());
        List<Map<String, Object>> participants = List.of(participant("VN"), participant("TH"), participant("VN"));
        batch(Tokens.agency("VN"), cohort, "application/json", rowsOf(participants)).then().statusCode(200)
                .body("rows.outcome", contains("CREATED", "REFUSED", "CREATED"))
                .body("rows[1].problem.status", equalTo(403)).body("rows[1].problem.type", equalTo("urn:acde:problem:forbidden"));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "' AND party = 'TH'")).isZero();
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "' AND party = 'VN'")).isEqualTo(2);
    }

    @Test
    void onlyAgenciesAndTheSecretariatSendBatchesWithAValidToken() {
        String cohort = openCohort("VN", 10, Map.of());
        String body = rowsOf(List.of(participant("VN")));
        given().contentType("application/json").body(body).post(path(cohort)).then().statusCode(401)
                .contentType("application/problem+json");
        batch(Tokens.partner("VN"), cohort, "application/json", body).then().statusCode(403);
        batch(Tokens.token("some-client", "unknown-role", "VN"), cohort, "application/json", body).then().statusCode(403);
        batch(Tokens.expired(Instant.now().minusSeconds(600)), cohort, "application/json", body).then().statusCode(401);
        batch(Tokens.forged(), cohort, "application/json", body).then().statusCode(401);
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isZero();
        batch(Tokens.agency("VN"), UUID.randomUUID().toString(), "application/json", body).then().statusCode(404);
    }

    @Test
    void aBatchOverOneThousandRowsIsRefusedWith413BeforeAnyRowIsApplied() {
        String cohort = openCohort("VN", 10, Map.of());
        List<Map<String, Object>> participants = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1001; i++) {
            Map<String, Object> participant = participant("VN");
            participants.add(participant);
            csv.append("Participant ").append(i).append(',').append(participant.get("email")).append(",VN,GOVERNMENT,F,true\n");
        }
        String jsonBody = rowsOf(participants);
        assertThat(jsonBody.length()).as("1,001 rows fit the body limit, so the cap, not the limit, refuses them").isLessThan(256 * 1024);
        batch(Tokens.agency("VN"), cohort, "application/json", jsonBody).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:acde:problem:body-too-large"));
        batch(Tokens.agency("VN"), cohort, CSV, csv.toString()).then().statusCode(413);
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isZero();

        // 1,000 rows are taken: 10 seats, the rest waitlisted in order.
        batch(Tokens.agency("VN"), cohort, "application/json", rowsOf(participants.subList(0, 1000))).then().statusCode(200)
                .body("created", equalTo(10)).body("waitlisted", equalTo(990)).body("rows[999].row", equalTo(1000));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(1000);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameResultsAndAnotherBodyIs422() {
        String cohort = openCohort("VN", 1, Map.of());
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = participant("VN");
        invalid.put("party", "XX");
        String body = rowsOf(List.of(participant("VN"), participant("VN"), participant("TH"), invalid));
        String first = batchWithKey(key, cohort, "application/json", body).then().statusCode(200).extract().asString();
        String again = batchWithKey(key, cohort, "application/json", body).then().statusCode(200)
                .body("rows.outcome", contains("CREATED", "WAITLISTED", "REFUSED", "REFUSED"))
                .body("rows[3].problem.errors[0].field", equalTo("participant.party")).extract().asString();
        assertThat(again).isEqualTo(first);
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(2);
        batchWithKey(key, cohort, "application/json", rowsOf(List.of(participant("VN")))).then().statusCode(422)
                .body("type", equalTo("urn:acde:problem:idempotency-key-reused"));

        String csvKey = UUID.randomUUID().toString();
        String csv = HEADER + "Lan,csv-" + unique() + "@example.vn,VN,GOVERNMENT,F,true\n";
        String csvFirst = batchWithKey(csvKey, cohort, CSV, csv).then().statusCode(200).body("waitlisted", equalTo(1)).extract().asString();
        assertThat(batchWithKey(csvKey, cohort, CSV, csv).then().statusCode(200).extract().asString()).isEqualTo(csvFirst);
        batchWithKey(csvKey, cohort, CSV, csv + "Minh,m-" + unique() + "@example.vn,VN,GOVERNMENT,M,true\n").then().statusCode(422);
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(3);
    }

    @Test
    void twoSimultaneousRequestsWithOneKeyEnrolOnceAndAnswerAlike() throws Exception {
        String cohort = openCohort("VN", 10, Map.of());
        String body = rowsOf(List.of(participant("VN"), participant("VN")));
        String token = Tokens.agency("VN");
        String key = UUID.randomUUID().toString();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path(cohort))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<CompletableFuture<HttpResponse<String>>> both = List.of(
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString()),
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> first = both.get(0).get();
        HttpResponse<String> second = both.get(1).get();
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json.readTree(second.body())).isEqualTo(json.readTree(first.body()));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(2);
    }

    @Test
    void batchesRacingForTheLastSeatsNeverOverbook() throws Exception {
        for (int round = 0; round < 3; round++) {
            String cohort = openCohort("VN", 12, Map.of("VN", 4));
            // Two seats are left when the batches race.
            for (int i = 0; i < 10; i++) {
                enrolled(cohort, i % 2 == 0 ? "VN" : "TH");
            }
            String secretariat = Tokens.secretariat();
            List<CompletableFuture<HttpResponse<String>>> racing = new ArrayList<>();
            HttpClient client = HttpClient.newHttpClient();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (int b = 0; b < 4; b++) {
                    List<Map<String, Object>> participants = List.of(participant("TH"), participant("VN"), participant("MY"));
                    HttpRequest request = HttpRequest.newBuilder(server.resolve(path(cohort)))
                            .header("Authorization", "Bearer " + secretariat).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(rowsOf(participants))).build();
                    racing.add(CompletableFuture.supplyAsync(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join(), pool));
                }
                int created = 0;
                for (CompletableFuture<HttpResponse<String>> answer : racing) {
                    HttpResponse<String> response = answer.get();
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    created += json.readTree(response.body()).get("created").asInt();
                }
                assertThat(created).isEqualTo(2);
            } finally {
                pool.shutdown();
            }
            assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "' AND status = 'CONFIRMED'")).isEqualTo(12);
            assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "' AND seat = 'VN'")).isEqualTo(4);
            assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(22);
            assertThat(rows(database, "(SELECT DISTINCT position FROM enrolment WHERE cohort_id = '" + cohort
                    + "' AND position BETWEEN 1 AND 22) p", "true")).isEqualTo(22);
        }
    }

    @Test
    void aCohortThatTakesNoEnrolmentsRefusesTheWholeBatchWith422() {
        String program = org.acde.capacity.Fixtures.createProgram(Tokens.partner("VN"), org.acde.capacity.Fixtures.program("VN"))
                .then().statusCode(201).extract().path("id");
        String cohort = org.acde.capacity.Fixtures.createCohort(Tokens.partner("VN"), program,
                org.acde.capacity.Fixtures.cohort(10, Map.of())).then().statusCode(201).extract().path("id");
        batch(Tokens.agency("VN"), cohort, "application/json", rowsOf(List.of(participant("VN")))).then().statusCode(422)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("DRAFT"));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isZero();
    }

    private static String path(String cohort) {
        return "/api/v1/cohorts/" + cohort + "/enrolment-batches";
    }

    /** REST Assured as configured here sends the Content-Type as given, without a charset of its own. */
    private static RequestSpecification sending(String contentType) {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false))).contentType(contentType);
    }

    private static Response batch(String token, String cohort, String contentType, String body) {
        return sending(contentType).auth().oauth2(token).body(body.getBytes(StandardCharsets.UTF_8)).post(path(cohort));
    }

    private static Response batchWithKey(String key, String cohort, String contentType, String body) {
        return sending(contentType).auth().oauth2(Tokens.agency("VN")).header("Idempotency-Key", key)
                .body(body.getBytes(StandardCharsets.UTF_8)).post(path(cohort));
    }

    private String rowsOf(List<Map<String, Object>> participants) {
        List<String> rows = new ArrayList<>();
        participants.forEach(participant -> rows.add(row(participant)));
        return "[" + String.join(",", rows) + "]";
    }

    private String row(Map<String, Object> participant) {
        try {
            return json.writeValueAsString(Map.of("participant", new HashMap<>(participant)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
