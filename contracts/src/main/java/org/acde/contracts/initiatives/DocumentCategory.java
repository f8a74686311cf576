package org.acde.contracts.initiatives;

/** What a linked document is. */
public enum DocumentCategory {
    MOU,
    CONCEPT_NOTE,
    WORK_PLAN,
    PROGRESS_REPORT,
    EVALUATION,
    AGREEMENT,
    OTHER
}
