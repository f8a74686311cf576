package org.acde.initiatives.library;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.kernel.security.Caller;
import org.acde.platform.events.Audience;

/**
 * Loads a library item for what the caller wants to do with it. A draft the caller may not see is 404, as if it did
 * not exist; a visible item the caller may not change is 403.
 */
@ApplicationScoped
class LibraryItemAccess {

    private final LibraryItemRepository items;
    private final Caller caller;

    LibraryItemAccess(LibraryItemRepository items, Caller caller) {
        this.items = items;
        this.caller = caller;
    }

    /** For reading: public once published; drafts to the secretariat and the agencies of the item's parties. */
    LibraryItem visible(UUID id) {
        LibraryItem item = items.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Library item", id));
        if (!item.isPublic() && !isOwnAgency(item)) {
            throw ProblemException.notFound("Library item", id);
        }
        return item;
    }

    /**
     * Who may read the item, as {@link #visible} decides it: anyone once published, before that the agencies of its
     * parties (and the secretariat, always). Change both together.
     */
    Audience readers(LibraryItem item) {
        return item.isPublic() ? Audience.anyone() : Audience.secretariat().andAgenciesOf(item.parties);
    }

    /** For adding an item: the secretariat, or an agency of one of the parties it names (403 for anyone else). */
    void adding(List<Party> parties) {
        if (!caller.isSecretariat() && !(caller.isAgency() && caller.party().filter(parties::contains).isPresent())) {
            throw ProblemException.forbidden("An agency adds library items that name its own party");
        }
    }

    /** For a change that names {@code parties}: an agency cannot take its own party off the item. */
    void naming(List<Party> parties) {
        if (!caller.isSecretariat() && !parties.contains(caller.requireParty())) {
            throw ProblemException.invalidField("parties", "an agency keeps its own party among the item's parties");
        }
    }

    /** For changing the item: the secretariat or an agency of one of its parties. */
    LibraryItem managed(UUID id) {
        LibraryItem item = visible(id);
        if (!isOwnAgency(item)) {
            throw ProblemException.forbidden("Only the secretariat or an agency of one of its parties ("
                    + item.parties.stream().map(Enum::name).sorted().toList() + ") changes this library item");
        }
        return item;
    }

    private boolean isOwnAgency(LibraryItem item) {
        return caller.isSecretariat() || (caller.isAgency() && caller.party().filter(item.parties::contains).isPresent());
    }
}
