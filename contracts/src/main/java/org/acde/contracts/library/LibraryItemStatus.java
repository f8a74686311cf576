package org.acde.contracts.library;

import org.acde.contracts.reference.Coded;

/**
 * The lifecycle of a library item: DRAFT → PUBLISHED → WITHDRAWN. Once published an item stays public, withdrawn or
 * not, so links to it keep answering.
 */
public enum LibraryItemStatus implements Coded {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    @Override
    public String code() {
        return name();
    }
}
