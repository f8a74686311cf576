package org.acde.kernel.security;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * An augmentor like an application's own: it marks what it augmented, and counts the identities it sees that it had
 * already marked (a cache that kept its output would hand it back to it).
 */
@Singleton
public class CountingAugmentor implements SecurityIdentityAugmentor {

    static final String MARK = CountingAugmentor.class.getName();

    final AtomicInteger augmented = new AtomicInteger();
    final AtomicInteger seenTwice = new AtomicInteger();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        augmented.incrementAndGet();
        if (identity.getAttribute(MARK) != null) {
            seenTwice.incrementAndGet();
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addAttribute(MARK, true).build());
    }
}
