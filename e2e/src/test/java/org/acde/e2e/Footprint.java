package org.acde.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each app of the system-test stack cost to start and to keep: from its launch to its first ready answer (all
 * five and Keycloak start at once on the same cores, so this is the start under contention, not alone), and its
 * resident memory when the stack stops, after every journey and system test has run through it. Written to
 * e2e/target/footprint.md and printed, so every run of the system tests on every machine records the figures.
 */
final class Footprint {

    private static final Map<String, Long> LAUNCHED = new LinkedHashMap<>();
    private static final Map<String, Duration> FIRST_READY = new LinkedHashMap<>();

    private Footprint() {
    }

    static synchronized void launched(String service) {
        LAUNCHED.putIfAbsent(service, System.nanoTime());
    }

    /** The first readiness only: a service restarted by a fault test keeps the figure of its first start. */
    static synchronized void ready(String service) {
        Long launched = LAUNCHED.get(service);
        if (launched != null) {
            FIRST_READY.putIfAbsent(service, Duration.ofNanos(System.nanoTime() - launched));
        }
    }

    static synchronized void report(Map<String, Long> pids, Path file, String jvmOptions) {
        StringBuilder table = new StringBuilder()
                .append("## System-test stack: start and memory\n\n")
                .append("JVM options of the apps: `").append(jvmOptions).append("`\n\n")
                .append("| process | launch to first ready answer (ms, all starting at once) | RSS at the end of the run (MiB) |\n")
                .append("|---|---|---|\n");
        pids.forEach((name, pid) -> {
            Duration ready = FIRST_READY.get(name);
            table.append("| ").append(name).append(" | ").append(ready == null ? "-" : Long.toString(ready.toMillis()))
                    .append(" | ").append(rssMiB(pid)).append(" |\n");
        });
        System.out.println(table);
        try {
            Files.writeString(file, table);
        } catch (IOException e) {
            System.err.println("Could not write " + file + ": " + e);
        }
    }

    private static String rssMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.toString(Long.parseLong(line.replaceAll("\\D", "")) / 1024))
                    .findFirst().orElse("-");
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }
}
