package org.acde.capacity.program;

import static io.restassured.RestAssured.given;
import static org.acde.capacity.Fixtures.createProgram;
import static org.acde.capacity.Fixtures.program;
import static org.acde.capacity.Fixtures.published;
import static org.acde.capacity.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Programs declare the cooperation needs they answer; the list finds them by need. */
@QuarkusTest
class ProgramNeedsTest {

    @Inject
    DataSource database;

    @Test
    void aProgramDeclaresTheNeedsItAnswersAndIsListedByNeed() {
        String need = UUID.randomUUID().toString();
        Map<String, Object> body = program("VN");
        body.put("answersNeeds", List.of(need));
        String id = published(body);
        given().get("/api/v1/programs/" + id).then().statusCode(200).body("answersNeeds", contains(need));
        given().queryParam("need", need).get("/api/v1/programs").then().statusCode(200).body("items.id", contains(id));
        given().queryParam("need", UUID.randomUUID()).get("/api/v1/programs").then().statusCode(200).body("total", is(0));
        given().get("/api/v1/programs/" + published(program("VN"))).then().statusCode(200).body("answersNeeds", is(List.of()));
    }

    @Test
    void badNeedListsAreRefusedAndNothingWritten() {
        long before = rows(database, "program", "true");
        String need = UUID.randomUUID().toString();
        for (Object bad : List.of(List.of(need, need), List.of("not-a-uuid"), need, java.util.Collections.nCopies(11, need))) {
            Map<String, Object> body = program("TH");
            body.put("answersNeeds", bad);
            createProgram(Tokens.partner("TH"), body).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("answersNeeds")));
        }
        given().queryParam("need", "not-a-uuid").get("/api/v1/programs").then().statusCode(400).body("errors[0].field", is("need"));
        assertThat(rows(database, "program", "true")).isEqualTo(before);
    }
}
