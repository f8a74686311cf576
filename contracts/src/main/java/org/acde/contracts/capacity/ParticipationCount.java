package org.acde.contracts.capacity;

/** Participants and completions in one group (a party, an audience, a sex, a measure or a year). */
public record ParticipationCount(String code, String label, long participants, long completions) {
}
