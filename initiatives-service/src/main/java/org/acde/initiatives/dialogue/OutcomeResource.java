package org.acde.initiatives.dialogue;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.acde.contracts.dialogues.DialogueOutcomesApi;
import org.acde.contracts.dialogues.OutcomeInput;
import org.acde.contracts.dialogues.OutcomeView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.security.Role;
import org.acde.platform.idempotency.Idempotency;
import org.jboss.resteasy.reactive.RestResponse;

public class OutcomeResource implements DialogueOutcomesApi {

    private final OutcomeService service;
    private final Idempotency idempotency;

    OutcomeResource(OutcomeService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @PermitAll
    public Page<OutcomeView> list(UUID dialogueId, PageParams page) {
        return service.list(dialogueId, page);
    }

    @Override
    @RolesAllowed({ Role.SECRETARIAT, Role.AGENCY })
    public RestResponse<OutcomeView> create(UUID dialogueId, String idempotencyKey, OutcomeInput body) {
        return idempotency.create(idempotencyKey, "POST /api/v1/dialogues/" + dialogueId + "/outcomes", body,
                OutcomeView.class, () -> service.create(dialogueId, body)).toResponse();
    }

    @Override
    @PermitAll
    public RestResponse<OutcomeView> get(UUID dialogueId, UUID id) {
        return service.get(dialogueId, id).toResponse();
    }
}
