import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of bench/webhooks/end-to-end.sh: transactions committed in a service's database at a steady rate, each
 * recording one event exactly as org.acde.platform.events.Outbox#record does (an outbox row, then NOTIFY acde_outbox,
 * then commit), so that the service's own relay wakes up and hands them on as it would any change's.
 *   java -cp POSTGRESQL_JDBC_JAR Commits.java JDBC_URL USER PASSWORD RATE SECONDS OUT
 * Writes "<event id> <commit sent, epoch ms> <commit answered, epoch ms>" per committed event to OUT; latency is taken
 * from the first (the moment the COMMIT was sent), an upper bound of commit-to-delivery. A few connections commit in
 * parallel, so a slow commit does not hold the next ones back; if the database cannot keep up the rate drops, and the
 * summary line says what was achieved.
 */
public class Commits {

    private static final int CONNECTIONS = 4;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);

        BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(CONNECTIONS);
        for (int i = 0; i < CONNECTIONS; i++) {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicLong slowestCommitMicros = new AtomicLong();
        long total = (long) rate * seconds;
        AtomicInteger scheduled = new AtomicInteger();
        CountDownLatch done = new CountDownLatch((int) total);
        ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        scheduler.scheduleAtFixedRate(() -> {
            int n = scheduled.incrementAndGet();
            if (n > total) {
                return;
            }
            workers.execute(() -> {
                try {
                    Connection connection = connections.take();
                    try {
                        commitOne(connection, n, lines, slowestCommitMicros);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        try {
                            connection.rollback();
                        } catch (Exception ignored) {
                            // the next use fails too, and is counted
                        }
                    } finally {
                        connections.add(connection);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }, 0, 1_000_000L / rate, TimeUnit.MICROSECONDS);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        scheduler.shutdownNow();
        workers.shutdown();
        Files.write(out, lines);
        System.out.printf("COMMITTED %d failed %d in %.1f s (%.0f/s); slowest commit %.1f ms%n", lines.size(),
                failures.get(), elapsed, lines.size() / elapsed, slowestCommitMicros.get() / 1000.0);
        for (Connection connection : connections) {
            connection.close();
        }
        System.exit(0);
    }

    /** One transaction, as a service's change with one event: the outbox row, the wake-up, the commit. */
    private static void commitOne(Connection connection, int n, List<String> lines, AtomicLong slowestCommitMicros)
            throws Exception {
        UUID id = UUID.randomUUID();
        UUID initiative = UUID.randomUUID();
        Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String type = "org.acde.initiatives.initiative.updated";
        String subject = "/api/v1/initiatives/" + initiative;
        String payload = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:acde:initiatives-service\","
                + "\"type\":\"" + type + "\",\"subject\":\"" + subject + "\",\"time\":\"" + time + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"id\":\"" + initiative + "\",\"bench\":" + n + "}}";
        try (var insert = connection.prepareStatement("""
                insert into outbox (id, aggregatetype, aggregateid, type, payload, occurred_at, subject, parties,
                                    audience)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""");
                var notify = connection.prepareStatement("notify acde_outbox")) {
            insert.setObject(1, id);
            insert.setString(2, "initiative");
            insert.setString(3, initiative.toString());
            insert.setString(4, type);
            insert.setString(5, payload);
            insert.setTimestamp(6, Timestamp.from(time));
            insert.setString(7, subject);
            insert.setArray(8, connection.createArrayOf("text", new String[] {"VN"}));
            insert.setArray(9, connection.createArrayOf("text", new String[] {"anyone"}));
            insert.executeUpdate();
            notify.execute();
        }
        long before = System.nanoTime();
        Instant sent = Instant.now();
        connection.commit();
        Instant answered = Instant.now();
        slowestCommitMicros.accumulateAndGet((System.nanoTime() - before) / 1000, Math::max);
        lines.add(id + " " + millis(sent) + " " + millis(answered));
    }

    private static String millis(Instant at) {
        return String.format(java.util.Locale.ROOT, "%.3f", at.toEpochMilli() + (at.getNano() % 1_000_000) / 1e6);
    }
}
