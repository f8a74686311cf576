package org.acde.contracts.capacity;

/** A program is prepared as DRAFT, open for cohorts and enrolment once PUBLISHED, and closed for good when ARCHIVED. */
public enum ProgramStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
