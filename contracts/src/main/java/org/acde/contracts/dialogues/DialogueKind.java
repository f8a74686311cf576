package org.acde.contracts.dialogues;

/** What kind of meeting a dialogue is. */
public enum DialogueKind {
    SUMMIT,
    MINISTERIAL_MEETING,
    SENIOR_OFFICIALS_MEETING,
    WORKING_GROUP_MEETING,
    WORKSHOP,
    FORUM,
    CONFERENCE
}
