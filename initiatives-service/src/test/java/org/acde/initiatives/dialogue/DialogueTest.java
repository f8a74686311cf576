package org.acde.initiatives.dialogue;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.Outboxes.assertDataIsTheView;
import static org.acde.initiatives.Outboxes.assertEvent;
import static org.acde.initiatives.Outboxes.assertNothingSince;
import static org.acde.initiatives.Outboxes.mark;
import static org.acde.initiatives.Outboxes.single;
import static org.acde.initiatives.dialogue.Dialogues.created;
import static org.acde.initiatives.dialogue.Dialogues.dialogue;
import static org.acde.initiatives.dialogue.Dialogues.endorse;
import static org.acde.initiatives.dialogue.Dialogues.outcome;
import static org.acde.initiatives.dialogue.Dialogues.record;
import static org.acde.initiatives.dialogue.Dialogues.today;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.initiatives.initiative.Fixtures;
import org.acde.testing.Listings;
import org.acde.testing.OutboxRows.Row;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A dialogue's life: recorded, changed, its outcomes, the endorsement that names it, and the events of each. */
@QuarkusTest
class DialogueTest {

    @Inject
    DataSource dataSource;

    @Test
    void theHostRecordsAndChangesADialogueThatAnyoneReads() {
        String title = "ADGMIN " + uniqueTag();
        Map<String, Object> body = dialogue("VN", title, 3, "CN", "TH");
        body.remove("endDate");
        long mark = mark(dataSource);
        var created = Dialogues.create(Tokens.agency("VN"), body).then().statusCode(201)
                .header("ETag", is("\"0\"")).body("title", is(title)).body("endDate", is(body.get("startDate")))
                .body("online", is(false)).body("participatingParties", contains("TH", "VN", "CN"))
                .body("agenda[1].description", is("Proposals of the senior officials")).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/dialogues/" + id);
        Row event = single(dataSource, mark);
        assertEvent(event, "org.acde.initiatives.dialogue.created", "/api/v1/dialogues/" + id, List.of("CN", "TH", "VN"),
                List.of("anyone"));
        assertDataIsTheView(event);

        given().get("/api/v1/dialogues/" + id).then().statusCode(200).header("ETag", is("\"0\""))
                .body("hostParty", is("VN")).body("createdBy", is("agency-vn-demo"));

        body.put("place", null);
        body.put("online", true);
        long changed = mark(dataSource);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/dialogues/" + id).then().statusCode(200).header("ETag", is("\"1\""))
                .body("online", is(true)).body("place", nullValue()).body("updatedBy", is("secretariat-demo"));
        Row updated = single(dataSource, changed);
        assertEvent(updated, "org.acde.initiatives.dialogue.updated", "/api/v1/dialogues/" + id,
                List.of("CN", "TH", "VN"), List.of("anyone"));
        assertDataIsTheView(updated);

        long unchanged = mark(dataSource);
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/dialogues/" + id).then().statusCode(200).header("ETag", is("\"1\""));
        assertNothingSince(dataSource, unchanged);
    }

    @Test
    void theListFiltersByKindPartyHostAndDates() {
        String tag = uniqueTag();
        String hosted = created(dialogue("LA", "Hosted " + tag, 40, "KH"));
        Map<String, Object> workshop = dialogue("KH", "Workshop " + tag, 10, "LA");
        workshop.put("kind", "WORKSHOP");
        String attended = created(workshop);
        String other = created(dialogue("SG", "Other " + tag, 5, "MY"));

        assertThat(ids(Map.of("party", "LA"))).contains(hosted, attended).doesNotContain(other);
        assertThat(ids(Map.of("hostParty", "LA"))).contains(hosted).doesNotContain(attended, other);
        assertThat(ids(Map.of("kind", "WORKSHOP", "party", "LA"))).containsExactly(attended);
        assertThat(ids(Map.of("party", "LA", "from", today().minusDays(20).toString()))).contains(attended)
                .doesNotContain(hosted);
        assertThat(ids(Map.of("party", "LA", "to", today().minusDays(20).toString()))).contains(hosted)
                .doesNotContain(attended);
        // Latest first by default; by start date on request.
        List<String> byStart = ids(Map.of("party", "KH", "sort", "startDate"));
        assertThat(byStart.indexOf(hosted)).isLessThan(byStart.indexOf(attended));
        assertThat(ids(Map.of("party", "KH")).indexOf(attended)).isLessThan(ids(Map.of("party", "KH")).indexOf(hosted));
        Listings.assertItemsOpenAsListed(null, "/api/v1/dialogues", Map.of("party", "LA"), id -> "/api/v1/dialogues/" + id);
    }

    @Test
    void outcomesAreRecordedAndTheEndorsementNamesTheMeeting() {
        String initiative = Fixtures.created(initiative("VN", uniqueTag(), "CN"));
        String meeting = created(dialogue("CN", "ASEAN-China digital ministers " + uniqueTag(), 2, "VN", "TH"));
        String workshop = created(dialogue("CN", "Workshop " + uniqueTag(), 30, "VN"));

        long mark = mark(dataSource);
        String endorsed = record(Tokens.agency("CN"), meeting, outcome(initiative, "ENDORSED", null)).then()
                .statusCode(201).header("ETag", is("\"0\"")).body("kind", is("ENDORSED"))
                .body("initiativeId", is(initiative)).body("dialogueId", is(meeting))
                .body("initiativeCode", org.hamcrest.Matchers.startsWith("ACI-")).extract().path("id");
        Row event = single(dataSource, mark);
        // About a proposal: for whoever may read it.
        assertEvent(event, "org.acde.initiatives.dialogue-outcome.recorded",
                "/api/v1/dialogues/" + meeting + "/outcomes/" + endorsed, List.of("CN", "VN"),
                List.of("agency:CN", "agency:VN"));
        assertDataIsTheView(event);
        record(Tokens.secretariat(), workshop, outcome(initiative, "REVIEWED", "Progress reviewed")).then().statusCode(201);
        record(Tokens.agency("CN"), workshop, outcome(initiative, "TASKED", "Report to the next SOM on the pilots"))
                .then().statusCode(201).body("note", is("Report to the next SOM on the pilots"));

        long endorsing = mark(dataSource);
        endorse(Tokens.agency("VN"), initiative, meeting).then().statusCode(200).body("status", is("ENDORSED"));
        assertThat(single(dataSource, endorsing).type()).isEqualTo("org.acde.initiatives.initiative.transitioned");
        given().get("/api/v1/initiatives/" + initiative + "/history").then().statusCode(200)
                .body("items[1].to", is("ENDORSED")).body("items[1].dialogueId", is(meeting))
                .body("items[0].dialogueId", nullValue());

        // The initiative's dialogues, earliest first, each with what it did about the initiative.
        given().get("/api/v1/initiatives/" + initiative + "/dialogues").then().statusCode(200)
                .body("total", is(2)).body("items.dialogueId", contains(workshop, meeting))
                .body("items[0].outcomes.kind", contains("REVIEWED", "TASKED"))
                .body("items[1].outcomes.kind", contains("ENDORSED")).body("items[1].hostParty", is("CN"));
        Listings.assertItemsOpenAsListed(null, "/api/v1/dialogues/" + meeting + "/outcomes", Map.of(),
                id -> "/api/v1/dialogues/" + meeting + "/outcomes/" + id);
    }

    @Test
    void anOutcomeAboutAProposalIsSeenOnlyByThoseWhoSeeTheProposal() {
        String proposal = Fixtures.created(initiative("MY", uniqueTag(), "SG"));
        String published = Fixtures.inStatus(initiative("MY", uniqueTag()), "ENDORSED");
        String meeting = created(dialogue("MY", "SOM " + uniqueTag(), 1, "SG", "ID"));
        String hidden = record(Tokens.agency("MY"), meeting, outcome(proposal, "REVIEWED", null)).then().statusCode(201)
                .extract().path("id");
        String shown = record(Tokens.agency("MY"), meeting, outcome(published, "REVIEWED", null)).then().statusCode(201)
                .extract().path("id");
        String outcomes = "/api/v1/dialogues/" + meeting + "/outcomes";

        assertThat(Listings.assertItemsOpenAsListed(null, outcomes, Map.of(), id -> outcomes + "/" + id))
                .containsExactly(shown);
        assertThat(Listings.assertItemsOpenAsListed(Tokens.agency("ID"), outcomes, Map.of(), id -> outcomes + "/" + id))
                .containsExactly(shown);
        assertThat(Listings.assertItemsOpenAsListed(Tokens.agency("SG"), outcomes, Map.of(), id -> outcomes + "/" + id))
                .containsExactly(hidden, shown);
        assertThat(Listings.assertItemsOpenAsListed(Tokens.partner("SG"), outcomes, Map.of(), id -> outcomes + "/" + id))
                .containsExactly(shown);
        given().get(outcomes + "/" + hidden).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.agency("ID")).get(outcomes + "/" + hidden).then().statusCode(404);
        given().get("/api/v1/initiatives/" + proposal + "/dialogues").then().statusCode(404);
        given().auth().oauth2(Tokens.agency("SG")).get("/api/v1/initiatives/" + proposal + "/dialogues").then()
                .statusCode(200).body("items.dialogueId", contains(meeting));
    }

    /** The ids of every dialogue the list shows anonymously for {@code query}, in its order. */
    private static List<String> ids(Map<String, ?> query) {
        return Listings.all(null, "/api/v1/dialogues", query).stream().map(item -> (String) item.get("id")).toList();
    }
}
