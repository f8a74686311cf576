package org.acde.capacity.enrolment;

import org.acde.contracts.capacity.EnrolmentView;

/** Between the enrolment entity and its API representation, with or without personal data. */
final class EnrolmentMapper {

    private EnrolmentMapper() {
    }

    static EnrolmentView toView(Enrolment e, boolean personal) {
        return new EnrolmentView(e.id, e.cohortId, e.programId, e.position, personal ? e.name : null,
                personal ? e.email : null, personal ? e.sex : null, e.party, e.organisationType, e.status, e.seat,
                e.attendancePercent, e.score, e.certificateId, e.erasedAt, e.enrolledBy, e.appliedAt, e.updatedAt);
    }
}
