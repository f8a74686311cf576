import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that an ACDE Hub webhook delivery is genuine (Standard Webhooks, HMAC-SHA256), with the JDK alone:
 * {@code java VerifyWebhook.java <secret> <webhook-id> <webhook-timestamp> <webhook-signature> <body file>}.
 * In a receiver, call {@link #verify} with the headers and the raw body, before parsing it.
 */
public class VerifyWebhook {

    static boolean verify(String secret, String id, String timestamp, String signatures, byte[] body)
            throws Exception {
        // A delivery older or newer than five minutes is refused: someone may be replaying it.
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
        // Several signatures while a rotated secret overlaps the new one: any one is enough.
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, signature.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        boolean valid = verify(args[0], args[1], args[2], args[3], Files.readAllBytes(Path.of(args[4])));
        System.out.println(valid ? "valid" : "INVALID");
        System.exit(valid ? 0 : 1);
    }
}
