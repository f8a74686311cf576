package org.acde.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signing keys the mock identity provider ({@link OidcServer}) can be made to publish beside its own, and to stop
 * publishing: key rotation. Inject its server with {@code @OidcWireMock WireMockServer}; remove the stubs
 * {@link #publish} returns to give the provider back its own key set.
 */
public final class SigningKeyStubs {

    /** Where the mock provider's discovery document says its keys are. */
    public static final String JWKS_PATH = "/auth/realms/quarkus/protocol/openid-connect/certs";

    private SigningKeyStubs() {
    }

    /** An RS256 key of the test's own, published under {@code id}. */
    public record SigningKey(String id, KeyPair pair) {

        public static SigningKey generate(String id) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return new SigningKey(id, generator.generateKeyPair());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** {@code claims} (e.g. {@link Tokens#claims}) signed with this key, its id in the header. */
        public String sign(JwtClaimsBuilder claims) {
            return claims.jws().keyId(id).sign(pair.getPrivate());
        }

        String jwk() {
            RSAPublicKey key = (RSAPublicKey) pair.getPublic();
            return "{\"kid\":\"" + id + "\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"" + base64Url(key.getModulus())
                    + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}";
        }
    }

    /** Makes the provider publish its own key (which signs {@link Tokens}) and {@code keys}, and nothing else. */
    public static StubMapping publish(WireMockServer provider, SigningKey... keys) {
        List<String> jwks = new ArrayList<>();
        jwks.add(providerKey());
        Arrays.stream(keys).map(SigningKey::jwk).forEach(jwks::add);
        return provider.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(okJson("{\"keys\":[" + String.join(",", jwks) + "]}")));
    }

    private static String providerKey() {
        try (InputStream in = SigningKeyStubs.class.getClassLoader().getResourceAsStream("publicKey.jwk")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JWK number: unsigned big-endian bytes, base64url without padding (RFC 7518 §6.3.1). */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
