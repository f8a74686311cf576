package org.acde.capacity.certificate;

import java.util.UUID;

/** Who completed, and with what results: what a certificate needs from the enrolment. */
public record Recipient(UUID enrolmentId, String email, int attendancePercent, Integer score) {
}
