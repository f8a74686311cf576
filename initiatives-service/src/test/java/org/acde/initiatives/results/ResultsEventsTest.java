package org.acde.initiatives.results;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.Outboxes.assertDataIsTheView;
import static org.acde.initiatives.Outboxes.assertEvent;
import static org.acde.initiatives.Outboxes.assertNothingSince;
import static org.acde.initiatives.Outboxes.mark;
import static org.acde.initiatives.Outboxes.single;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.inStatus;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * An indicator's creation, change and deletion, a submitted progress report and what it measured are recorded for
 * whoever may read the initiative; a refused write records nothing.
 */
@QuarkusTest
class ResultsEventsTest {

    /** Last year: its periods have all started, whatever the day of the run. */
    private static final String LAST_YEAR = Year.now(ZoneOffset.UTC).minusYears(1).toString();
    private static final List<String> PARTIES = List.of("CN", "VN");
    private static final List<String> ANYONE = List.of("anyone");

    @Inject
    DataSource dataSource;

    @Test
    void anIndicatorIsRecordedWhenCreatedChangedAndDeleted() {
        String initiative = inStatus(initiative("VN", uniqueTag(), "CN"), "ENDORSED");
        long mark = mark(dataSource);
        String id = post(Tokens.agency("VN"), indicators(initiative), indicator(50)).statusCode(201).extract().path("id");

        Row created = single(dataSource, mark);
        assertEvent(created, "org.acde.initiatives.indicator.created", indicators(initiative) + "/" + id, PARTIES, ANYONE);
        assertDataIsTheView(created);

        long changed = mark(dataSource);
        put(indicators(initiative) + "/" + id, indicator(80), "\"0\"").statusCode(200);
        Row updated = single(dataSource, changed);
        assertEvent(updated, "org.acde.initiatives.indicator.updated", indicators(initiative) + "/" + id, PARTIES, ANYONE);
        assertThat(updated.data().path("targets").get(0).path("value").asInt()).isEqualTo(80);
        assertDataIsTheView(updated);

        long unchanged = mark(dataSource);
        put(indicators(initiative) + "/" + id, indicator(80), "\"1\"").statusCode(200);
        assertNothingSince(dataSource, unchanged);

        long deleted = mark(dataSource);
        given().auth().oauth2(Tokens.agency("VN")).header("If-Match", "\"1\"").delete(indicators(initiative) + "/" + id)
                .then().statusCode(204);
        Row gone = single(dataSource, deleted);
        assertEvent(gone, "org.acde.initiatives.indicator.deleted", indicators(initiative) + "/" + id, PARTIES, ANYONE);
        assertThat(gone.data())
                .isEqualTo(new ObjectMapper().createObjectNode().put("id", id).put("initiativeId", initiative));
    }

    @Test
    void aReportIsRecordedWithTheIndicatorsItMeasured() {
        String initiative = created(initiative("VN", uniqueTag(), "CN"));
        String measured = post(Tokens.agency("VN"), indicators(initiative), indicator(50)).statusCode(201).extract()
                .path("id");
        post(Tokens.agency("VN"), indicators(initiative), indicator(10)).statusCode(201);
        long mark = mark(dataSource);
        String report = post(Tokens.agency("CN"), reports(initiative),
                report(LAST_YEAR, Map.of("indicatorId", measured, "value", 30))).statusCode(201).extract().path("id");

        List<Row> rows = OutboxRows.since(dataSource, mark);
        assertThat(rows).hasSize(2);
        List<String> proposalReaders = List.of("agency:CN", "agency:VN");
        assertEvent(rows.get(0), "org.acde.initiatives.progress-report.submitted", reports(initiative) + "/" + report,
                PARTIES, proposalReaders);
        assertThat(rows.get(0).data().path("party").asText()).isEqualTo("CN");
        assertDataIsTheView(rows.get(0));
        assertEvent(rows.get(1), "org.acde.initiatives.indicator.measured", indicators(initiative) + "/" + measured,
                PARTIES, proposalReaders);
        assertThat(rows.get(1).data().path("actuals").get(0).path("reportId").asText()).isEqualTo(report);
        assertDataIsTheView(rows.get(1));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String initiative = inStatus(initiative("VN", uniqueTag(), "CN"), "ENDORSED");
        String indicator = post(Tokens.agency("VN"), indicators(initiative), indicator(50)).statusCode(201).extract()
                .path("id");
        post(Tokens.agency("CN"), reports(initiative), report(LAST_YEAR, Map.of("indicatorId", indicator, "value", 3)))
                .statusCode(201);
        long mark = mark(dataSource);

        post(Tokens.agency("CN"), reports(initiative), report(LAST_YEAR)).statusCode(409);
        post(Tokens.agency("TH"), reports(initiative), report(LAST_YEAR)).statusCode(422);
        post(Tokens.agency("VN"), reports(initiative), report(Year.now(ZoneOffset.UTC).plusYears(1).toString()))
                .statusCode(422);
        Map<String, Object> inPercent = indicator(50);
        inPercent.put("unit", "PERCENT");
        put(indicators(initiative) + "/" + indicator, inPercent, "\"0\"").statusCode(422);
        given().auth().oauth2(Tokens.agency("VN")).header("If-Match", "\"0\"")
                .delete(indicators(initiative) + "/" + indicator).then().statusCode(409);
        post(Tokens.agency("CN"), indicators(initiative), indicator(50)).statusCode(403);

        assertNothingSince(dataSource, mark);
    }

    private static Map<String, Object> indicator(int target) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "MSMEs onboarded");
        body.put("level", "OUTPUT");
        body.put("unit", "COUNT");
        body.put("ascending", true);
        body.put("baseline", Map.of("value", 0, "date", "2025-12-31"));
        body.put("targets", List.of(Map.of("period", "2026", "value", target)));
        return body;
    }

    private static Map<String, Object> report(String period, Object... actuals) {
        return Map.of("period", period, "narrative", "Onboarding went well.", "actuals", List.of(actuals));
    }

    private static ValidatableResponse post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static ValidatableResponse put(String path, Map<String, Object> body, String ifMatch) {
        return given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(body).put(path).then();
    }

    private static String indicators(String initiative) {
        return "/api/v1/initiatives/" + initiative + "/indicators";
    }

    private static String reports(String initiative) {
        return "/api/v1/initiatives/" + initiative + "/progress-reports";
    }
}
