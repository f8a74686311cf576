package org.acde.capacity.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An Ed25519 key as an RFC 8037 JWK ({@code kty} OKP, {@code crv} Ed25519), with the RFC 7638 thumbprint as its
 * {@code kid}. The private part {@code d} is absent for keys that only verify.
 */
final class Ed25519Key {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final String kid;
    private final byte[] publicKey;
    private final byte[] privateKey;

    private Ed25519Key(byte[] publicKey, byte[] privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.kid = thumbprint(publicKey);
    }

    static Ed25519Key generate(SecureRandom random) {
        byte[] d = new byte[Ed25519.SECRET_KEY_SIZE];
        random.nextBytes(d);
        byte[] x = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(d, 0, x, 0);
        return new Ed25519Key(x, d);
    }

    /** Reads a JWK; refuses anything but a well-formed Ed25519 key whose private part matches its public part. */
    static Ed25519Key fromJwk(JsonNode jwk) {
        if (!"OKP".equals(jwk.path("kty").asText()) || !"Ed25519".equals(jwk.path("crv").asText())) {
            throw new IllegalArgumentException("not an Ed25519 JWK (kty OKP, crv Ed25519)");
        }
        byte[] x = decode(jwk.path("x").asText(), Ed25519.PUBLIC_KEY_SIZE, "x");
        if (!jwk.has("d")) {
            return new Ed25519Key(x, null);
        }
        byte[] d = decode(jwk.path("d").asText(), Ed25519.SECRET_KEY_SIZE, "d");
        byte[] derived = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(d, 0, derived, 0);
        if (!Arrays.equals(derived, x)) {
            throw new IllegalArgumentException("the private key d does not belong to the public key x");
        }
        return new Ed25519Key(x, d);
    }

    String kid() {
        return kid;
    }

    boolean canSign() {
        return privateKey != null;
    }

    byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(privateKey, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    boolean verify(byte[] message, byte[] signature) {
        return signature.length == Ed25519.SIGNATURE_SIZE
                && Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
    }

    /** The public JWK, as published in the JWKS. */
    Map<String, Object> publicJwk() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", B64.encodeToString(publicKey));
        jwk.put("kid", kid);
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        return jwk;
    }

    /** The private JWK, for the key file only. */
    Map<String, Object> privateJwk() {
        Map<String, Object> jwk = publicJwk();
        jwk.put("d", B64.encodeToString(privateKey));
        return jwk;
    }

    private static byte[] decode(String value, int size, String member) {
        try {
            byte[] bytes = B64D.decode(value);
            if (bytes.length == size) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("JWK member " + member + " must be " + size + " bytes, base64url");
    }

    /** RFC 7638: SHA-256 over the required members in lexicographic order, without whitespace. */
    private static String thumbprint(byte[] x) {
        String canonical = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + B64.encodeToString(x) + "\"}";
        try {
            return B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
