package org.acde.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each app's application.properties lists, in its opening comment, the shared defaults it runs with; the list is a
 * copy of the modules' META-INF/microprofile-config.properties, and must change when they do.
 */
class InheritedDefaultsTest {

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();
    private static final String LISTED = "#   ";

    @ParameterizedTest
    @ValueSource(strings = { "initiatives-service", "matchmaking-service", "capacity-service", "events-service", "gateway" })
    void listsTheSharedDefaultsAsSet(String app) throws IOException {
        Map<String, List<String>> listed = listed(ROOT.resolve(app).resolve("src/main/resources/application.properties"));
        assertThat(listed).containsKey("web-kernel");
        for (var module : listed.entrySet()) {
            Path shared = ROOT.resolve(module.getKey()).resolve("src/main/resources/META-INF/microprofile-config.properties");
            List<String> settings = Files.readAllLines(shared).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            assertThat(module.getValue()).as("%s's defaults in %s", module.getKey(), app).isEqualTo(settings);
        }
    }

    /** The listed settings by module, from the comment lines {@code # <module> (...):} and {@code #   key=value}. */
    private static Map<String, List<String>> listed(Path properties) throws IOException {
        Map<String, List<String>> listed = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(properties)) {
            if (!line.startsWith("#")) {
                break;
            }
            if (line.startsWith(LISTED) && current != null) {
                current.add(line.substring(LISTED.length()));
            } else if (line.matches("# [a-z-]+ \\(.*\\):")) {
                current = new ArrayList<>();
                listed.put(line.substring(2, line.indexOf(' ', 2)), current);
            }
        }
        return listed;
    }
}
