package org.acde.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.paging.Page;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.security.Role;
import org.acde.kernel.i18n.RequestLanguage;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;

import io.quarkus.security.Authenticated;

/** A resource that exists only to drive every shared convention through real HTTP. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProbeResource {

    public record Input(@NotBlank @Size(max = 10) String name, @Min(1) int count, Party party, LocalDate date,
            @Size(max = 3) List<@NotNull Party> parties, @Valid Nested nested) {
    }

    public record Nested(@NotBlank String label) {
    }

    private final CursorCodec cursors;
    private final Caller caller;

    ProbeResource(CursorCodec cursors, Caller caller) {
        this.cursors = cursors;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Input echo(@Valid @NotNull Input body) {
        return body;
    }

    @POST
    @Path("/free")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> free(Map<String, Object> body) {
        return body;
    }

    /** Pages through the numbers 1..45, 20 at a time by default. */
    @GET
    @Path("/numbers")
    public Page<Integer> numbers(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("party") Party party, @QueryParam("since") LocalDate since, @QueryParam("cursor") String cursor) {
        int after = cursor == null ? 0 : Integer.parseInt(cursors.decode("numbers", cursor).get(0));
        List<Integer> items = IntStream.rangeClosed(after + 1, Math.min(after + limit, 45)).boxed().toList();
        int last = items.isEmpty() ? after : items.get(items.size() - 1);
        String next = last < 45 ? cursors.encode("numbers", List.of(Integer.toString(last))) : null;
        return new Page<>(items, next, 45);
    }

    public record Who(String id, String name, String party, boolean secretariat, boolean agency, boolean partner) {
    }

    @GET
    @Path("/whoami")
    @Authenticated
    public Who whoami() {
        return new Who(caller.id(), caller.name(), caller.party().map(Party::code).orElse(null), caller.isSecretariat(),
                caller.isAgency(), caller.isPartner());
    }

    @GET
    @Path("/secretariat-only")
    @RolesAllowed(Role.SECRETARIAT)
    public String secretariatOnly() {
        return "ok";
    }

    /** A label in the request's language, as reference data answers it. */
    @GET
    @Path("/label")
    public String label() {
        return Measure.III.label(RequestLanguage.current());
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail at org.acde.Secret");
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw new ProblemException(ProblemType.CONFLICT, "Cannot move from CLOSED to ACTIVE", List.of(),
                Map.of("allowed", List.of()), Map.of());
    }
}
