package org.acde.events.feed;

import static org.acde.events.Events.as;
import static org.acde.events.Events.drain;
import static org.acde.events.Events.event;
import static org.acde.events.Events.head;
import static org.acde.events.Events.id;
import static org.acde.events.Events.page;
import static org.acde.events.Events.publicEvent;
import static org.acde.events.Events.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.acde.events.Events;
import org.acde.kernel.paging.CursorCodec;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/v1/events: paging by cursor without a skip or a repeat, filters, the head, and refused cursors. */
@QuarkusTest
class FeedTest {

    @Inject
    CursorCodec codec;

    @Test
    void pagesFollowEachOtherWithoutSkipOrRepeatWhileEventsArriveBetweenThem() {
        String cursor = head();
        List<String> written = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            Map<String, Object> a = publicEvent();
            Map<String, Object> b = publicEvent();
            Map<String, Object> c = publicEvent();
            published(a, b, c);
            written.addAll(List.of(id(a), id(b), id(c)));
            Events.Page page = page(null, cursor, Map.of("limit", 2));
            read.addAll(page.ids());
            cursor = page.nextCursor();
        }
        Events.Page rest = drain(null, cursor, Map.of("limit", 2));
        read.addAll(rest.ids());
        assertThat(read).containsExactlyElementsOf(written);

