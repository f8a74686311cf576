package org.acde.contracts.capacity;

import jakarta.ws.rs.QueryParam;

import org.acde.contracts.reference.Party;

/** The filters of a cohort's enrolment list. */
public class EnrolmentQuery {

    @QueryParam("status")
    public EnrolmentStatus status;

    @QueryParam("party")
    public Party party;
}
