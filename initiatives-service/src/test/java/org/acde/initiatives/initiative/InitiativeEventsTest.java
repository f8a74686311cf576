package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.Outboxes.assertDataIsTheView;
import static org.acde.initiatives.Outboxes.assertEvent;
import static org.acde.initiatives.Outboxes.assertNothingSince;
import static org.acde.initiatives.Outboxes.mark;
import static org.acde.initiatives.Outboxes.single;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.etag;
import static org.acde.initiatives.initiative.Fixtures.inStatus;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.transition;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every change to an initiative records one event in its transaction, read by whoever may read the initiative: the
 * agencies of its parties while it is a proposal, anyone once endorsed. A refused change records none.
 */
@QuarkusTest
class InitiativeEventsTest {

    private static final String CREATED = "org.acde.initiatives.initiative.created";
    private static final String UPDATED = "org.acde.initiatives.initiative.updated";
    private static final String TRANSITIONED = "org.acde.initiatives.initiative.transitioned";
    private static final List<String> PROPOSAL_READERS = List.of("agency:CN", "agency:VN");

    @Inject
    DataSource dataSource;

    @Test
    void aProposalIsRecordedForTheAgenciesOfItsParties() {
        long mark = mark(dataSource);
        String id = created(initiative("VN", uniqueTag(), "CN"));

        Row row = single(dataSource, mark);
        assertEvent(row, CREATED, path(id), List.of("CN", "VN"), PROPOSAL_READERS);
        assertThat(row.data().path("status").asText()).isEqualTo("PROPOSED");
        assertDataIsTheView(row);
    }

    @Test
    void anUpdateRecordsTheNewViewAndAnUnchangedOneNothing() {
        Map<String, Object> body = initiative("VN", uniqueTag(), "CN");
        String id = created(body);
        body.put("title", "Renamed pilot");
        long mark = mark(dataSource);
        put(id, body).then().statusCode(200);

        Row row = single(dataSource, mark);
        assertEvent(row, UPDATED, path(id), List.of("CN", "VN"), PROPOSAL_READERS);
        assertThat(row.data().path("title").asText()).isEqualTo("Renamed pilot");
        assertDataIsTheView(row);

        long unchanged = mark(dataSource);
        put(id, body).then().statusCode(200);
        assertNothingSince(dataSource, unchanged);
    }

    @Test
    void theAudienceFollowsThePartiesAnUpdateGives() {
        Map<String, Object> body = initiative("VN", uniqueTag(), "CN");
        String id = created(body);
        body.put("participatingParties", List.of("VN", "TH"));
        long mark = mark(dataSource);
        put(id, body).then().statusCode(200);

        assertEvent(single(dataSource, mark), UPDATED, path(id), List.of("TH", "VN"), List.of("agency:TH", "agency:VN"));
    }

    @Test
    void aTransitionRecordsTheNewStatusForWhoeverMayNowReadIt() {
        String id = created(initiative("VN", uniqueTag(), "CN"));
        long mark = mark(dataSource);
        transition(Tokens.secretariat(), id, "ENDORSED").then().statusCode(200);

        Row endorsed = single(dataSource, mark);
        assertEvent(endorsed, TRANSITIONED, path(id), List.of("CN", "VN"), List.of("anyone"));
        assertThat(endorsed.data().path("status").asText()).isEqualTo("ENDORSED");
        assertDataIsTheView(endorsed);

        long activated = mark(dataSource);
        transition(Tokens.agency("VN"), id, "ACTIVE").then().statusCode(200);
        Row active = single(dataSource, activated);
        assertEvent(active, TRANSITIONED, path(id), List.of("CN", "VN"), List.of("anyone"));
        assertThat(active.data().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(active.data().path("actualStart").isTextual()).isTrue();
        assertDataIsTheView(active);
    }

    @Test
    void aCancelledProposalStaysWithItsAgencies() {
        String id = created(initiative("VN", uniqueTag(), "CN"));
        long mark = mark(dataSource);
        transition(Tokens.agency("VN"), id, "CANCELLED").then().statusCode(200);

        Row row = single(dataSource, mark);
        assertEvent(row, TRANSITIONED, path(id), List.of("CN", "VN"), PROPOSAL_READERS);
        assertThat(row.data().path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aDeletedProposalIsRecordedWithItsIdOnly() {
        String id = created(initiative("VN", uniqueTag(), "CN"));
        long mark = mark(dataSource);
        given().auth().oauth2(Tokens.agency("VN")).header("If-Match", etag(Tokens.agency("VN"), id))
                .delete(path(id)).then().statusCode(204);

        Row row = single(dataSource, mark);
        assertEvent(row, "org.acde.initiatives.initiative.deleted", path(id), List.of("CN", "VN"), PROPOSAL_READERS);
        assertThat(row.data()).isEqualTo(new ObjectMapper().createObjectNode().put("id", id));
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        Map<String, Object> body = initiative("VN", uniqueTag(), "CN");
        String proposal = created(body);
        String endorsed = inStatus(initiative("VN", uniqueTag(), "CN"), "ENDORSED");
        long mark = mark(dataSource);

        transition(Tokens.agency("VN"), proposal, "ACTIVE").then().statusCode(409);
        given().auth().oauth2(Tokens.agency("VN")).header("If-Match", etag(Tokens.agency("VN"), endorsed))
                .delete(path(endorsed)).then().statusCode(409);
        body.put("leadParty", "CN");
        put(proposal, body).then().statusCode(422);
        body.put("leadParty", "VN");
        body.put("title", "Renamed against a stale version");
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", "\"99\"").body(body)
                .put(path(proposal)).then().statusCode(412);
        Fixtures.create(Tokens.agency("VN"), initiative("TH", uniqueTag())).then().statusCode(403);

        assertNothingSince(dataSource, mark);
    }

    private static io.restassured.response.Response put(String id, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON)
                .header("If-Match", etag(Tokens.agency("VN"), id)).body(body).put(path(id));
    }

    private static String path(String id) {
        return "/api/v1/initiatives/" + id;
    }
}
