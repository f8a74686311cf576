package org.acde.contracts.capacity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.acde.contracts.validation.LanguageTag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A need's profile, as the ranking of programs takes it: the fields of a need that a program can answer, with the limits a need has. */
public class ProgramRankingQuery {

    @QueryParam("measure")
    @Parameter(description = "The need's measure")
    public Measure measure;

    @QueryParam("subArea")
    @Parameter(description = "The need's sub-areas; repeat the parameter for several")
    @Size(max = 10)
    public List<SubArea> subAreas;

    @QueryParam("audience")
    @Parameter(description = "Who the need is for; repeat the parameter for several")
    @Size(max = 10)
    public List<Audience> audiences;

    @QueryParam("party")
    @Parameter(description = "The party with the need; programs of other providers count as cross-border")
    public Party party;

    @QueryParam("from")
    @Parameter(description = "First day of the need's time frame", example = "2027-01-01")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Last day of the need's time frame, not before `from`", example = "2027-06-30")
    public LocalDate to;

    @QueryParam("language")
    @Parameter(description = "BCP 47 tags the need works in; repeat the parameter for several")
    @Size(max = 10)
    public List<@Size(max = LanguageTag.MAX_LENGTH) @LanguageTag String> languages;

    @QueryParam("limit")
    @DefaultValue("20")
    @Parameter(description = "How many programs, 1 to 100")
    @Min(1)
    @Max(100)
    public int limit = 20;
}
