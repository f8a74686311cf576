package org.acde.kernel.i18n;

import java.util.Locale;

import org.acde.contracts.i18n.Languages;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The language of the request being handled, the one way every app localizes an answer. The front door negotiates
 * it from {@code Accept-Language} when a request arrives; code that puts a label into the answer asks
 * {@link #current()}, and that answer then carries {@code Content-Language} and {@code Vary: Accept-Language}. Answers
 * that asked for no label (an initiative, a page of opportunities) carry neither: their body is the same in every
 * language.
 */
public final class RequestLanguage {

    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    public static final String CONTENT_LANGUAGE = "Content-Language";
    public static final String VARY = "Vary";
    private static final String KEY = RequestLanguage.class.getName();

    private RequestLanguage() {
    }

    /** Negotiates the request's language and declares it on the answer if something used it. */
    public static void negotiate(RoutingContext rc) {
        Choice choice = new Choice(Languages.negotiate(rc.request().getHeader(ACCEPT_LANGUAGE)));
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(KEY, choice);
        }
        rc.addHeadersEndHandler(ignored -> {
            if (choice.used) {
                declare(rc.response().headers(), choice.language);
            }
        });
    }

    /** The request's language, marking the answer as localized; English outside a request. */
    public static Locale current() {
        if (!VertxContext.isOnDuplicatedContext()) {
            return Languages.ENGLISH;
        }
        Choice choice = ContextLocals.<Choice> get(KEY).orElse(null);
        if (choice == null) {
            return Languages.ENGLISH;
        }
        choice.used = true;
        return choice.language;
    }

    /** {@code Content-Language} and {@code Vary: Accept-Language}, keeping what {@code Vary} already lists. */
    public static void declare(MultiMap headers, Locale language) {
        headers.set(CONTENT_LANGUAGE, language.toLanguageTag());
        if (!varies(headers)) {
            headers.add(VARY, ACCEPT_LANGUAGE);
        }
    }

    private static boolean varies(MultiMap headers) {
        for (String value : headers.getAll(VARY)) {
            for (String name : value.split(",")) {
                if (name.trim().equalsIgnoreCase(ACCEPT_LANGUAGE) || name.trim().equals("*")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Choice {
        private final Locale language;
        private volatile boolean used;

        Choice(Locale language) {
            this.language = language;
        }
    }
}
