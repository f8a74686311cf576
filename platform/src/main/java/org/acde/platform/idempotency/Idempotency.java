package org.acde.platform.idempotency;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.acde.contracts.http.IdempotencyKeys;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.security.Caller;
import org.acde.platform.http.Created;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a creating POST at most once per caller and {@code Idempotency-Key}. The key is claimed in the same
 * transaction that creates the resource: a retry of the same request gets the first response again, a concurrent
 * duplicate waits for the first to commit and then replays it, a reuse with another body is 422, and a failed
 * creation releases the key.
 */
@ApplicationScoped
public class Idempotency {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Caller caller;

    Idempotency(EntityManager em, ObjectMapper json, Caller caller) {
        this.em = em;
        this.json = json;
        this.caller = caller;
    }

    /**
     * @param key the Idempotency-Key header, or {@code null} to just run {@code create}
     * @param operation what is being created, e.g. {@code POST /api/v1/initiatives}
     * @param request the parsed request body; its JSON form identifies "the same request"
     */
    @Transactional
    public <T> Created<T> create(String key, String operation, Object request, Class<T> type, Supplier<Created<T>> create) {
        if (IdempotencyKeys.validate(key) == null) {
            return create.get();
        }
        byte[] hash = hash(operation, request);
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_key (caller, key, operation, request_hash) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, caller.id()).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, hash, type);
        }
        Created<T> created = create.get();
        em.createNativeQuery("""
                UPDATE idempotency_key SET status = 201, location = ?3, etag = ?4, body = ?5
                WHERE caller = ?1 AND key = ?2""")
                .setParameter(1, caller.id()).setParameter(2, key)
                .setParameter(3, created.location().toString()).setParameter(4, Long.toString(created.version()))
                .setParameter(5, write(created.body()))
                .executeUpdate();
        return created;
    }

    /**
     * Makes every stored replay of the creation of {@code location} answer with the resource as it is now. After an
     * erasure of personal data, a retried request gets the erased resource back instead of the data it was sent with.
     */
    @Transactional
    public void rewriteReplays(URI location, long version, Object body) {
        em.createNativeQuery("UPDATE idempotency_key SET etag = ?2, body = ?3 WHERE location = ?1")
                .setParameter(1, location.toString()).setParameter(2, Long.toString(version)).setParameter(3, write(body))
                .executeUpdate();
    }

    private <T> Created<T> replay(String key, byte[] hash, Class<T> type) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, location, etag, body FROM idempotency_key WHERE caller = ?1 AND key = ?2""")
                .setParameter(1, caller.id()).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!Arrays.equals((byte[]) row[0], hash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        try {
            return new Created<>(URI.create((String) row[1]), Long.parseLong((String) row[2]),
                    json.readValue((String) row[3], type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response of Idempotency-Key " + key + " is unreadable", e);
        }
    }

    private byte[] hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return digest.digest(json.writeValueAsBytes(request));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
