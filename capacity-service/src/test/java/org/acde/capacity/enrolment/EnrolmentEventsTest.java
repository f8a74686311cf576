package org.acde.capacity.enrolment;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.ended;
import static org.acde.capacity.Fixtures.enrol;
import static org.acde.capacity.Fixtures.enrolled;
import static org.acde.capacity.Fixtures.openCohort;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.result;
import static org.acde.capacity.Fixtures.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.acde.capacity.certificate.CertificateEvents;
import org.acde.testing.LogLines;
import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class EnrolmentEventsTest {

    private static final List<String> PERSONAL = List.of("name", "email", "sex");
    /** Readers in no particular order. */
    private static final Function<Row, Set<String>> AUDIENCE = row -> Set.copyOf(row.audience());

    @Inject
    DataSource database;

    @Test
    void anEnrolmentIsConfirmedOrWaitlistedForItsPartyAndTheProviderWithoutPersonalData() {
        String cohort = openCohort("SG", 1, Map.of());

        long before = OutboxRows.last(database);
        String confirmed = enrolled(cohort, "VN");
        String waitlisted = enrol(Tokens.partner("TH"), cohort, participant("TH")).then().statusCode(201).extract().path("id");

        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::aggregateType, Row::aggregateId, Row::subject, Row::parties, AUDIENCE)
                .containsExactly(
                        tuple(EnrolmentEvents.Type.CONFIRMED.type, "enrolment", confirmed, "/api/v1/enrolments/" + confirmed,
                                List.of("SG", "VN"), Set.of("party:SG", "party:VN")),
                        tuple(EnrolmentEvents.Type.WAITLISTED.type, "enrolment", waitlisted, "/api/v1/enrolments/" + waitlisted,
                                List.of("SG", "TH"), Set.of("party:SG", "party:TH")));
        assertThat(read(Tokens.agency("VN"), confirmed).jsonPath().getString("email")).as("its agency reads it").isNotNull();
        assertThat(rows.get(0).data()).as("as a partner of the participant's party reads it")
                .isEqualTo(OutboxRows.bodyOf(read(Tokens.partner("VN"), confirmed)));
        assertThat(rows).allSatisfy(row -> assertThat(PERSONAL).noneMatch(row.data()::has));
        assertThat(rows.get(1).transaction()).isEqualTo(OutboxRows.transactionOf(database, "enrolment", waitlisted));
    }

    @Test
    void aWithdrawalAndTheSeatMovesItCausesAreEventsOfOneTransactionInTheOrderTheyHappened() {
        String cohort = openCohort("SG", 2, Map.of("VN", 1));
        String vnReserved = enrolled(cohort, "VN");
        String vnOpen = enrolled(cohort, "VN");
        String myWaiting = enrolled(cohort, "MY");

        long before = OutboxRows.last(database);
        withdraw(Tokens.agency("VN"), vnReserved).then().statusCode(200);

        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::aggregateId, AUDIENCE).containsExactly(
                tuple(EnrolmentEvents.Type.WITHDRAWN.type, vnReserved, Set.of("party:SG", "party:VN")),
                tuple(EnrolmentEvents.Type.RESEATED.type, vnOpen, Set.of("party:SG", "party:VN")),
                tuple(EnrolmentEvents.Type.PROMOTED.type, myWaiting, Set.of("party:MY", "party:SG")));
        assertThat(rows.get(1).data().get("seat").asText()).isEqualTo("VN");
        assertThat(rows.get(2).data()).isEqualTo(OutboxRows.bodyOf(read(Tokens.partner("MY"), myWaiting)));
        assertThat(rows.get(2).data().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(rows).extracting(Row::transaction).containsOnly(OutboxRows.transactionOf(database, "enrolment", vnReserved));
    }

    @Test
    void noShowsResultsWithTheirCertificateAndErasureAreEvents() {
        String cohort = openCohort("ID", 5, Map.of());
        String absent = enrolled(cohort, "KH");
        String passes = enrolled(cohort, "KH");
        String fails = enrolled(cohort, "KH");
        String provider = Tokens.partner("ID");
        ended(provider, cohort);

        long before = OutboxRows.last(database);
        given().auth().oauth2(provider).contentType(ContentType.JSON).body(Map.of("to", "NO_SHOW", "reason", "absent"))
                .post("/api/v1/enrolments/" + absent + "/transitions").then().statusCode(200);
        String certificate = result(provider, passes, 90, 75).then().statusCode(200).extract().path("certificateId");
        result(provider, fails, 90, 40).then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).post("/api/v1/enrolments/" + passes + "/erasure").then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).post("/api/v1/enrolments/" + passes + "/erasure").then().statusCode(200);

        List<Row> rows = OutboxRows.since(database, before);
        assertThat(rows).extracting(Row::type, Row::aggregateId).containsExactly(
                tuple(EnrolmentEvents.Type.MARKED_NO_SHOW.type, absent),
                tuple(CertificateEvents.Type.ISSUED.type, certificate),
                tuple(EnrolmentEvents.Type.COMPLETED.type, passes),
                tuple(EnrolmentEvents.Type.FAILED.type, fails),
                tuple(EnrolmentEvents.Type.ERASED.type, passes));
        assertThat(rows).allSatisfy(row -> assertThat(row.audience()).containsExactlyInAnyOrder("party:ID", "party:KH"));
        assertThat(rows.get(1).transaction()).as("the certificate is issued in the completion's transaction")
                .isEqualTo(rows.get(2).transaction());
        assertThat(rows.get(2).data().get("certificateId").asText()).isEqualTo(certificate);
        assertThat(rows.get(3).data()).isEqualTo(OutboxRows.bodyOf(read(Tokens.partner("KH"), fails)));
        JsonNode erased = rows.get(4).data();
        assertThat(erased.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("id", "cohortId", "programId");
        assertThat(erased.get("cohortId").asText()).isEqualTo(cohort);
        assertThat(rows.get(4).transaction()).isEqualTo(OutboxRows.transactionOf(database, "enrolment", passes));
    }

    @Test
    void anErasureIsLoggedOnceWithIdsOnly() {
        String cohort = openCohort("ID", 5, Map.of());
        String enrolment = enrolled(cohort, "KH");

        try (LogLines log = LogLines.of(EnrolmentService.class)) {
            given().auth().oauth2(Tokens.secretariat()).post("/api/v1/enrolments/" + enrolment + "/erasure").then().statusCode(200);
            given().auth().oauth2(Tokens.secretariat()).post("/api/v1/enrolments/" + enrolment + "/erasure").then().statusCode(200);

            assertThat(log.lines()).singleElement().asString()
                    .matches("Erased the personal data of enrolment " + enrolment + " \\(cohort " + cohort
                            + ", program [0-9a-f-]{36}\\) by [^ @]+");
        }
    }

    @Test
    void aBatchRecordsAnEventPerEnrolmentInRowOrderAndNoneForARefusedRow() {
        String cohort = openCohort("SG", 2, Map.of());
        List<Map<String, Object>> rows = List.of(participant("VN"), participant("TH"), participant("VN"), participant("VN"));

        long before = OutboxRows.last(database);
        JsonPath answer = batch(Tokens.agency("VN"), cohort, rows).then().statusCode(200).extract().jsonPath();

        List<Row> events = OutboxRows.since(database, before);
        assertThat(events).extracting(Row::type, Row::aggregateId).containsExactly(
                tuple(EnrolmentEvents.Type.CONFIRMED.type, answer.getString("rows[0].enrolmentId")),
                tuple(EnrolmentEvents.Type.CONFIRMED.type, answer.getString("rows[2].enrolmentId")),
                tuple(EnrolmentEvents.Type.WAITLISTED.type, answer.getString("rows[3].enrolmentId")));
        assertThat(answer.getString("rows[1].outcome")).isEqualTo("REFUSED");
        assertThat(events.get(2).data()).isEqualTo(OutboxRows.bodyOf(read(Tokens.partner("VN"), answer.getString("rows[3].enrolmentId"))));
        assertThat(events).extracting(Row::transaction)
                .containsOnly(OutboxRows.transactionOf(database, "enrolment", answer.getString("rows[0].enrolmentId")));
    }

    @Test
    void aThousandRowBatchRecordsAThousandEventsInItsTransaction() {
        String cohort = openCohort("VN", 100, Map.of());
        List<Map<String, Object>> rows = IntStream.range(0, 1000).mapToObj(i -> participant("VN")).toList();

        long before = OutboxRows.last(database);
        List<String> ids = batch(Tokens.agency("VN"), cohort, rows).then().statusCode(200).extract().jsonPath().getList("rows.enrolmentId");

        List<Row> events = OutboxRows.since(database, before);
        assertThat(events).extracting(Row::aggregateId).containsExactlyElementsOf(ids);
        assertThat(events).filteredOn(row -> row.type().equals(EnrolmentEvents.Type.CONFIRMED.type)).hasSize(100);
        assertThat(events).filteredOn(row -> row.type().equals(EnrolmentEvents.Type.WAITLISTED.type)).hasSize(900);
        assertThat(events).extracting(Row::transaction).containsOnly(OutboxRows.transactionOf(database, "enrolment", ids.get(999)));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String cohort = openCohort("PH", 5, Map.of());
        Map<String, Object> participant = participant("PH");
        String id = enrol(Tokens.agency("PH"), cohort, participant).then().statusCode(201).extract().path("id");
        String draft = createProgram(Tokens.partner("PH"), program("PH")).then().statusCode(201).extract().path("id");
        String closed = createCohort(Tokens.partner("PH"), draft, cohort(5, Map.of())).then().statusCode(201).extract().path("id");
        long before = OutboxRows.last(database);

        enrol(Tokens.agency("PH"), cohort, participant("SG")).then().statusCode(403);
        enrol(Tokens.agency("PH"), cohort, participant).then().statusCode(409);
        enrol(Tokens.agency("PH"), closed, participant("PH")).then().statusCode(422);
        given().auth().oauth2(Tokens.partner("MY")).contentType(ContentType.JSON).body(Map.of("to", "NO_SHOW", "reason", "absent"))
                .post("/api/v1/enrolments/" + id + "/transitions").then().statusCode(404);
        result(Tokens.partner("PH"), id, 90, 75).then().statusCode(422);
        given().auth().oauth2(Tokens.agency("PH")).post("/api/v1/enrolments/" + id + "/erasure").then().statusCode(403);
        batch(Tokens.agency("PH"), cohort, List.of()).then().statusCode(400);
        batch(Tokens.agency("PH"), cohort, List.of(participant("SG"), participant)).then().statusCode(200);
        batch(Tokens.agency("PH"), closed, List.of(participant("PH"))).then().statusCode(422);
        withdraw(Tokens.agency("PH"), id).then().statusCode(200);
        long withdrawn = OutboxRows.last(database);
        withdraw(Tokens.agency("PH"), id).then().statusCode(409);

        assertThat(OutboxRows.since(database, before)).extracting(Row::seq).containsExactly(withdrawn);
    }

    private static Response read(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/enrolments/" + id);
    }

    private static Response batch(String token, String cohort, List<Map<String, Object>> participants) {
        List<Map<String, Object>> body = new ArrayList<>();
        participants.forEach(participant -> body.add(Map.of("participant", participant)));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cohorts/" + cohort + "/enrolment-batches");
    }
}
