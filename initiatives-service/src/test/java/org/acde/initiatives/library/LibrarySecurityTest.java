package org.acde.initiatives.library;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.library.LibraryFixtures.ITEMS;
import static org.acde.initiatives.library.LibraryFixtures.count;
import static org.acde.initiatives.library.LibraryFixtures.create;
import static org.acde.initiatives.library.LibraryFixtures.created;
import static org.acde.initiatives.library.LibraryFixtures.etag;
import static org.acde.initiatives.library.LibraryFixtures.item;
import static org.acde.initiatives.library.LibraryFixtures.published;
import static org.acde.initiatives.library.LibraryFixtures.transition;
import static org.acde.initiatives.library.LibraryFixtures.update;
import static org.acde.testing.Challenges.assertNoToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.acde.initiatives.initiative.Fixtures;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every role and party rule of the library, each with a token that must be refused. */
@QuarkusTest
class LibrarySecurityTest {

    private static String word() {
        return Fixtures.uniqueTag();
    }

    @Test
    void anonymousCallersCannotWrite() {
        long before = count();
        assertNoToken(given().contentType(ContentType.JSON).body(item("VN", word())).post(ITEMS).then());
        assertThat(count()).isEqualTo(before);
        String id = published(item("VN", word()));
        assertNoToken(given().contentType(ContentType.JSON).body(Map.of("to", "WITHDRAWN", "reason", "x"))
                .post(ITEMS + "/" + id + "/transitions").then());
    }

    @Test
    void partnersAndRolelessTokensOnlyRead() {
        long before = count();
        create(Tokens.partner("VN"), item("VN", word())).then().statusCode(403).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:forbidden"));
        create(Tokens.token("stranger", null, "VN"), item("VN", word())).then().statusCode(403);
        assertThat(count()).isEqualTo(before);
        String id = published(item("VN", word()));
        update(Tokens.partner("VN"), id, "\"1\"", item("VN", word())).then().statusCode(403);
        transition(Tokens.partner("VN"), id, "WITHDRAWN").then().statusCode(403);
        given().auth().oauth2(Tokens.partner("VN")).get(ITEMS + "/" + id).then().statusCode(200);
    }

    @Test
    void anAgencyAddsItemsOnlyForItsOwnParty() {
        long before = count();
        create(Tokens.agency("TH"), item("VN", word(), "CN")).then().statusCode(403)
                .body("detail", is("An agency adds library items that name its own party"));
        create(Tokens.token("agency-without-party", "agency", null), item("VN", word())).then().statusCode(403);
        assertThat(count()).isEqualTo(before);
        // A joint document naming its party is its own; the secretariat adds items for any party.
        create(Tokens.agency("TH"), item("VN", word(), "TH")).then().statusCode(201);
        create(Tokens.secretariat(), item("VN", word(), "CN")).then().statusCode(201).body("createdBy", is("secretariat-demo"));
    }

    @Test
    void draftsAre404ToEveryoneButTheirPartiesAgenciesAndTheSecretariat() {
        String id = created(item("VN", word(), "CN"));
        for (String token : new String[] { null, Tokens.partner("VN"), Tokens.agency("MY"),
                Tokens.user("partner.vn.demo", "partner", "VN") }) {
            (token == null ? given() : given().auth().oauth2(token)).get(ITEMS + "/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        for (String token : new String[] { Tokens.agency("VN"), Tokens.agency("CN"), Tokens.secretariat(),
                Tokens.user("agency.cn.demo", "agency", "CN") }) {
            given().auth().oauth2(token).get(ITEMS + "/" + id).then().statusCode(200);
        }
        // Writes to a hidden draft are 404 too, and change nothing.
        transition(Tokens.agency("MY"), id, "PUBLISHED").then().statusCode(404);
        update(Tokens.agency("MY"), id, "\"0\"", item("MY", word())).then().statusCode(404);
        given().auth().oauth2(Tokens.agency("MY")).header("If-Match", "\"0\"").delete(ITEMS + "/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.secretariat()).get(ITEMS + "/" + id).then().statusCode(200)
                .body("status", is("DRAFT")).header("ETag", is("\"0\""));
    }

    @Test
    void anAgencyOfAnotherPartyCannotChangeAPublishedItem() {
        Map<String, Object> body = item("VN", word());
        String id = published(body);
        String other = Tokens.agency("TH");
        update(other, id, etag(other, id), body).then().statusCode(403).contentType("application/problem+json");
        transition(other, id, "WITHDRAWN").then().statusCode(403);
        given().auth().oauth2(other).header("If-Match", etag(other, id)).delete(ITEMS + "/" + id).then().statusCode(403);
        given().get(ITEMS + "/" + id).then().statusCode(200).body("status", is("PUBLISHED"));
    }

    @Test
    void anAgencyCannotHandItsItemToAnotherParty() {
        String agency = Tokens.agency("VN");
        String id = created(item("VN", word(), "CN"));
        update(agency, id, etag(agency, id), item("CN", word())).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("parties"));
        given().auth().oauth2(agency).get(ITEMS + "/" + id).then().statusCode(200).body("parties", is(List.of("VN", "CN")));
        // The secretariat may.
        update(Tokens.secretariat(), id, etag(agency, id), item("CN", word())).then().statusCode(200);
        given().auth().oauth2(agency).get(ITEMS + "/" + id).then().statusCode(404);
    }

    @Test
    void anAgencyCannotLinkAnotherPartysHiddenProposal() {
        String hidden = Fixtures.created(Fixtures.initiative("MY", Fixtures.uniqueTag()));
        Map<String, Object> body = item("VN", word());
        body.put("relatedInitiatives", List.of(hidden));
        create(Tokens.agency("VN"), body).then().statusCode(422).body("errors.field", hasItem("relatedInitiatives[0]"));
        Map<String, Object> own = item("MY", word());
        own.put("relatedInitiatives", List.of(hidden));
        create(Tokens.agency("MY"), own).then().statusCode(201);
    }
}
