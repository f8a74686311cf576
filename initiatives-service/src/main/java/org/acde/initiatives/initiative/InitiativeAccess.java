package org.acde.initiatives.initiative;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.kernel.security.Caller;
import org.acde.platform.events.Audience;
import org.acde.platform.persistence.Keyset;

/**
 * Loads an initiative for what the caller wants to do with it. A proposal the caller may not see is 404, as if it
 * did not exist; a visible initiative the caller may not change is 403. Used by every feature under an initiative.
 */
@ApplicationScoped
public class InitiativeAccess {

    private final InitiativeRepository initiatives;
    private final Caller caller;

    InitiativeAccess(InitiativeRepository initiatives, Caller caller) {
        this.initiatives = initiatives;
        this.caller = caller;
    }

    /** For reading: public once endorsed; proposals to the secretariat and agencies of participating parties. */
    public Initiative visible(UUID id) {
        return findVisible(id).orElseThrow(() -> ProblemException.notFound("Initiative", id));
    }

    /** {@link #visible}, for a feature that names an initiative in a body (422 rather than 404 when empty). */
    public Optional<Initiative> findVisible(UUID id) {
        return initiatives.findByIdOptional(id).filter(this::canSee);
    }

    /**
     * {@link #visible} as one HQL condition on the initiative alias {@code alias}, for lists of what names initiatives.
     * Change it with {@link #findVisible} and {@link #readers}.
     */
    public Keyset.Filter visibleAs(String alias) {
        return InitiativeFilters.visibility(caller, alias);
    }

    private boolean canSee(Initiative initiative) {
        boolean ownProposal = caller.isAgency() && caller.party().filter(initiative.participatingParties::contains).isPresent();
        return initiative.isPublic() || caller.isSecretariat() || ownProposal;
    }

    /**
     * Who may read the initiative and what hangs under it, as {@link #visible} decides it: anyone once it is public,
     * before that the agencies of its participating parties (and the secretariat, always). Change both together.
     */
    public Audience readers(Initiative initiative) {
        return initiative.isPublic() ? Audience.anyone()
                : Audience.secretariat().andAgenciesOf(initiative.participatingParties);
    }

    /** For proposing an initiative: the secretariat, or an agency of the party that leads it (403 for anyone else). */
    public void proposing(Party leadParty) {
        if (!caller.isSecretariatOrAgencyOf(leadParty)) {
            throw ProblemException.forbidden("An agency proposes initiatives that its own party leads");
        }
    }

    /** For a change of {@code initiative} that names {@code leadParty}: only the secretariat hands the lead over. */
    public void leading(Initiative initiative, Party leadParty) {
        if (initiative.leadParty != leadParty && !caller.isSecretariat()) {
            throw ProblemException.invalidField("leadParty", "only the secretariat hands the lead to another party");
        }
    }

    /** For changing the initiative, its milestones or indicators: the secretariat or the lead party's agency. */
    public Initiative managed(UUID id) {
        Initiative initiative = visible(id);
        if (!caller.isSecretariatOrAgencyOf(initiative.leadParty)) {
            throw ProblemException.forbidden("Only the secretariat or an agency of the lead party ("
                    + initiative.leadParty + ") changes this initiative");
        }
        return initiative;
    }

    /**
     * The party a progress report is for: an agency reports for its own party (403 when it names another), the
     * secretariat names the party it reports for (400 when it names none).
     */
    public Party reportingFor(Party named) {
        if (caller.isSecretariat()) {
            if (named == null) {
                throw ProblemException.badField("party", "required when the secretariat submits a report");
            }
            return named;
        }
        Party own = caller.requireParty();
        if (named != null && named != own) {
            throw ProblemException.forbidden("An agency reports for its own party (" + own + ") only");
        }
        return own;
    }

    /** For reporting progress: the secretariat, or an agency of a participating party reporting for its own party. */
    public Initiative reportable(UUID id, Party party) {
        Initiative initiative = visible(id);
        if (!initiative.participatingParties.contains(party)) {
            throw ProblemException.invalidField("party", party + " does not take part in this initiative");
        }
        if (!caller.isSecretariatOrAgencyOf(party)) {
            throw ProblemException.forbidden("Progress is reported by an agency of a participating party, for its own party");
        }
        return initiative;
    }
}
