package org.acde.capacity.certificate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JWS compact serialisation (RFC 7515) with EdDSA (RFC 8037), just what VC-JWT needs: sign a JSON payload, and take
 * a presented token apart without trusting any of it. Only {@code alg: EdDSA} is accepted, so {@code none} and
 * algorithm-confusion tricks are refused before any key is touched.
 */
final class Jws {

    static final String ALGORITHM = "EdDSA";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private Jws() {
    }

    static String sign(ObjectNode payload, Ed25519Key key, ObjectMapper json) {
        ObjectNode header = json.createObjectNode().put("alg", ALGORITHM).put("kid", key.kid()).put("typ", "JWT");
        try {
            String signingInput = B64.encodeToString(json.writeValueAsBytes(header)) + "."
                    + B64.encodeToString(json.writeValueAsBytes(payload));
            byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token taken apart; nothing in it is trusted until {@link Ed25519Key#verify} says so. */
    record Parsed(String kid, byte[] signingInput, byte[] signature, String payload) {
    }

    /** @throws Malformed when the token is not an EdDSA JWS in compact form naming a key */
    static Parsed parse(String token, ObjectMapper json) {
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new Malformed("not a compact JWS (three base64url parts separated by dots)");
        }
        JsonNode header;
        try {
            header = json.readTree(decode(parts[0]));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Malformed("the JWS header is not base64url-encoded JSON");
        }
        if (header == null || !header.isObject() || !ALGORITHM.equals(header.path("alg").asText(null))) {
            throw new Malformed("only EdDSA-signed credentials are issued here; this one says alg "
                    + (header == null ? "nothing" : header.path("alg").asText("nothing")));
        }
        String kid = header.path("kid").asText(null);
        if (kid == null || kid.isEmpty()) {
            throw new Malformed("the JWS header names no key (kid)");
        }
        try {
            return new Parsed(kid, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), B64D.decode(parts[2]),
                    decode(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new Malformed("the payload or signature is not base64url");
        }
    }

    private static String decode(String part) {
        return new String(B64D.decode(part), StandardCharsets.UTF_8);
    }

    /** The token is not a JWS of the expected shape: an invalid credential, not an error of the service. */
    static final class Malformed extends RuntimeException {

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
