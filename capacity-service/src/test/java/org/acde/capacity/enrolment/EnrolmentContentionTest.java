package org.acde.capacity.enrolment;

import static org.acde.capacity.Fixtures.openCohort;
import static org.acde.capacity.Fixtures.participant;
import static org.acde.capacity.Fixtures.withdraw;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A cohort is never overbooked, whatever the number of simultaneous applications, and waitlists keep arrival order. */
@QuarkusTest
class EnrolmentContentionTest {

    private static final int SEATS = 20;
    private static final Map<String, Integer> QUOTAS = Map.of("VN", 4, "TH", 3);
    private static final List<String> PARTIES = List.of("VN", "TH", "MY", "CN");
    private static final int APPLICATIONS = 240;

    @Inject
    DataSource database;

    @TestHTTPResource("/")
    URI server;

    private final ObjectMapper json = new ObjectMapper();

    record Row(UUID id, long position, String party, String status, String seat) {
    }

    @Test
    void parallelApplicationsFillExactlyTheSeatsAndWaitInArrivalOrder() throws Exception {
        String cohort = openCohort("SG", SEATS, QUOTAS);
        Map<String, String> tokens = new HashMap<>();
        PARTIES.forEach(party -> tokens.put(party, Tokens.agency(party)));

        List<HttpResponse<String>> responses = fire(APPLICATIONS, i -> {
            String party = PARTIES.get(i % PARTIES.size());
            return HttpRequest.newBuilder(server.resolve("/api/v1/cohorts/" + cohort + "/enrolments"))
                    .header("Authorization", "Bearer " + tokens.get(party)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("participant", participant(party)))))
                    .build();
        });
        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);

        List<Row> rows = rows(cohort);
        assertThat(rows).extracting(Row::position).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, APPLICATIONS).boxed().toList());
        assertThat(rows.stream().filter(row -> row.status().equals("CONFIRMED"))).hasSize(SEATS);
        assertThat(rows.stream().filter(row -> row.status().equals("WAITLISTED"))).hasSize(APPLICATIONS - SEATS);
        Map<String, Long> bySeat = new HashMap<>();
        rows.stream().filter(row -> row.seat() != null).forEach(row -> bySeat.merge(row.seat(), 1L, Long::sum));
        assertThat(bySeat).containsExactlyInAnyOrderEntriesOf(Map.of("VN", 4L, "TH", 3L, "OPEN", 13L));
        // Every decision is the one a single queue in arrival order would have made.
        assertThat(rows).extracting(Row::seat).containsExactlyElementsOf(replay(rows));

        // Parallel withdrawals of open seats promote the longest waiting, in order.
        List<Row> openHolders = rows.stream().filter(row -> "OPEN".equals(row.seat())).limit(5).toList();
        List<UUID> firstWaiting = rows.stream().filter(row -> row.status().equals("WAITLISTED")).limit(5).map(Row::id).toList();
        List<HttpResponse<String>> withdrawals = fire(openHolders.size(), i -> HttpRequest.newBuilder(
                server.resolve("/api/v1/enrolments/" + openHolders.get(i).id() + "/transitions"))
                .header("Authorization", "Bearer " + Tokens.secretariat()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"WITHDRAWN\",\"reason\":\"cannot travel\"}")).build());
        assertThat(withdrawals).extracting(HttpResponse::statusCode).containsOnly(200);
        List<Row> after = rows(cohort);
        assertThat(after.stream().filter(row -> row.status().equals("CONFIRMED")).map(Row::id).toList())
                .hasSize(SEATS).containsAll(firstWaiting);

        // A reserved seat goes to the longest-waiting participant of its party.
        Row vnHolder = after.stream().filter(row -> "VN".equals(row.seat())).findFirst().orElseThrow();
        Row vnFirstWaiting = after.stream().filter(row -> row.status().equals("WAITLISTED") && row.party().equals("VN"))
                .findFirst().orElseThrow();
        withdraw(Tokens.agency("VN"), vnHolder.id().toString()).then().statusCode(200);
        Row promoted = rows(cohort).stream().filter(row -> row.id().equals(vnFirstWaiting.id())).findFirst().orElseThrow();
        assertThat(promoted.status()).isEqualTo("CONFIRMED");
        assertThat(promoted.seat()).isEqualTo("VN");
        assertThat(rows(cohort).stream().filter(row -> row.status().equals("CONFIRMED"))).hasSize(SEATS);
    }

    @Test
    void simultaneousWithdrawalsOfOneEnrolmentFreeItsSeatOnce() throws Exception {
        String cohort = openCohort("SG", 1, Map.of());
        String holder = org.acde.capacity.Fixtures.enrolled(cohort, "VN");
        String second = org.acde.capacity.Fixtures.enrolled(cohort, "VN");
        String third = org.acde.capacity.Fixtures.enrolled(cohort, "VN");
        String token = Tokens.agency("VN");
        List<HttpResponse<String>> withdrawals = fire(10, i -> HttpRequest.newBuilder(
                server.resolve("/api/v1/enrolments/" + holder + "/transitions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"WITHDRAWN\",\"reason\":\"twice\"}")).build());
        assertThat(withdrawals).extracting(HttpResponse::statusCode).containsOnlyOnce(200).containsOnly(200, 409);
        Map<UUID, String> status = new HashMap<>();
        rows(cohort).forEach(row -> status.put(row.id(), row.status()));
        assertThat(status).containsEntry(UUID.fromString(second), "CONFIRMED").containsEntry(UUID.fromString(third), "WAITLISTED");
    }

    /** The seats a single queue would hand out, in arrival order: own party's reserved seats, then open ones. */
    private static List<String> replay(List<Row> rows) {
        Map<String, Integer> taken = new HashMap<>();
        int open = SEATS - QUOTAS.values().stream().mapToInt(Integer::intValue).sum();
        List<String> seats = new ArrayList<>();
        for (Row row : rows) {
            String seat = null;
            if (taken.getOrDefault(row.party(), 0) < QUOTAS.getOrDefault(row.party(), 0)) {
                seat = row.party();
            } else if (taken.getOrDefault("OPEN", 0) < open) {
                seat = "OPEN";
            }
            if (seat != null) {
                taken.merge(seat, 1, Integer::sum);
            }
            seats.add(seat);
        }
        return seats;
    }

    interface RequestFactory {
        HttpRequest create(int i) throws Exception;
    }

    /** Sends all requests at once and waits for every answer. */
    private static List<HttpResponse<String>> fire(int count, RequestFactory requests) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(32);
        try {
            HttpClient client = HttpClient.newBuilder().executor(executor).build();
            List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                pending.add(client.sendAsync(requests.create(i), HttpResponse.BodyHandlers.ofString()));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> response : pending) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            executor.shutdownNow();
        }
    }

    private List<Row> rows(String cohort) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, position, party, status, seat FROM enrolment WHERE cohort_id = ? ORDER BY position")) {
            statement.setObject(1, UUID.fromString(cohort));
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getObject(1, UUID.class), result.getLong(2), result.getString(3),
                            result.getString(4), result.getString(5)));
                }
            }
            return rows;
        }
    }
}
