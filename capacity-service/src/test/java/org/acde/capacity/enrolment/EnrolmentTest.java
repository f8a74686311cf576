package org.acde.capacity.enrolment;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.cohort;
import static org.acde.capacity.Fixtures.createCohort;
import static org.acde.capacity.Fixtures.ended;
import static org.acde.capacity.Fixtures.enrol;
import static org.acde.capacity.Fixtures.enrolled;
import static org.acde.capacity.Fixtures.openCohort;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.publishedProgram;
import static org.acde.capacity.Fixtures.reschedule;
import static org.acde.capacity.Fixtures.result;
import static org.acde.capacity.Fixtures.rows;
import static org.acde.capacity.Fixtures.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EnrolmentTest {

    @Inject
    DataSource database;

    private static String get(String token, String id, String field) {
        return given().auth().oauth2(token).get("/api/v1/enrolments/" + id).then().statusCode(200).extract().path(field);
    }

    @Test
    void reservedSeatsFirstThenOpenSeatsThenTheWaitlist() {
        String cohort = openCohort("SG", 3, Map.of("VN", 1));
        enrol(Tokens.agency("VN"), cohort, participant("VN")).then().statusCode(201)
                .body("status", is("CONFIRMED")).body("seat", is("VN")).body("position", is(1));
        enrol(Tokens.partner("VN"), cohort, participant("VN")).then().statusCode(201)
                .body("status", is("CONFIRMED")).body("seat", is("OPEN")).body("position", is(2));
        enrol(Tokens.agency("TH"), cohort, participant("TH")).then().statusCode(201)
                .body("status", is("CONFIRMED")).body("seat", is("OPEN"));
        enrol(Tokens.agency("TH"), cohort, participant("TH")).then().statusCode(201)
                .body("status", is("WAITLISTED")).body("seat", nullValue()).body("position", is(4));
        given().get("/api/v1/cohorts/" + cohort).then().body("seatsTaken", is(3)).body("waitlisted", is(1));
    }

    @Test
    void aWithdrawalPromotesTheFirstInLineForThatSeat() {
        String cohort = openCohort("SG", 3, Map.of("VN", 1));
        String vnReserved = enrolled(cohort, "VN");
        enrolled(cohort, "VN");
        String thOpen = enrolled(cohort, "TH");
        String thWaiting = enrolled(cohort, "TH");
        String vnWaiting = enrolled(cohort, "VN");
        String cnWaiting = enrolled(cohort, "CN");
        String admin = Tokens.secretariat();
        assertThat(get(admin, vnWaiting, "status")).isEqualTo("WAITLISTED");

        // An open seat goes to the longest-waiting participant of any party.
        withdraw(Tokens.agency("TH"), thOpen).then().statusCode(200).body("status", is("WITHDRAWN")).body("seat", nullValue());
        assertThat(get(admin, thWaiting, "status")).isEqualTo("CONFIRMED");
        assertThat(get(admin, thWaiting, "seat")).isEqualTo("OPEN");
        assertThat(get(admin, cnWaiting, "status")).isEqualTo("WAITLISTED");

        // A reserved seat goes to the longest-waiting participant of its party, even if others waited longer.
        withdraw(Tokens.partner("VN"), vnReserved).then().statusCode(200);
        assertThat(get(admin, vnWaiting, "status")).isEqualTo("CONFIRMED");
        assertThat(get(admin, vnWaiting, "seat")).isEqualTo("VN");
        assertThat(get(admin, cnWaiting, "status")).isEqualTo("WAITLISTED");

        // Withdrawing from the waitlist frees nothing; withdrawing twice is a conflict.
        withdraw(Tokens.agency("CN"), cnWaiting).then().statusCode(200);
        withdraw(Tokens.agency("CN"), cnWaiting).then().statusCode(409).body("currentStatus", is("WITHDRAWN"));
        given().get("/api/v1/cohorts/" + cohort).then().body("seatsTaken", is(3)).body("waitlisted", is(0));
    }

    @Test
    void aFreedReservedSeatWithNobodyOfItsPartyWaitingMovesThePartyOutOfAnOpenSeat() {
        String cohort = openCohort("SG", 2, Map.of("VN", 1));
        String vnReserved = enrolled(cohort, "VN");
        String vnOpen = enrolled(cohort, "VN");
        String myWaiting = enrolled(cohort, "MY");
        withdraw(Tokens.agency("VN"), vnReserved).then().statusCode(200);
        String admin = Tokens.secretariat();
        assertThat(get(admin, vnOpen, "seat")).isEqualTo("VN");
        assertThat(get(admin, myWaiting, "status")).isEqualTo("CONFIRMED");
        assertThat(get(admin, myWaiting, "seat")).isEqualTo("OPEN");
    }

    @Test
    void theSameEmailTwiceInACohortIs409AndWritesNothing() {
        String cohort = openCohort("TH", 5, Map.of());
        Map<String, Object> first = participant("TH");
        enrol(Tokens.agency("TH"), cohort, first).then().statusCode(201);
        Map<String, Object> again = participant("TH");
        again.put("email", ((String) first.get("email")).toUpperCase());
        enrol(Tokens.partner("TH"), cohort, again).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:conflict"));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(1);
        // Another cohort takes the same person.
        enrol(Tokens.agency("TH"), openCohort("TH", 5, Map.of()), first).then().statusCode(201);
    }

    @Test
    void outsideTheEnrolmentWindowIs422AndWritesNothing() {
        String program = publishedProgram("KH");
        Map<String, Object> body = cohort(5, Map.of());
        body.put("enrolmentOpens", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        String cohort = createCohort(Tokens.partner("KH"), program, body).then().statusCode(201).extract().path("id");
        enrol(Tokens.agency("KH"), cohort, participant("KH")).then().statusCode(422).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:unprocessable"));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isZero();
    }

    @Test
    void personalDataIsShownOnlyToTheParticipantsAgencyTheProviderAndTheSecretariat() {
        String cohort = openCohort("VN", 5, Map.of());
        Map<String, Object> participant = participant("TH");
        String id = enrol(Tokens.partner("TH"), cohort, participant).then().statusCode(201)
                .body("name", nullValue()).body("email", nullValue()).body("party", is("TH")).extract().path("id");
        for (String entitled : new String[] { Tokens.agency("TH"), Tokens.partner("VN"), Tokens.agency("VN"), Tokens.secretariat() }) {
            given().auth().oauth2(entitled).get("/api/v1/enrolments/" + id).then().statusCode(200)
                    .body("name", is(participant.get("name"))).body("email", is(participant.get("email"))).body("sex", is("F"));
        }
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/enrolments/" + id).then().statusCode(200)
                .body("name", nullValue()).body("email", nullValue()).body("sex", nullValue()).body("status", is("CONFIRMED"));
        given().auth().oauth2(Tokens.agency("MY")).get("/api/v1/enrolments/" + id).then().statusCode(404);
        given().get("/api/v1/enrolments/" + id).then().statusCode(401);

        enrolled(cohort, "MY");
        given().auth().oauth2(Tokens.partner("VN")).get("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(200)
                .body("total", is(2)).body("items.party", contains("TH", "MY")).body("items.email", everyItem(notNullValue()));
        given().auth().oauth2(Tokens.partner("TH")).get("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(200)
                .body("total", is(1)).body("items[0].party", is("TH")).body("items[0].email", nullValue());
        given().auth().oauth2(Tokens.agency("MY")).queryParam("status", "CONFIRMED")
                .get("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(200)
                .body("total", is(1)).body("items[0].party", is("MY")).body("items[0].email", notNullValue());
    }

    @Test
    void theSecretariatErasesPersonalDataButKeepsTheEnrolment() {
        String cohort = openCohort("CN", 5, Map.of());
        String id = enrolled(cohort, "LA");
        given().auth().oauth2(Tokens.secretariat()).post("/api/v1/enrolments/" + id + "/erasure").then().statusCode(200)
                .body("name", nullValue()).body("email", nullValue()).body("erasedAt", notNullValue())
                .body("status", is("CONFIRMED")).body("party", is("LA")).body("sex", is("F"));
        given().auth().oauth2(Tokens.partner("CN")).get("/api/v1/enrolments/" + id).then().statusCode(200)
                .body("name", nullValue()).body("email", nullValue());
        assertThat(rows(database, "enrolment", "id = '" + id + "' AND participant_name IS NULL AND participant_email IS NULL"))
                .isEqualTo(1);
        given().get("/api/v1/cohorts/" + cohort).then().body("seatsTaken", is(1));
    }

    @Test
    void aRequestRetriedAfterTheErasureReplaysTheErasedEnrolment() {
        String cohort = openCohort("KH", 5, Map.of());
        Map<String, Object> participant = participant("KH");
        String key = "enrol-erased-" + cohort;
        String id = given().auth().oauth2(Tokens.agency("KH")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("participant", participant))
                .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.secretariat()).post("/api/v1/enrolments/" + id + "/erasure").then().statusCode(200);

        given().auth().oauth2(Tokens.agency("KH")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("participant", participant))
                .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(201)
                .body("id", is(id)).body("name", nullValue()).body("email", nullValue()).body("erasedAt", notNullValue());
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(1);
        assertThat(rows(database, "idempotency_key", "key = '" + key + "' AND body NOT LIKE '%" + participant.get("email") + "%'"))
                .isEqualTo(1);
    }

    @Test
    void resultsMeetingTheCriteriaCompleteWithACertificateOthersFail() {
        String cohort = openCohort("ID", 5, Map.of());
        String passes = enrolled(cohort, "ID");
        String fails = enrolled(cohort, "ID");
        String provider = Tokens.partner("ID");
        ended(provider, cohort);
        result(provider, passes, 90, 75).then().statusCode(200).body("status", is("COMPLETED"))
                .body("attendancePercent", is(90)).body("score", is(75)).body("certificateId", notNullValue());
        result(provider, fails, 90, 40).then().statusCode(200).body("status", is("FAILED")).body("certificateId", nullValue());
        result(provider, passes, 100, 100).then().statusCode(409).body("currentStatus", is("COMPLETED"));
        assertThat(rows(database, "certificate", "enrolment_id IN ('" + passes + "', '" + fails + "')")).isEqualTo(1);
    }

    @Test
    void resultsOpenWhenTheLastDayBeginsInTheCohortsTimeZone() {
        // Kiritimati is UTC+14: from 10:00 UTC on, its today is tomorrow in UTC.
        ZoneId zone = ZoneId.of("Pacific/Kiritimati");
        Map<String, Object> body = cohort(5, Map.of());
        body.put("timeZone", zone.getId());
        String cohort = createCohort(Tokens.partner("PH"), publishedProgram("PH"), body).then().statusCode(201).extract().path("id");
        String id = enrolled(cohort, "PH");
        String provider = Tokens.partner("PH");
        LocalDate lastDay = LocalDate.now(zone);
        reschedule(provider, cohort, lastDay).then().statusCode(200);
        String certificate = result(provider, id, 90, 75).then().statusCode(200).body("status", is("COMPLETED"))
                .extract().path("certificateId");
        String validFrom = given().get("/api/v1/certificates/" + certificate).then().statusCode(200)
                .extract().path("credential.validFrom");
        assertThat(Instant.parse(validFrom)).isAfterOrEqualTo(lastDay.atStartOfDay(zone).toInstant());
    }

    @Test
    void theProviderRecordsNoShows() {
        String cohort = openCohort("BN", 5, Map.of());
        String id = enrolled(cohort, "BN");
        given().auth().oauth2(Tokens.agency("BN")).contentType(ContentType.JSON).body(Map.of("to", "NO_SHOW", "reason", "absent"))
                .post("/api/v1/enrolments/" + id + "/transitions").then().statusCode(200).body("status", is("NO_SHOW"));
        given().auth().oauth2(Tokens.agency("BN")).contentType(ContentType.JSON).body(Map.of("to", "COMPLETED", "reason", "x"))
                .post("/api/v1/enrolments/" + id + "/transitions").then().statusCode(400).body("errors[0].field", is("to"));
    }

    @Test
    void aRefusedMoveNamesTheMovesAllowed() {
        String cohort = openCohort("BN", 1, Map.of());
        enrolled(cohort, "BN");
        String waiting = enrolled(cohort, "BN");
        given().auth().oauth2(Tokens.agency("BN")).contentType(ContentType.JSON).body(Map.of("to", "NO_SHOW", "reason", "absent"))
                .post("/api/v1/enrolments/" + waiting + "/transitions").then().statusCode(409)
                .body("currentStatus", is("WAITLISTED")).body("allowed", contains("WITHDRAWN"))
                .body("detail", is("An enrolment cannot move from WAITLISTED to NO_SHOW; allowed: WITHDRAWN"));
        withdraw(Tokens.agency("BN"), waiting).then().statusCode(200);
        withdraw(Tokens.agency("BN"), waiting).then().statusCode(409)
                .body("currentStatus", is("WITHDRAWN")).body("allowed", empty())
                .body("detail", is("The enrolment is already WITHDRAWN; WITHDRAWN is final"));
    }

    @Test
    void aRetriedEnrolmentWithTheSameKeyIsEnrolledOnce() {
        String cohort = openCohort("MM", 5, Map.of());
        Map<String, Object> participant = participant("MM");
        String first = given().auth().oauth2(Tokens.agency("MM")).header("Idempotency-Key", "enrol-" + cohort)
                .contentType(ContentType.JSON).body(Map.of("participant", participant))
                .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.agency("MM")).header("Idempotency-Key", "enrol-" + cohort)
                .contentType(ContentType.JSON).body(Map.of("participant", participant))
                .post("/api/v1/cohorts/" + cohort + "/enrolments").then().statusCode(201).body("id", is(first));
        assertThat(rows(database, "enrolment", "cohort_id = '" + cohort + "'")).isEqualTo(1);
    }
}
