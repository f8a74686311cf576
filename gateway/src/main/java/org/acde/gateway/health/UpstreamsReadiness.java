package org.acde.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Reports each upstream's readiness. The gateway itself stays ready while an upstream is down: its other routes
 * keep working and the down upstream's routes answer 503 at once, which is better than taking the whole front door
 * out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private final UpstreamStatus status;

    UpstreamsReadiness(UpstreamStatus status) {
        this.status = status;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return status.all().map(ready -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("Upstreams").up();
            ready.forEach((name, up) -> response.withData(name, up ? "UP" : "DOWN"));
            return response.build();
        });
    }
}
