package org.acde.contracts.capacity;

/**
 * Where an enrolment stands. An application is decided in the request that makes it, so it answers CONFIRMED
 * (a seat is held) or WAITLISTED (first come, first served for the next free seat of its bucket). From there:
 * WITHDRAWN (frees the seat), or, once results are in, COMPLETED, FAILED or NO_SHOW.
 */
public enum EnrolmentStatus {
    CONFIRMED,
    WAITLISTED,
    WITHDRAWN,
    COMPLETED,
    FAILED,
    NO_SHOW
}
