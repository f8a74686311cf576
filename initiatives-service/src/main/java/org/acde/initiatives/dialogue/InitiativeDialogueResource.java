package org.acde.initiatives.dialogue;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import org.acde.contracts.dialogues.InitiativeDialogueView;
import org.acde.contracts.dialogues.InitiativeDialoguesApi;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;

public class InitiativeDialogueResource implements InitiativeDialoguesApi {

    private final OutcomeService service;

    InitiativeDialogueResource(OutcomeService service) {
        this.service = service;
    }

    @Override
    @PermitAll
    public Page<InitiativeDialogueView> list(UUID initiativeId, PageParams page) {
        return service.through(initiativeId, page);
    }
}
