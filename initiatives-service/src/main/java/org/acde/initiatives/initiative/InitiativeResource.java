package org.acde.initiatives.initiative;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.acde.contracts.initiatives.HistoryEntry;
import org.acde.contracts.initiatives.InitiativeGrouping;
import org.acde.contracts.initiatives.InitiativeInput;
import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.initiatives.InitiativesApi;
import org.acde.contracts.initiatives.TransitionRequest;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.contracts.stats.StatsView;
import org.acde.kernel.i18n.RequestLanguage;
import org.acde.platform.idempotency.Idempotency;
import org.acde.platform.persistence.Keyset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

public class InitiativeResource implements InitiativesApi {

    private final InitiativeService service;
    private final InitiativeStatistics statistics;
    private final Idempotency idempotency;
    private final int exportSlice;

    InitiativeResource(InitiativeService service, InitiativeStatistics statistics, Idempotency idempotency,
            @ConfigProperty(name = "acde.initiatives.export-slice", defaultValue = "500") int exportSlice) {
        this.service = service;
        this.statistics = statistics;
        this.idempotency = idempotency;
        this.exportSlice = exportSlice;
    }

    @Override
    @PermitAll
    public Page<InitiativeView> list(InitiativeQuery query, PageParams page) {
        return service.list(query, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<InitiativeView> create(String idempotencyKey, InitiativeInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/initiatives", body, InitiativeView.class,
                () -> service.create(body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<InitiativeView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<InitiativeView> update(UUID id, String ifMatch, InitiativeInput body) {
        return service.update(id, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public void delete(UUID id, String ifMatch) {
        service.delete(id, ifMatch);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<InitiativeView> transition(UUID id, TransitionRequest body) {
        return service.transition(id, body).toResponse();
    }

    @Override
    @PermitAll
    public Page<HistoryEntry> history(UUID id, PageParams page) {
        return service.history(id, page);
    }

    @Override
    @PermitAll
    public StatsView stats(InitiativeGrouping groupBy, InitiativeQuery query) {
        return statistics.stats(groupBy, query);
    }

    @Override
    @PermitAll
    public Response export(InitiativeQuery query) {
        Keyset.Filter filter = service.exportFilter(query);
        StreamingOutput csv = InitiativeCsv.streamed(RequestLanguage.current(),
                cursor -> service.exportSlice(filter, cursor, exportSlice));
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"initiatives.csv\"").build();
    }
}
