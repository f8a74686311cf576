package org.acde.initiatives.dialogue;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.Outboxes.assertNothingSince;
import static org.acde.initiatives.Outboxes.mark;
import static org.acde.initiatives.dialogue.Dialogues.count;
import static org.acde.initiatives.dialogue.Dialogues.create;
import static org.acde.initiatives.dialogue.Dialogues.created;
import static org.acde.initiatives.dialogue.Dialogues.dialogue;
import static org.acde.initiatives.dialogue.Dialogues.endorse;
import static org.acde.initiatives.dialogue.Dialogues.outcome;
import static org.acde.initiatives.dialogue.Dialogues.outcomes;
import static org.acde.initiatives.dialogue.Dialogues.record;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.acde.testing.Challenges.assertNoToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.initiatives.initiative.Fixtures;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every role and party rule of dialogues and outcomes, each with a token that must be refused, and nothing written. */
@QuarkusTest
class DialogueSecurityTest {

    @Inject
    DataSource dataSource;

    @Test
    void anonymousCallersCannotWrite() {
        String meeting = created(dialogue("VN", "ADGMIN " + uniqueTag(), 1));
        long before = count();
        assertNoToken(given().contentType(ContentType.JSON).body(dialogue("VN", "x", 1)).post("/api/v1/dialogues").then());
        assertNoToken(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(dialogue("VN", "x", 1))
                .put("/api/v1/dialogues/" + meeting).then());
        assertNoToken(given().contentType(ContentType.JSON).body(outcome(meeting, "REVIEWED", null))
                .post("/api/v1/dialogues/" + meeting + "/outcomes").then());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void partnersOnlyRead() {
        String meeting = created(dialogue("VN", "ADGMIN " + uniqueTag(), 1));
        String initiative = Fixtures.inStatus(initiative("VN", uniqueTag()), "ENDORSED");
        long mark = mark(dataSource);
        create(Tokens.partner("VN"), dialogue("VN", "x", 1)).then().statusCode(403)
                .contentType("application/problem+json").body("type", is("urn:acde:problem:forbidden"));
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(dialogue("VN", "x", 1)).put("/api/v1/dialogues/" + meeting).then().statusCode(403);
        record(Tokens.partner("VN"), meeting, outcome(initiative, "REVIEWED", null)).then().statusCode(403);
        assertNothingSince(dataSource, mark);
    }

    @Test
    void anAgencyRecordsOnlyDialoguesItsPartyHosts() {
        long mark = mark(dataSource);
        // Taking part is not hosting.
        create(Tokens.agency("CN"), dialogue("VN", "x", 1, "CN")).then().statusCode(403)
                .contentType("application/problem+json");
        create(Tokens.agency("TH"), dialogue("VN", "x", 1)).then().statusCode(403);
        // A token without a party claim.
        create(Tokens.claims("agency-nowhere", "agency", null).sign(), dialogue("VN", "x", 1)).then().statusCode(403);
        assertNothingSince(dataSource, mark);
        created(dialogue("VN", "ok " + uniqueTag(), 1));
        create(Tokens.secretariat(), dialogue("TL", "ok " + uniqueTag(), 1)).then().statusCode(201);
    }

    @Test
    void onlyTheHostsSideChangesADialogueAndOnlyTheSecretariatMovesItsHost() {
        Map<String, Object> body = dialogue("VN", "ADGMIN " + uniqueTag(), 1, "CN");
        String meeting = created(body);
        long mark = mark(dataSource);
        given().auth().oauth2(Tokens.agency("CN")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/dialogues/" + meeting).then().statusCode(403);
        body.put("hostParty", "CN");
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/dialogues/" + meeting).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("hostParty"));
        assertNothingSince(dataSource, mark);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/dialogues/" + meeting).then().statusCode(200).body("hostParty", is("CN"));
        // Now CN's, no longer VN's.
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/dialogues/" + meeting).then().statusCode(403);
    }

    /**
     * Outcomes are the host's record, of multilateral meetings too: the host chairs and issues the meeting's statement.
     * A participating party's agency, even the initiative's lead, cannot record them.
     */
    @Test
    void anAgencyRecordsOutcomesOnlyForMeetingsItsPartyHosted() {
        String initiative = Fixtures.inStatus(initiative("TH", uniqueTag(), "VN"), "ENDORSED");
        String meeting = created(dialogue("VN", "ADGMIN " + uniqueTag(), 1, "TH", "CN"));
        long mark = mark(dataSource);
        record(Tokens.agency("TH"), meeting, outcome(initiative, "REVIEWED", null)).then().statusCode(403)
                .contentType("application/problem+json").body("type", is("urn:acde:problem:forbidden"));
        record(Tokens.agency("CN"), meeting, outcome(initiative, "REVIEWED", null)).then().statusCode(403);
        record(Tokens.agency("SG"), meeting, outcome(initiative, "REVIEWED", null)).then().statusCode(403);
        assertNothingSince(dataSource, mark);
        assertThat(outcomes(meeting)).isZero();
        record(Tokens.agency("VN"), meeting, outcome(initiative, "REVIEWED", null)).then().statusCode(201);
        record(Tokens.secretariat(), meeting, outcome(initiative, "TASKED", "Scale up")).then().statusCode(201);
    }

    /** An initiative the recorder may not see is, to them, one that does not exist: 422, and nothing leaks. */
    @Test
    void anOutcomeCannotNameAProposalTheRecorderMayNotSee() {
        String proposal = Fixtures.created(initiative("TH", uniqueTag(), "LA"));
        String meeting = created(dialogue("VN", "SOM " + uniqueTag(), 1, "TH"));
        long mark = mark(dataSource);
        record(Tokens.agency("VN"), meeting, outcome(proposal, "REVIEWED", null)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("initiativeId"));
        assertNothingSince(dataSource, mark);
        record(Tokens.secretariat(), meeting, outcome(proposal, "REVIEWED", null)).then().statusCode(201);
    }

    /** The endorsement itself stays the lead's (or the secretariat's) to make, whoever hosted the meeting. */
    @Test
    void onlyTheLeadsSideEndorsesNamingTheMeeting() {
        String initiative = Fixtures.created(initiative("TH", uniqueTag(), "VN"));
        String meeting = created(dialogue("VN", "ADGMIN " + uniqueTag(), 1, "TH"));
        record(Tokens.agency("VN"), meeting, outcome(initiative, "ENDORSED", null)).then().statusCode(201);
        long mark = mark(dataSource);
        endorse(Tokens.agency("VN"), initiative, meeting).then().statusCode(403);
        endorse(Tokens.partner("TH"), initiative, meeting).then().statusCode(403);
        assertNothingSince(dataSource, mark);
        endorse(Tokens.agency("TH"), initiative, meeting).then().statusCode(200);
    }
}
