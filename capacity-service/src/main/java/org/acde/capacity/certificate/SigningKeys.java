package org.acde.capacity.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The issuer's keys: the current one signs, every retired one still verifies what it signed. Rotation is a file
 * move: put the old {@code signing.jwk} into the retired directory (any name ending in {@code .jwk}) and a new key in
 * its place, then restart. The JWKS publishes the public part of all of them.
 */
final class SigningKeys {

    static final String SIGNING_FILE = "signing.jwk";

    private final Ed25519Key current;
    private final Map<String, Ed25519Key> byKid;

    private SigningKeys(Ed25519Key current, Map<String, Ed25519Key> byKid) {
        this.current = current;
        this.byKid = byKid;
    }

    /**
     * Reads {@code signing.jwk} in {@code directory} and the retired keys in {@code retiredDirectory}; generates
     * {@code signing.jwk} (owner-only permissions) when it is missing and {@code generateMissing} allows it.
     */
    static SigningKeys load(Path directory, Path retiredDirectory, boolean generateMissing, ObjectMapper json) {
        Path signingFile = directory.resolve(SIGNING_FILE);
        try {
            if (!Files.exists(signingFile)) {
                if (!generateMissing) {
                    throw new IllegalStateException("No certificate signing key at " + signingFile.toAbsolutePath()
                            + "; provision one (see capacity-service/README.md) or set ACDE_CERTIFICATES_GENERATE_MISSING_KEY=true for local development");
                }
                write(signingFile, Ed25519Key.generate(new SecureRandom()), json);
            }
            Ed25519Key current = read(signingFile, json);
            if (!current.canSign()) {
                throw new IllegalStateException(signingFile.toAbsolutePath() + " holds no private key (d)");
            }
            Map<String, Ed25519Key> byKid = new LinkedHashMap<>();
            byKid.put(current.kid(), current);
            for (Path file : retiredFiles(retiredDirectory)) {
                Ed25519Key retired = read(file, json);
                byKid.putIfAbsent(retired.kid(), retired);
            }
            return new SigningKeys(current, byKid);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate keys under " + directory.toAbsolutePath(), e);
        }
    }

    Ed25519Key current() {
        return current;
    }

    Optional<Ed25519Key> find(String kid) {
        return Optional.ofNullable(byKid.get(kid));
    }

    /** The JWK Set: the current key first, then the retired ones; public parts only. */
    Map<String, Object> jwks() {
        List<Map<String, Object>> keys = new ArrayList<>();
        byKid.values().forEach(key -> keys.add(key.publicJwk()));
        return Map.of("keys", keys);
    }

    private static List<Path> retiredFiles(Path retired) throws IOException {
        if (!Files.isDirectory(retired)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(retired)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jwk")).sorted().toList();
        }
    }

    private static Ed25519Key read(Path file, ObjectMapper json) throws IOException {
        try {
            return Ed25519Key.fromJwk(json.readTree(file.toFile()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Writes a private key so that only the owner can read it, atomically where the file system allows. */
    static void write(Path file, Ed25519Key key, ObjectMapper json) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".signing", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection applies.
        }
        Files.write(temporary, json.writeValueAsBytes(key.privateJwk()));
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
