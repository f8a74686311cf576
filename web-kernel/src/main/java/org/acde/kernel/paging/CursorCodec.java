package org.acde.kernel.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import org.acde.contracts.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Opaque keyset cursors: the last row's sort values, bound by an HMAC to the query they came from (its filters and
 * sort), so a cursor cannot be forged, edited or replayed against another query.
 */
@Singleton
public class CursorCodec {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;
    private static final TypeReference<List<String>> VALUES = new TypeReference<>() {
    };

    private final SecretKeySpec key;
    private final ObjectMapper json = new ObjectMapper();

    CursorCodec(@ConfigProperty(name = "acde.cursor.secret") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * @param query a canonical description of the filters and sort the cursor is valid for
     * @param values the sort key values of the last row returned, as strings
     */
    public String encode(String query, List<String> values) {
        try {
            byte[] payload = json.writeValueAsBytes(values);
            return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(query, payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sort key values in {@code cursor}; 400 naming {@code cursor} when it was not issued for this query. */
    public List<String> decode(String query, String cursor) {
        try {
            int dot = cursor.indexOf('.');
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] mac = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(mac, mac(query, payload))) {
                throw invalid();
            }
            return json.readValue(payload, VALUES);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.io.IOException e) {
            throw invalid();
        }
    }

    private byte[] mac(String query, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(query.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badField("cursor", "not a cursor issued for this query; start again without it");
    }
}
