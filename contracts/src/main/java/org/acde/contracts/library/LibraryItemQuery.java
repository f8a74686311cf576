package org.acde.contracts.library;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.acde.contracts.validation.LanguageTag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the library list and its CSV export. */
public class LibraryItemQuery {

    @QueryParam("documentType")
    public LibraryDocumentType documentType;

    @QueryParam("measure")
    public Measure measure;

    @QueryParam("subArea")
    public SubArea subArea;

    @QueryParam("party")
    @Parameter(description = "Items naming this party")
    public Party party;

    @QueryParam("language")
    @Size(max = LanguageTag.MAX_LENGTH)
    @LanguageTag
    @Parameter(description = "BCP 47 language range: `zh` finds items in `zh`, `zh-Hans`, `zh-Hant`, ...; case does not matter")
    public String language;

    @QueryParam("status")
    public LibraryItemStatus status;

    @QueryParam("relatedInitiative")
    @Parameter(description = "Items related to this initiative")
    public UUID relatedInitiative;

    @QueryParam("publishedFrom")
    @Parameter(description = "Items whose publicationDate is on or after this date")
    public LocalDate publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Items whose publicationDate is on or before this date")
    public LocalDate publishedTo;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Full-text search over title and summary; supports \"quoted phrases\", OR and -exclusions")
    public String q;
}
