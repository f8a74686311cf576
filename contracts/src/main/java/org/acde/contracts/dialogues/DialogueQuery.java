package org.acde.contracts.dialogues;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the dialogue list. */
public class DialogueQuery {

    @QueryParam("kind")
    public DialogueKind kind;

    @QueryParam("party")
    @Parameter(description = "A party that hosts or takes part")
    public Party party;

    @QueryParam("hostParty")
    public Party hostParty;

    @QueryParam("from")
    @Parameter(description = "Dialogues that end on or after this date")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Dialogues that start on or before this date")
    public LocalDate to;
}