        // Nothing new: an empty page that still names where to continue, and continuing from it finds what comes next.
        Events.Page empty = page(null, rest.nextCursor(), Map.of());
        assertThat(empty.ids()).isEmpty();
        assertThat(empty.nextCursor()).isNotBlank();
        Map<String, Object> later = publicEvent();
        published(later);
        assertThat(page(null, empty.nextCursor(), Map.of()).ids()).containsExactly(id(later));
    }

    @Test
    void readersPagingWhileRelaysWriteConcurrentlySeeEveryEventOnce() throws Exception {
        String from = head();
        ExecutorService relays = Executors.newFixedThreadPool(4);
        List<Future<List<String>>> writes = new ArrayList<>();
        for (int relay = 0; relay < 4; relay++) {
            writes.add(relays.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int batch = 0; batch < 10; batch++) {
                    Map<String, Object> a = publicEvent();
                    Map<String, Object> b = publicEvent();
                    published(a, b);
                    ids.addAll(List.of(id(a), id(b)));
                }
                return ids;
            }));
        }
        relays.shutdown();
        List<String> read = new ArrayList<>();
        String cursor = from;
        while (!relays.isTerminated()) {
            Events.Page page = page(null, cursor, Map.of("limit", 3));
            read.addAll(page.ids());
            cursor = page.nextCursor();
        }
        assertThat(relays.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        read.addAll(drain(null, cursor, Map.of("limit", 3)).ids());
        Set<String> written = new HashSet<>();
        for (Future<List<String>> write : writes) {
            written.addAll(write.get());
        }
        assertThat(read).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
        // Paged in one go afterwards, the feed has the same order the concurrent reader saw.
        assertThat(drain(null, from, Map.of("limit", 100)).ids()).containsExactlyElementsOf(read);
    }

    @Test
    void filtersByTypePrefixPartyAndSubject() {
        String from = head();
        String interest = "/api/v1/interests/" + UUID.randomUUID();
        Map<String, Object> accepted = event("org.acde.matchmaking.interest.accepted", interest, List.of("VN", "TH"), List.of("anyone"));
        Map<String, Object> signed = event("org.acde.matchmaking.interest.agreement-signed", interest, List.of("VN", "TH"), List.of("anyone"));
        Map<String, Object> revoked = event("org.acde.capacity.certificate.revoked", "/api/v1/certificates/" + UUID.randomUUID(),
                List.of("MY"), List.of("anyone"));
        Map<String, Object> initiative = event("org.acde.initiatives.initiative.created", "/api/v1/initiatives/" + UUID.randomUUID(),
                List.of("CN", "VN"), List.of("anyone"));
        published(accepted, signed, revoked, initiative);

        assertThat(drain(null, from, Map.of("type", "org.acde.matchmaking.interest.")).ids()).containsExactly(id(accepted), id(signed));
        assertThat(drain(null, from, Map.of("type", "org.acde.matchmaking.interest.accepted")).ids()).containsExactly(id(accepted));
        assertThat(drain(null, from, Map.of("type", List.of("org.acde.capacity.", "org.acde.initiatives."))).ids())
                .containsExactly(id(revoked), id(initiative));
        assertThat(drain(null, from, Map.of("type", "org.acde.nothing.")).ids()).isEmpty();
        assertThat(drain(null, from, Map.of("party", "VN")).ids()).containsExactly(id(accepted), id(signed), id(initiative));
        assertThat(drain(null, from, Map.of("party", "MY")).ids()).containsExactly(id(revoked));
        assertThat(drain(null, from, Map.of("subject", interest)).ids()).containsExactly(id(accepted), id(signed));
        assertThat(drain(null, from, Map.of("subject", interest, "type", "org.acde.matchmaking.interest.agreement")).ids())
                .containsExactly(id(signed));
        assertThat(drain(null, from, Map.of("party", "VN", "type", "org.acde.initiatives.")).ids()).containsExactly(id(initiative));
    }

    @Test
    void aCursorIsValidUnderOtherFiltersAndAFilteredReaderIsNotHeldBackByWhatItDoesNotRead() {
        String from = head();
        Map<String, Object> interest = publicEvent();
        Map<String, Object> certificate = event("org.acde.capacity.certificate.issued", "/api/v1/certificates/" + UUID.randomUUID(),
                List.of("VN"), List.of("anyone"));
        published(interest, certificate);
        Events.Page interests = drain(null, from, Map.of("type", "org.acde.matchmaking."));
        assertThat(interests.ids()).containsExactly(id(interest));
        // Its cursor is past the certificate event it did not read: widening the filters goes on from there.
        assertThat(drain(null, interests.nextCursor(), Map.of()).ids()).isEmpty();
        assertThat(drain(null, from, Map.of()).ids()).containsExactly(id(interest), id(certificate));
    }

    @Test
    void eachItemIsTheCloudEventAsRecordedAndPagesLinkToTheNext() {
        String from = head();
        Map<String, Object> event = publicEvent();
        published(event, publicEvent());
        as(null).queryParam("cursor", from).queryParam("limit", 1).queryParam("type", "org.acde.matchmaking.")
                .get("/api/v1/events").then().statusCode(200)
                .body("items[0]", is(event.get("event")))
                .header("Link", startsWith("</api/v1/events?"))
                .header("Link", matchesPattern(".*type=org\\.acde\\.matchmaking\\..*>; rel=\"next\""));
    }

    @Test
    void theHeadSkipsEverythingRecordedBeforeIt() {
        published(publicEvent(), publicEvent());
        String head = head();
        assertThat(page(null, head, Map.of()).ids()).isEmpty();
        Map<String, Object> after = publicEvent();
        published(after);
        assertThat(drain(Tokens.secretariat(), head, Map.of()).ids()).containsExactly(id(after));
    }

    @Test
    void withoutACursorTheFeedStartsAtItsOldestEvent() {
        Map<String, Object> event = publicEvent();
        published(event);
        String subject = (String) event.get("subject");
        assertThat(drain(null, null, Map.of("subject", subject)).ids()).containsExactly(id(event));
    }

    @Test
    void badParametersAre400sNamingThem() {
        String cursor = head();
        as(null).queryParam("cursor", "not-a-cursor").get("/api/v1/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("cursor"));
        // Signed for another list, or edited: refused alike.
        as(null).queryParam("cursor", codec.encode("initiatives", List.of("1"))).get("/api/v1/events").then().statusCode(400)
                .body("errors.field", contains("cursor"));
        as(null).queryParam("cursor", cursor.substring(0, cursor.indexOf('.')) + "x" + cursor.substring(cursor.indexOf('.')))
                .get("/api/v1/events").then().statusCode(400).body("errors.field", contains("cursor"));
        as(null).queryParam("cursor", codec.encode("events", List.of("-1"))).get("/api/v1/events").then().statusCode(400)
                .body("errors.field", contains("cursor"));
        as(null).queryParam("party", "XX").get("/api/v1/events").then().statusCode(400).body("errors.field", contains("party"));
        as(null).queryParam("limit", 101).get("/api/v1/events").then().statusCode(400).body("errors.field", contains("limit"));
        as(null).queryParam("limit", 0).get("/api/v1/events").then().statusCode(400).body("errors.field", contains("limit"));
        as(null).queryParam("type", "Org.Acde%").get("/api/v1/events").then().statusCode(400)
                .body("errors.field", contains("type[0]"));
        as(null).queryParam("type", Collections.nCopies(11, "org.acde.")).get("/api/v1/events").then().statusCode(400)
                .body("errors.field", contains("type"));
        as(null).queryParam("subject", "/api/v1/" + "x".repeat(500)).get("/api/v1/events").then().statusCode(400)
                .body("errors.field", contains("subject"));
        // Control characters (a NUL PostgreSQL cannot even compare) and spaces are no path through the gateway.
        for (String subject : List.of("/api/v1/interests/\u0000", "/api/v1/interests/a b", "api/v1/interests")) {
            as(null).queryParam("subject", subject).get("/api/v1/events").then().statusCode(400)
                    .body("errors.field", contains("subject"));
        }
        as(null).queryParam("sort", "-position").get("/api/v1/events").then().statusCode(400)
                .body("errors.field", contains("sort"));
    }

    @Test
    void aCursorAheadOfTheFeedIsGone() {
        as(null).queryParam("cursor", codec.encode("events", List.of(Long.toString(Long.MAX_VALUE))))
                .get("/api/v1/events").then().statusCode(410).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:cursor-expired"))
                .body("detail", org.hamcrest.Matchers.containsString("GET /api/v1/events/head"));
    }
}
