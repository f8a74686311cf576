package org.acde.kernel.security;

/**
 * Why a token was refused: it was signed with a key the identity provider no longer publishes ({@link SigningKeys}).
 * The cause of the {@code AuthenticationFailedException} (which is final), where {@link BearerChallenge} finds it.
 */
public class RetiredKeyException extends RuntimeException {

    RetiredKeyException() {
        super("The token was signed with a key the identity provider has retired", null, false, false);
    }
}
