package org.acde.capacity.certificate;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.ended;
import static org.acde.capacity.Fixtures.enrolled;
import static org.acde.capacity.Fixtures.openCohort;
import static org.acde.capacity.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.acde.testing.LogLines;
import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class CertificateEventsTest {

    @Inject
    DataSource database;

    @Test
    void issueAndRevocationAreEventsForThoseWhoMayReadTheEnrolmentNotForAnyone() {
        String cohort = openCohort("CN", 5, Map.of());
        String enrolment = enrolled(cohort, "MM");
        String provider = Tokens.partner("CN");
        ended(provider, cohort);

        long before = OutboxRows.last(database);
        String id = result(provider, enrolment, 100, 90).then().statusCode(200).extract().path("certificateId");
        revoke(provider, id).then().statusCode(200);

        List<Row> rows = OutboxRows.since(database, before).stream().filter(row -> row.aggregateType().equals("certificate")).toList();
        String subject = "/api/v1/certificates/" + id;
        assertThat(rows).extracting(Row::type, Row::aggregateId, Row::subject, Row::parties).containsExactly(
                tuple(CertificateEvents.Type.ISSUED.type, id, subject, List.of("CN", "MM")),
                tuple(CertificateEvents.Type.REVOKED.type, id, subject, List.of("CN", "MM")));
        assertThat(rows).allSatisfy(row -> assertThat(row.audience()).containsExactlyInAnyOrder("party:CN", "party:MM"));
        assertThat(rows.get(1).data()).isEqualTo(OutboxRows.bodyOf(given().get(subject)));
        assertThat(rows.get(1).data().get("status").asText()).isEqualTo("REVOKED");
        assertThat(rows.get(1).transaction()).isEqualTo(OutboxRows.transactionOf(database, "certificate", id));
    }

    @Test
    void aRefusedRevocationRecordsNothing() {
        String cohort = openCohort("LA", 5, Map.of());
        String enrolment = enrolled(cohort, "LA");
        String provider = Tokens.partner("LA");
        ended(provider, cohort);
        String id = result(provider, enrolment, 100, 90).then().statusCode(200).extract().path("certificateId");
        revoke(provider, id).then().statusCode(200);
        long before = OutboxRows.last(database);

        revoke(provider, id).then().statusCode(409);
        revoke(Tokens.partner("TH"), id).then().statusCode(403);
        revoke(provider, UUID.randomUUID().toString()).then().statusCode(404);

        assertThat(OutboxRows.since(database, before)).isEmpty();
    }

    @Test
    void aRevocationIsLoggedWithIdsOnlyAndARefusedOneNot() {
        String cohort = openCohort("LA", 5, Map.of());
        String enrolment = enrolled(cohort, "LA");
        String provider = Tokens.partner("LA");
        ended(provider, cohort);
        String id = result(provider, enrolment, 100, 90).then().statusCode(200).extract().path("certificateId");

        try (LogLines log = LogLines.of(CertificateService.class)) {
            revoke(provider, id).then().statusCode(200);
            revoke(provider, id).then().statusCode(409);

            assertThat(log.lines()).singleElement().asString()
                    .startsWith("Revoked certificate " + id + " (enrolment " + enrolment + ", program ")
                    .contains(") by ")
                    .doesNotContain("wrong participant");
        }
    }

    private static Response revoke(String token, String id) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "Recorded for the wrong participant"))
                .post("/api/v1/certificates/" + id + "/revocation");
    }
}
