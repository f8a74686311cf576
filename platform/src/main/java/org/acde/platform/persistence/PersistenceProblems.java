package org.acde.platform.persistence;

import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.problem.Problems;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Database outcomes that are the caller's concern: a write that lost an optimistic-locking race is 412 like a stale
 * If-Match, a unique key taken by a concurrent request is 409, and a value PostgreSQL cannot store (a NUL character in
 * text, a time beyond its range) is 400.
 */
public class PersistenceProblems {

    private static final int PRIORITY = Priorities.USER - 100;
    private static final String UNIQUE_VIOLATION = "23505";
    /** Invalid character (NUL) in text, untranslatable character, date/time and numeric overflow, overlong text. */
    private static final Set<String> UNSTORABLE_VALUE = Set.of("22021", "22P05", "22008", "22003", "22001");

    @ServerExceptionMapper(priority = PRIORITY)
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return Problems.response(ProblemType.CONFLICT, "A resource with the same unique values already exists",
                    "/" + uri.getPath().replaceFirst("^/", ""));
        }
        throw e;
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unstorable(DataException e, UriInfo uri) {
        if (UNSTORABLE_VALUE.contains(e.getSQLState())) {
            return Problems.response(ProblemType.VALIDATION, "A value cannot be stored: text may not contain NUL characters,"
                    + " and dates and numbers must be within the database's range; nothing was written",
                    "/" + uri.getPath().replaceFirst("^/", ""));
        }
        throw e;
    }

    private static Response stale(UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by another request meanwhile; reload and retry",
                "/" + uri.getPath().replaceFirst("^/", ""));
    }
}
