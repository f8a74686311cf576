package org.acde.capacity.enrolment;

import java.time.Instant;
import java.util.UUID;

import org.acde.capacity.cohort.Cohort;
import org.acde.contracts.capacity.EnrolmentView;
import org.acde.contracts.capacity.Participant;

/** Between the enrolment entity and its API representation, with or without personal data. */
final class EnrolmentMapper {

    private EnrolmentMapper() {
    }

    static EnrolmentView toView(Enrolment e, boolean personal) {
        return new EnrolmentView(e.id, e.cohortId, e.programId, e.position, personal ? e.name : null,
                personal ? e.email : null, personal ? e.sex : null, e.party, e.organisationType, e.status, e.seat,
                e.attendancePercent, e.score, e.certificateId, e.erasedAt, e.enrolledBy, e.appliedAt, e.updatedAt);
    }

    /** A new application of {@code participant} to {@code cohort}, before it is given a position and a seat. */
    static Enrolment toEntity(Participant participant, Cohort cohort, String enrolledBy, Instant now) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.cohortId = cohort.id;
        enrolment.programId = cohort.programId;
        enrolment.name = participant.name().strip();
        enrolment.email = participant.email();
        enrolment.sex = participant.sex();
        enrolment.party = participant.party();
        enrolment.organisationType = participant.organisationType();
        enrolment.consentedAt = now;
        enrolment.enrolledBy = enrolledBy;
        enrolment.appliedAt = enrolment.updatedAt = now;
        return enrolment;
    }
}
