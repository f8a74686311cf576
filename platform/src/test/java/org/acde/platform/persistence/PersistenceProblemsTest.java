package org.acde.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.sql.SQLException;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/** A commit that fails because PostgreSQL went away is a 503 to retry, not a 500; other commit failures stay errors. */
class PersistenceProblemsTest {

    private static final UriInfo URI_INFO = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] { UriInfo.class }, (proxy, method, args) -> method.getName().equals("getPath")
                    ? "/api/v1/initiatives" : URI.create("http://localhost/api/v1/initiatives"));

    @Test
    void aCommitCutOffByADatabaseShutdownIsA503WithRetryAfter() {
        // As Narayana reports it when PostgreSQL terminates the connection during the commit (fast shutdown).
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        Response response = new PersistenceProblems().commitFailed(new ArcUndeclaredThrowableException(rollback), URI_INFO);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
    }

    @Test
    void aConnectionLostDuringTheCommitIsA503Too() {
        RollbackException rollback = new RollbackException("Could not commit");
        rollback.initCause(new RuntimeException(new SQLException("An I/O error occurred", "08006")));
        assertThat(new PersistenceProblems().commitFailed(new ArcUndeclaredThrowableException(rollback), URI_INFO)
                .getStatus()).isEqualTo(503);
    }

    @Test
    void aShutdownReportedAsASuppressedResourceFailureIsA503Too() {
        // As Narayana reports a one-phase commit whose local transaction failed: the XAException is suppressed.
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertThat(new PersistenceProblems().commitFailed(new ArcUndeclaredThrowableException(rollback), URI_INFO)
                .getStatus()).isEqualTo(503);
    }

    @Test
    void otherCommitFailuresAreNotDisguisedAsUnavailability() {
        RollbackException rollback = new RollbackException("Could not commit");
        rollback.initCause(new SQLException("deferred constraint", "23503"));
        ArcUndeclaredThrowableException failure = new ArcUndeclaredThrowableException(rollback);
        assertThatThrownBy(() -> new PersistenceProblems().commitFailed(failure, URI_INFO)).isSameAs(failure);
        ArcUndeclaredThrowableException unrelated = new ArcUndeclaredThrowableException(new Exception("checked"));
        assertThatThrownBy(() -> new PersistenceProblems().commitFailed(unrelated, URI_INFO)).isSameAs(unrelated);
    }
}
