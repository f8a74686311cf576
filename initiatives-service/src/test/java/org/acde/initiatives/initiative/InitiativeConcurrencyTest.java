package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.etag;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class InitiativeConcurrencyTest {

    /** Each writer adds a history entry (a child row) before its update: the pattern V14 keeps from deadlocking. */
    @Test
    void concurrentUpdatesWithTheSameETagLetExactlyOneWinAndRefuseTheRestWith412() throws Exception {
        String tag = uniqueTag();
        Map<String, Object> body = initiative("TH", tag, "CN");
        String id = created(body);
        String token = Tokens.agency("TH");
        String etag = etag(token, id);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> change = new HashMap<>(body);
            change.put("title", "Writer " + i + " " + tag);
            change.put("subAreas", List.of(i % 2 == 0 ? "FIVE_G" : "DIGITAL_TRADE_PILOTS"));
            writers.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(change).put("/api/v1/initiatives/" + id).then().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(writers)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        given().auth().oauth2(token).get("/api/v1/initiatives/" + id).then().statusCode(200).header("ETag", is("\"1\""));
    }
}
