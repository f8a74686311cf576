package org.acde.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Compares a running service's {@code /q/openapi} with its committed snapshot in {@code contracts/openapi/}, so a
 * contract never changes by accident. Run with {@code -Dacde.openapi.update=true} to rewrite the snapshot instead.
 */
public final class OpenApiSnapshot {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApiSnapshot() {
    }

    public static void assertLiveContractMatchesSnapshot(String module) throws IOException {
        String live = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path snapshot = Path.of("..", "contracts", "openapi", module + ".yaml").toAbsolutePath().normalize();
        if (Boolean.getBoolean("acde.openapi.update")) {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, live);
            return;
        }
        String regenerate = "./mvnw -pl " + module + " -am verify -Dacde.openapi.update=true";
        if (!Files.exists(snapshot)) {
            fail("No contract snapshot at %s. Create it with:%n  %s", snapshot, regenerate);
        }
        JsonNode expected = YAML.readTree(snapshot.toFile());
        JsonNode actual = YAML.readTree(live);
        if (!expected.equals(actual)) {
            fail("The live OpenAPI of %s differs from %s.%nIf the change is intended, regenerate the snapshot with:%n  %s"
                    + "%nand commit it with the code that changed the contract.", module, snapshot, regenerate);
        }
    }
}
