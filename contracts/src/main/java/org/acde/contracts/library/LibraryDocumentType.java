package org.acde.contracts.library;

import org.acde.contracts.reference.Coded;

/** What kind of document a library item is. */
public enum LibraryDocumentType implements Coded {
    POLICY,
    REGULATION,
    STANDARD,
    GUIDELINE,
    BEST_PRACTICE,
    CASE_STUDY;

    @Override
    public String code() {
        return name();
    }
}
