package org.acde.kernel.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PagingTest {

    @Test
    void walksAllPagesByCursorAndLink() {
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 20);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get("/probe/numbers");
            response.then().statusCode(200).body("total", is(45));
            seen.addAll(response.jsonPath().getList("items", Integer.class));
            cursor = response.jsonPath().getString("nextCursor");
            String link = response.header("Link");
            if (cursor == null) {
                assertThat(link).isNull();
            } else {
                assertThat(link).startsWith("</probe/numbers?").endsWith(">; rel=\"next\"").contains("limit=20")
                        .contains("cursor=" + cursor);
            }
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(45).doesNotHaveDuplicates().startsWith(1).endsWith(45);
    }

    @Test
    void lastPageHasNoCursor() {
        String cursor = given().queryParam("limit", 40).get("/probe/numbers").jsonPath().getString("nextCursor");
        given().queryParam("cursor", cursor).get("/probe/numbers")
                .then().statusCode(200).body("items", hasSize(5)).body("nextCursor", nullValue());
    }

    @Test
    void tamperedCursorIsRefused() {
        String cursor = given().queryParam("limit", 5).get("/probe/numbers").jsonPath().getString("nextCursor");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("[\"40\"]".getBytes())
                + cursor.substring(cursor.indexOf('.'));
        for (String bad : List.of(forged, "garbage", cursor + "x", ".", "a.b.c")) {
            given().queryParam("cursor", bad).get("/probe/numbers")
                    .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("cursor"));
        }
    }
}
