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
import org.acde.kernel.security.Caller;
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
        if (!claim(key, operation, hash)) {
            Object[] row = stored(key, hash);
            return new Created<>(URI.create((String) row[0]), Long.parseLong((String) row[1]), read(key, (String) row[2], type));
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
     * Like {@link #create} for a POST that answers 200 with a body and no resource of its own (an enrolment batch):
     * a retry gets the first body again.
     */
    @Transactional
    public <T> T perform(String key, String operation, Object request, Class<T> type, Supplier<T> action) {
        if (IdempotencyKeys.validate(key) == null) {
            return action.get();
        }
        byte[] hash = hash(operation, request);
        if (!claim(key, operation, hash)) {
            return read(key, (String) stored(key, hash)[2], type);
        }
        T result = action.get();
        em.createNativeQuery("UPDATE idempotency_key SET status = 200, body = ?3 WHERE caller = ?1 AND key = ?2")
                .setParameter(1, caller.id()).setParameter(2, key).setParameter(3, write(result))
                .executeUpdate();
        return result;
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

    /** True if this request now holds the key; false if an earlier one (committed, or waited for) holds it. */
    private boolean claim(String key, String operation, byte[] hash) {
        return em.createNativeQuery("""
                INSERT INTO idempotency_key (caller, key, operation, request_hash) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, caller.id()).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .executeUpdate() == 1;
    }

    /** The stored answer of the key: location, etag, body; 422 if it was claimed for another request. */
    private Object[] stored(String key, byte[] hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, location, etag, body FROM idempotency_key WHERE caller = ?1 AND key = ?2""")
                .setParameter(1, caller.id()).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!Arrays.equals((byte[]) row[0], hash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        return Arrays.copyOfRange(row, 1, 4);
    }

    private <T> T read(String key, String body, Class<T> type) {
        try {
            return json.readValue(body, type);
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
