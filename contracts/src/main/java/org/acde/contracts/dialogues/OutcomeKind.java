package org.acde.contracts.dialogues;

/** What a dialogue did about an initiative. */
public enum OutcomeKind {
    /** The meeting endorsed the initiative (its lead then records the endorsement, naming the meeting). */
    ENDORSED,
    /** The meeting reviewed the initiative or its progress. */
    REVIEWED,
    /** The meeting gave the initiative a task; the note says which. */
    TASKED
}
