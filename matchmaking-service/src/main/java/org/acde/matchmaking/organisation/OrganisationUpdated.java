package org.acde.matchmaking.organisation;

/**
 * Fired, inside its transaction, when an organisation has been changed and flushed: what depends on its facts
 * (opportunities copy its size band and languages) follows it without this package knowing them.
 */
public record OrganisationUpdated(Organisation organisation) {
}
