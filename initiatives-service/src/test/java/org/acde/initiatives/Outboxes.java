package org.acde.initiatives;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a request recorded in the outbox: take a {@link #mark} before it, then check what came after. */
public final class Outboxes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Outboxes() {
    }

    public static long mark(DataSource dataSource) {
        return OutboxRows.last(dataSource);
    }

    /** The one event recorded since {@code mark}. */
    public static Row single(DataSource dataSource, long mark) {
        List<Row> rows = OutboxRows.since(dataSource, mark);
        assertThat(rows).as("events recorded").hasSize(1);
        return rows.get(0);
    }

    public static void assertNothingSince(DataSource dataSource, long mark) {
        assertThat(OutboxRows.since(dataSource, mark)).as("events recorded").isEmpty();
    }

    /** The row and the CloudEvent it carries say {@code type} happened to the resource at {@code subject}. */
    public static void assertEvent(Row row, String type, String subject, List<String> parties, List<String> audience) {
        assertThat(row.type()).isEqualTo(type);
        assertThat(row.subject()).isEqualTo(subject);
        assertThat(row.aggregateId()).isEqualTo(subject.substring(subject.lastIndexOf('/') + 1));
        assertThat(row.aggregateType()).isEqualTo(type.substring("org.acde.initiatives.".length(), type.lastIndexOf('.')));
        assertThat(row.parties()).isEqualTo(parties);
        assertThat(row.audience()).isEqualTo(audience);
        assertThat(row.event().path("type").asText()).isEqualTo(type);
        assertThat(row.event().path("subject").asText()).isEqualTo(subject);
        assertThat(row.event().path("source").asText()).isEqualTo("urn:acde:initiatives-service");
    }

    /** The event's data is what a GET of its subject answers now (read as the secretariat, who reads everything). */
    public static void assertDataIsTheView(Row row) {
        String body = given().auth().oauth2(Tokens.secretariat()).get(row.subject()).then().statusCode(200).extract()
                .asString();
        assertThat(row.data()).isEqualTo(read(body));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
