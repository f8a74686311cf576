package org.acde.platform.events;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * What operators alert on while the relay runs: {@code acde_outbox_unpublished} (events not yet handed to
 * events-service) and {@code acde_outbox_oldest_unpublished_age_seconds} (how long the oldest has waited; 0 when none
 * waits). Read from the database at each scrape, so every replica reports the same; NaN when it cannot be read.
 */
@ApplicationScoped
class OutboxGauges {

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private final boolean enabled;

    OutboxGauges(AgroalDataSource dataSource, MeterRegistry registry,
            @ConfigProperty(name = "acde.events.relay.enabled") boolean enabled) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.enabled = enabled;
    }

    void register(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Gauge.builder("acde.outbox.unpublished", this,
                gauges -> gauges.read("select count(*) from outbox where published_at is null"))
                .description("Events recorded in the outbox and not yet handed to events-service")
                .register(registry);
        Gauge.builder("acde.outbox.oldest.unpublished.age", this, gauges -> gauges.read("""
                select coalesce(extract(epoch from now() - min(occurred_at)), 0) from outbox
                where published_at is null"""))
                .baseUnit("seconds")
                .description("How long the oldest event not yet handed to events-service has waited")
                .register(registry);
    }

    private double read(String query) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery(query)) {
            return result.next() ? result.getDouble(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
