package org.acde.capacity.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Key files, generation and rotation, without the service: the keys are plain files. */
class SigningKeysTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path directory;

    private Path retired() {
        return directory.resolve("retired");
    }

    private ObjectNode payload() {
        return json.createObjectNode().put("jti", "urn:uuid:test");
    }

    private boolean verifies(SigningKeys keys, String token) {
        Jws.Parsed parsed = Jws.parse(token, json);
        return keys.find(parsed.kid()).map(key -> key.verify(parsed.signingInput(), parsed.signature())).orElse(false);
    }

    @Test
    void aMissingKeyIsGeneratedOwnerOnlyAndReusedOnTheNextStart() throws Exception {
        SigningKeys first = SigningKeys.load(directory, retired(), true, json);
        Path file = directory.resolve(SigningKeys.SIGNING_FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(SigningKeys.load(directory, retired(), false, json).current().kid()).isEqualTo(first.current().kid());
    }

    @Test
    void withoutGenerationAMissingKeyStopsTheStart() {
        assertThatThrownBy(() -> SigningKeys.load(directory, retired(), false, json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No certificate signing key");
    }

    @Test
    void afterARotationOldCertificatesStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        SigningKeys before = SigningKeys.load(directory, retired(), true, json);
        String oldToken = Jws.sign(payload(), before.current(), json);

        // The documented rotation: move the old key into retired/, let a new one be generated (or put one in place).
        Files.createDirectories(retired());
        Files.move(directory.resolve(SigningKeys.SIGNING_FILE), retired().resolve("2026.jwk"));
        SigningKeys after = SigningKeys.load(directory, retired(), true, json);

        assertThat(after.current().kid()).isNotEqualTo(before.current().kid());
        assertThat(verifies(after, oldToken)).isTrue();
        assertThat(verifies(after, Jws.sign(payload(), after.current(), json))).isTrue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> published = (List<Map<String, Object>>) after.jwks().get("keys");
        assertThat(published).extracting(key -> key.get("kid")).containsExactly(after.current().kid(), before.current().kid());
        assertThat(published).allSatisfy(key -> assertThat(key).doesNotContainKey("d"));
    }

    @Test
    void aRetiredKeyNeedsOnlyItsPublicPart() throws Exception {
        SigningKeys before = SigningKeys.load(directory, retired(), true, json);
        String oldToken = Jws.sign(payload(), before.current(), json);
        Files.createDirectories(retired());
        Files.write(retired().resolve("2026.jwk"), json.writeValueAsBytes(before.current().publicJwk()));
        Files.delete(directory.resolve(SigningKeys.SIGNING_FILE));
        assertThat(verifies(SigningKeys.load(directory, retired(), true, json), oldToken)).isTrue();
    }

    @Test
    void aTokenOfAKeyNeverHeldDoesNotVerify() {
        SigningKeys keys = SigningKeys.load(directory, retired(), true, json);
        assertThat(verifies(keys, Jws.sign(payload(), Ed25519Key.generate(new SecureRandom()), json))).isFalse();
    }

    @Test
    void aKeyFileWhosePrivatePartDoesNotMatchIsRefused() throws Exception {
        Map<String, Object> jwk = Ed25519Key.generate(new SecureRandom()).privateJwk();
        jwk.put("x", Ed25519Key.generate(new SecureRandom()).publicJwk().get("x"));
        Files.write(directory.resolve(SigningKeys.SIGNING_FILE), json.writeValueAsBytes(jwk));
        assertThatThrownBy(() -> SigningKeys.load(directory, retired(), false, json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not belong");
    }
}
