package org.acde.e2e.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** events-service's README shows the webhook verification snippets that the system tests run, word for word. */
class VerificationSnippetsTest {

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = { "VerifyWebhook.java", "verify-webhook.mjs" })
    void theReadmeShowsTheSnippetAsItIs(String snippet) throws Exception {
        assertThat(Files.readString(ROOT.resolve("events-service/README.md")))
                .contains(Files.readString(ROOT.resolve("docs/webhooks").resolve(snippet)));
    }
}
