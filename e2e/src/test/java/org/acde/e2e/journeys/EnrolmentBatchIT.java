package org.acde.e2e.journeys;

import static org.acde.e2e.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.e2e.Api;
import org.acde.e2e.Refusal;
import org.acde.e2e.RowCounts;
import org.acde.e2e.SystemTest;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * An agency's back-end enrols a whole intake at once through the gateway, with Keycloak's tokens: 1,000 rows of CSV
 * pass the gateway's and the service's body limits and are all decided, a 1,001st row is a 413 with nothing written,
 * and only agencies and the secretariat may send batches, each for its own party's participants.
 */
@SystemTest
class EnrolmentBatchIT {

    private final Api vietnam = Api.as("agency-vn-demo");
    private final Api china = Api.as("agency-cn-demo");
    private final Api partner = Api.as("partner-my-demo");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAgencyEnrolsAThousandParticipantsFromCsvThroughTheGateway() throws Exception {
        String path = "/api/v1/cohorts/" + openCohort() + "/enrolment-batches";
        Refusal.of("POST", path, List.of(participant("VN", "refused-" + tag + "@example.vn")))
                .needsAValidToken(vietnam)
                .refusedTo(partner, 403); // partners enrol one at a time

        Response thousand = csv(vietnam, path, 1000, "a");
        thousand.then().statusCode(200).body("created", is(50)).body("waitlisted", is(950)).body("refused", is(0))
                .body("rows", hasSize(1000)).body("rows[999].row", is(1000));
        assertThat(thousand.jsonPath().getString("rows[0].location")).startsWith("/api/v1/enrolments/");
        vietnam.get(thousand.jsonPath().getString("rows[0].location")).then().statusCode(200)
                .body("email", is("p0-a-" + tag + "@example.vn")).body("seat", is("VN"));

        try (RowCounts rows = new RowCounts()) {
            Map<String, Long> before = rows.snapshot();
            csv(vietnam, path, 1001, "b").then().statusCode(413).contentType("application/problem+json")
                    .body("type", is("urn:acde:problem:body-too-large"));
            assertThat(rows.snapshot()).as("rows after a batch of 1,001").isEqualTo(before);
        }

        // China's agency: its own participant waits, Viet Nam's is refused in its row.
        china.post(path, List.of(participant("VN", "vn-by-cn-" + tag + "@example.vn"), participant("CN", "cn-" + tag + "@example.cn")))
                .then().statusCode(200).body("rows.outcome", contains("REFUSED", "WAITLISTED"))
                .body("rows[0].problem.status", is(403));
    }

    private Response csv(Api caller, String path, int rows, String batch) {
        StringBuilder body = new StringBuilder("name,email,party,organisationType,sex,consent\r\n");
        for (int i = 0; i < rows; i++) {
            body.append("Participant ").append(i).append(",p").append(i).append('-').append(batch).append('-').append(tag)
                    .append("@example.vn,VN,GOVERNMENT,").append(i % 2 == 0 ? "F" : "M").append(",true\r\n");
        }
        return caller.request().contentType("text/csv; charset=utf-8").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post(path);
    }

    /** A published program of Viet Nam's agency with a cohort of 50 seats (10 reserved for VN), open for enrolment. */
    private String openCohort() {
        String program = vietnam.create("/api/v1/programs", json("title", "Cloud operations intake " + tag,
                "description", "Hands-on training for provincial IT technicians.", "measure", "VI",
                "topics", List.of("CLOUD"), "audiences", List.of("TECHNICIANS"), "providerParty", "VN",
                "providerOrganisation", "Viet Nam Academy of Digital Skills", "delivery", "ONLINE", "languages", List.of("vi")));
        vietnam.transition("/api/v1/programs/" + program, "PUBLISHED").then().statusCode(200);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(14);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return vietnam.create("/api/v1/programs/" + program + "/cohorts", json("startDate", start.toString(),
                "endDate", start.plusDays(2).toString(), "enrolmentOpens", now.minus(1, ChronoUnit.HOURS).toString(),
                "enrolmentCloses", now.plus(2, ChronoUnit.DAYS).toString(), "timeZone", "Asia/Ho_Chi_Minh", "seats", 50,
                "quotas", List.of(json("party", "VN", "seats", 10)),
                "completion", json("minAttendancePercent", 80, "passMark", 60)));
    }

    private static Map<String, Object> participant(String party, String email) {
        return json("participant", json("name", "Participant " + email.substring(0, email.indexOf('@')), "email", email,
                "party", party, "organisationType", "GOVERNMENT", "consent", true));
    }
}
