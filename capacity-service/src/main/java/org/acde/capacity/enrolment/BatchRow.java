package org.acde.capacity.enrolment;

import java.util.List;

import org.acde.contracts.capacity.EnrolmentInput;
import org.acde.contracts.problem.FieldError;

/** One row of an enrolment batch as read: a valid input, or the fields that make it invalid (then input is null). */
record BatchRow(int number, EnrolmentInput input, List<FieldError> errors) {

    static BatchRow valid(int number, EnrolmentInput input) {
        return new BatchRow(number, input, List.of());
    }

    static BatchRow invalid(int number, List<FieldError> errors) {
        return new BatchRow(number, null, List.copyOf(errors));
    }
}
