package org.acde.platform.persistence;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.problem.Problems;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/**
 * Database outcomes that are the caller's concern: a write that lost an optimistic-locking race is 412 like a stale
 * If-Match, a unique key taken by a concurrent request is 409, and a value PostgreSQL cannot store (a NUL character in
 * text, a time beyond its range) is 400. A database that is unreachable, restarting or shutting down is 503 with
 * Retry-After: the request did not happen and may be sent again.
 */
public class PersistenceProblems {

    private static final int PRIORITY = Priorities.USER - 100;
    private static final String UNIQUE_VIOLATION = "23505";
    /** Invalid character (NUL) in text, untranslatable character, date/time and numeric overflow, overlong text. */
    private static final Set<String> UNSTORABLE_VALUE = Set.of("22021", "22P05", "22008", "22003", "22001");
    /** Admin shutdown, crash shutdown, cannot connect now; with SQLSTATE class 08 (connection exception). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final String RETRY_AFTER_SECONDS = "2";

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

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unavailable(JDBCException e, UriInfo uri) {
        if (goingAway(e.getSQLState())) {
            return unavailable("The database is unavailable; nothing was written, retry shortly", uri);
        }
        throw e;
    }

    /**
     * A commit the database could not finish because it went away at that moment (shut down or restarted): the
     * transaction manager rolled back, and the checked RollbackException reaches us wrapped by the interceptor. The
     * connection may have dropped after PostgreSQL committed, so the answer does not promise that nothing was written.
     */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response commitFailed(ArcUndeclaredThrowableException e, UriInfo uri) {
        if (e.getCause() instanceof RollbackException rollback && goingAway(sqlState(rollback))) {
            return unavailable("The database went away while the change was committed: read the resource to see whether"
                    + " it was saved, or retry with the same Idempotency-Key", uri);
        }
        throw e;
    }

    static boolean goingAway(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    /**
     * The SQLSTATE of the first SQL failure among the causes, if any. Narayana attaches the resource's failure to the
     * RollbackException as a suppressed exception, not always as its cause, so those are searched too.
     */
    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                String state = sqlState(suppressed);
                if (state != null) {
                    return state;
                }
            }
        }
        return null;
    }

    private static Response unavailable(String detail, UriInfo uri) {
        return Response.fromResponse(Problems.response(ProblemType.UNAVAILABLE, detail,
                "/" + uri.getPath().replaceFirst("^/", ""))).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private static Response stale(UriInfo uri) {
        return Problems.response(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by another request meanwhile; reload and retry",
                "/" + uri.getPath().replaceFirst("^/", ""));
    }
}
