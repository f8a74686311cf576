package org.acde.contracts.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;

/**
 * Entity tags derived from a resource's {@code @Version}: {@code "7"}. Writes must send the tag they read in
 * {@code If-Match}; a missing one is 428, a stale one 412.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks {@code ifMatch} against the current version: passes for {@code *} or a matching tag in the list.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag from your last read of this resource");
        }
        if (ifMatch.trim().equals("*")) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            Matcher matcher = TAG.matcher(candidate);
            if (matcher.matches() && Long.parseLong(matcher.group(1)) == currentVersion) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource has changed since you read it (current ETag " + of(currentVersion) + "); reload and retry");
    }
}
