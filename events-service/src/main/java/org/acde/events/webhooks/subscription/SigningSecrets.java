package org.acde.events.webhooks.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signing secrets as Standard Webhooks writes them ({@code whsec_} + base64 of 32 random bytes), and sealed for the
 * database with AES-256-GCM under {@code acde.webhooks.secret-key}, bound to their subscription's id: a copy of the
 * table is no use without the key, nor is one row's secret under another's id.
 */
@ApplicationScoped
public class SigningSecrets {

    public static final String PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    SigningSecrets(WebhooksConfig config) {
        byte[] bytes = Base64.getDecoder().decode(config.secretKey());
        if (bytes.length != 32) {
            throw new IllegalStateException("acde.webhooks.secret-key must be the base64 of 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String generate() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The HMAC key a secret stands for: the bytes of its base64 part. */
    public static byte[] hmacKey(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    public byte[] seal(UUID webhookId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = aesGcm(Cipher.ENCRYPT_MODE, webhookId, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    public String open(UUID webhookId, byte[] sealed) {
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        return new String(aesGcm(Cipher.DECRYPT_MODE, webhookId, nonce,
                Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length)), StandardCharsets.UTF_8);
    }

    private byte[] aesGcm(int mode, UUID webhookId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(webhookId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Never the secret, nor the cause's text: only that this row does not open under this key.
            throw new IllegalStateException("A signing secret does not seal or open with acde.webhooks.secret-key");
        }
    }
}
