package org.acde.initiatives.library;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

import org.acde.contracts.library.LibraryApi;
import org.acde.contracts.library.LibraryItemInput;
import org.acde.contracts.library.LibraryItemQuery;
import org.acde.contracts.library.LibraryItemView;
import org.acde.contracts.library.LibraryTransitionRequest;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.kernel.i18n.RequestLanguage;
import org.acde.platform.idempotency.Idempotency;
import org.acde.platform.persistence.Keyset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

public class LibraryItemResource implements LibraryApi {

    private final LibraryItemService service;
    private final Idempotency idempotency;
    private final int exportSlice;

    LibraryItemResource(LibraryItemService service, Idempotency idempotency,
            @ConfigProperty(name = "acde.initiatives.export-slice", defaultValue = "500") int exportSlice) {
        this.service = service;
        this.idempotency = idempotency;
        this.exportSlice = exportSlice;
    }

    @Override
    @PermitAll
    public Page<LibraryItemView> list(LibraryItemQuery query, PageParams page) {
        return service.list(query, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<LibraryItemView> create(String idempotencyKey, LibraryItemInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/library/items", body, LibraryItemView.class,
                () -> service.create(body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<LibraryItemView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<LibraryItemView> update(UUID id, String ifMatch, LibraryItemInput body) {
        return service.update(id, ifMatch, body).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public void delete(UUID id, String ifMatch) {
        service.delete(id, ifMatch);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<LibraryItemView> transition(UUID id, LibraryTransitionRequest body) {
        return service.transition(id, body).toResponse();
    }

    @Override
    @PermitAll
    public Response export(LibraryItemQuery query) {
        Keyset.Filter filter = service.exportFilter(query);
        return Response.ok(LibraryItemCsv.streamed(RequestLanguage.current(),
                cursor -> service.exportSlice(filter, cursor, exportSlice)))
                .header("Content-Disposition", "attachment; filename=\"library.csv\"").build();
    }
}
