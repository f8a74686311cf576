package org.acde.contracts.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the initiative list, its statistics and its CSV export. */
public class InitiativeQuery {

    @QueryParam("measure")
    public Measure measure;

    @QueryParam("status")
    public InitiativeStatus status;

    @QueryParam("party")
    @Parameter(description = "A party that leads or participates")
    public Party party;

    @QueryParam("leadParty")
    public Party leadParty;

    @QueryParam("tag")
    @Size(max = 50)
    public String tag;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Full-text search over title, summary, objectives and target groups; supports \"quoted phrases\", OR and -exclusions")
    public String q;

    @QueryParam("activeOn")
    @Parameter(description = "Initiatives running on this date: from the actual (else planned) start to the actual end; once started and not closed, still running; cancelled ones never")
    public LocalDate activeOn;

    @QueryParam("updatedSince")
    @Parameter(description = "Initiatives changed at or after this instant, e.g. 2026-01-01T00:00:00Z")
    public Instant updatedSince;

    @QueryParam("need")
    @Parameter(description = "Only initiatives that declare they answer this cooperation need")
    public UUID need;
}
