package io.github.motcua.cli.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * The token a client must send as {@code Authorization: Bearer TOKEN}. The comparison takes the
 * same time whatever the token sent: both are hashed, and the hashes compared in constant time, so
 * that neither the token's length nor its first differing byte shows in the time of an answer.
 */
final class BearerToken {
    private static final String SCHEME = "Bearer ";

    private final byte[] hash;

    BearerToken(String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("the token file holds no token");
        }
        this.hash = sha256(token);
    }

    /** Whether an {@code Authorization} header carries the token. */
    boolean accepts(@Nullable String authorization) {
        byte[] sent = authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? sha256(authorization.substring(SCHEME.length()).strip())
                : new byte[hash.length];
        return MessageDigest.isEqual(hash, sent);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
