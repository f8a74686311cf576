package org.acde.initiatives.library;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.http.SortSpec;
import org.acde.contracts.library.LibraryItemInput;
import org.acde.contracts.library.LibraryItemQuery;
import org.acde.contracts.library.LibraryItemStatus;
import org.acde.contracts.library.LibraryItemView;
import org.acde.contracts.library.LibraryTransitionRequest;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.initiatives.initiative.InitiativeAccess;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.lifecycle.TransitionLog;
import org.acde.platform.lifecycle.Transitions;
import org.acde.platform.persistence.Keyset;

/** Owns the rules of the library: who may see and change which item, and its lifecycle. */
@ApplicationScoped
@Transactional
public class LibraryItemService {

    /** The allowed status moves: DRAFT → PUBLISHED → WITHDRAWN; a draft is deleted rather than withdrawn. */
    static final Transitions<LibraryItemStatus> LIFECYCLE = Transitions.of(LibraryItemStatus.class, "library item")
            .from(LibraryItemStatus.DRAFT, LibraryItemStatus.PUBLISHED)
            .from(LibraryItemStatus.PUBLISHED, LibraryItemStatus.WITHDRAWN)
            .build();

    static final Keyset<LibraryItem> KEYSET = Keyset.of(LibraryItem.class)
            .field("publicationDate", "publicationDate", LocalDate::parse, e -> e.publicationDate)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .field("updatedAt", "updatedAt", Instant::parse, e -> e.updatedAt)
            .field("title", "title", value -> value, e -> e.title)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-publicationDate")
            .build();

    /** What a deletion event carries: the id only. */
    record Deleted(UUID id) {
    }

    private final LibraryItemRepository items;
    private final LibraryItemAccess access;
    private final InitiativeAccess initiatives;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Timestamps timestamps;
    private final TransitionLog transitions;

    LibraryItemService(LibraryItemRepository items, LibraryItemAccess access, InitiativeAccess initiatives,
            Outbox outbox, CursorCodec cursors, Caller caller, Timestamps timestamps, TransitionLog transitions) {
        this.items = items;
        this.access = access;
        this.initiatives = initiatives;
        this.outbox = outbox;
        this.cursors = cursors;
        this.caller = caller;
        this.timestamps = timestamps;
        this.transitions = transitions;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<LibraryItemView> list(LibraryItemQuery query, PageParams page) {
        Keyset.Filter filter = LibraryItemFilters.of(query, caller);
        // A text query's total counts on the narrow terms table (V9), not with the rows: a common phrase counted on
        // library_item rechecked most of its heap.
        boolean text = LibraryItemFilters.hasText(query);
        EntityManager em = items.getEntityManager();
        SortSpec sort = KEYSET.sort(page.sort);
        Page<LibraryItem> rows = text ? KEYSET.slice(em, cursors, filter, sort, page.cursor, page.limit)
                : KEYSET.page(em, cursors, filter, sort, page.cursor, page.limit);
        long total = text ? items.countText(LibraryItemFilters.forTotal(query, caller)) : rows.total();
        return new Page<>(rows.map(LibraryItemMapper::toView).items(), rows.nextCursor(), total);
    }

    public Created<LibraryItemView> create(LibraryItemInput input) {
        access.adding(input.parties());
        LibraryItemRules.check(input);
        LibraryItemRules.checkRelated(input, initiatives);
        Instant now = timestamps.now();
        LibraryItem item = new LibraryItem();
        item.id = UUID.randomUUID();
        LibraryItemMapper.apply(input, item);
        item.status = LibraryItemStatus.DRAFT;
        item.createdBy = item.updatedBy = caller.name();
        item.createdAt = item.updatedAt = now;
        items.persist(item);
        LibraryItemView view = LibraryItemMapper.toView(item);
        record(item, "created", view);
        return Created.of(URI.create(path(item)), item, view);
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<LibraryItemView> get(UUID id) {
        LibraryItem item = access.visible(id);
        return Versioned.of(LibraryItemMapper.toView(item), item);
    }

    public Versioned<LibraryItemView> update(UUID id, String ifMatch, LibraryItemInput input) {
        LibraryItem item = access.managed(id);
        ETags.requireMatch(ifMatch, item.version);
        access.naming(input.parties());
        LibraryItemRules.check(input);
        LibraryItemRules.checkRelated(input, initiatives);
        LibraryItemView before = LibraryItemMapper.toView(item);
        LibraryItemMapper.apply(input, item);
        if (!LibraryItemMapper.toView(item).equals(before)) {
            item.updatedAt = timestamps.now();
            item.updatedBy = caller.name();
            record(item, "updated", LibraryItemMapper.toView(item));
        }
        return Versioned.of(LibraryItemMapper.toView(item), item);
    }

    public void delete(UUID id, String ifMatch) {
        LibraryItem item = access.managed(id);
        ETags.requireMatch(ifMatch, item.version);
        if (item.status != LibraryItemStatus.DRAFT) {
            throw ProblemException.conflict("Only a DRAFT library item can be deleted; this one is " + item.status
                    + ", so withdraw it with a transition instead");
        }
        items.delete(item);
        record(item, "deleted", new Deleted(item.id));
        // Written now, so a delete that lost a race answers 412 here rather than failing at commit.
        items.flush();
    }

    public Versioned<LibraryItemView> transition(UUID id, LibraryTransitionRequest request) {
        LibraryItem item = access.managed(id);
        LIFECYCLE.require(item.status, request.to());
        Instant now = timestamps.now();
        transitions.moved("library item", item.id, item.status, request.to(), "requested");
        item.status = request.to();
        item.statusReason = request.reason();
        if (request.to() == LibraryItemStatus.PUBLISHED && item.publishedAt == null) {
            item.publishedAt = now;
        }
        item.updatedAt = now;
        item.updatedBy = caller.name();
        // One type for every move, as initiatives do: the new status is the view's.
        record(item, "transitioned", LibraryItemMapper.toView(item));
        return Versioned.of(LibraryItemMapper.toView(item), item);
    }

    /** One slice of the export: the views after {@code cursor}, newest publication first, in a short transaction. */
    @Transactional(TxType.SUPPORTS)
    public Page<LibraryItemView> exportSlice(Keyset.Filter filter, String cursor, int size) {
        Page<LibraryItem> rows = KEYSET.slice(items.getEntityManager(), cursors, filter, KEYSET.sort(null), cursor, size);
        Page<LibraryItemView> slice = rows.map(LibraryItemMapper::toView);
        items.getEntityManager().clear();
        return slice;
    }

    /** The filter an export runs with: the caller's visibility is fixed before the response starts streaming. */
    public Keyset.Filter exportFilter(LibraryItemQuery query) {
        return LibraryItemFilters.of(query, caller);
    }

    /** Records {@code org.acde.initiatives.library-item.<happened>}, read by whoever may read the item now. */
    private void record(LibraryItem item, String happened, Object data) {
        outbox.record(new DomainEvent("org.acde.initiatives.library-item." + happened, "library-item",
                item.id.toString(), path(item), Set.copyOf(item.parties), access.readers(item), data));
    }

    private static String path(LibraryItem item) {
        return "/api/v1/library/items/" + item.id;
    }
}
