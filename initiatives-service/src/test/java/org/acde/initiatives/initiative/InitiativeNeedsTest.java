package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.create;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Initiatives declare the cooperation needs they answer; the list finds them by need, as the caller may see them. */
@QuarkusTest
class InitiativeNeedsTest {

    @Test
    void anInitiativeDeclaresTheNeedsItAnswersAndIsListedByNeed() {
        String need = UUID.randomUUID().toString();
        String tag = uniqueTag();
        Map<String, Object> body = initiative("VN", tag, "CN");
        body.put("answersNeeds", List.of(need));
        String id = created(body);
        given().auth().oauth2(Tokens.agency("VN")).get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("answersNeeds", contains(need));
        given().auth().oauth2(Tokens.agency("VN")).queryParam("need", need).get("/api/v1/initiatives").then().statusCode(200)
                .body("items.id", contains(id));
        // A proposal is not public: the need does not reveal it to others.
        given().queryParam("need", need).get("/api/v1/initiatives").then().statusCode(200).body("total", is(0));
    }

    @Test
    void badNeedListsAreRefused() {
        String need = UUID.randomUUID().toString();
        String tag = uniqueTag();
        for (Object bad : List.of(List.of(need, need), List.of("not-a-uuid"), need, Collections.nCopies(11, need))) {
            Map<String, Object> body = initiative("TH", tag);
            body.put("answersNeeds", bad);
            create(Tokens.agency("TH"), body).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(startsWith("answersNeeds")));
        }
        given().auth().oauth2(Tokens.agency("TH")).queryParam("tag", tag).get("/api/v1/initiatives").then().statusCode(200)
                .body("total", is(0));
        given().queryParam("need", "x").get("/api/v1/initiatives").then().statusCode(400).body("errors[0].field", is("need"));
    }
}
