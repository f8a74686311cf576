package org.acde.initiatives.dialogue;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.dialogues.DialogueInput;
import org.acde.contracts.dialogues.DialogueQuery;
import org.acde.contracts.dialogues.DialogueView;
import org.acde.contracts.dialogues.DialoguesApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class DialogueResource implements DialoguesApi {

    private final DialogueService service;
    private final Idempotency idempotency;

    DialogueResource(DialogueService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermitAll
    public Page<DialogueView> list(DialogueQuery query, PageParams page) {
        return service.list(query, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<DialogueView> create(String idempotencyKey, DialogueInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/dialogues", body, DialogueView.class,
                () -> service.create(body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<DialogueView> get(UUID id) {
        return service.get(id).toResponse();
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<DialogueView> update(UUID id, String ifMatch, DialogueInput body) {
        return service.update(id, ifMatch, body).toResponse();
    }
}
