package org.reciprocity.reporting;

import io.github.bucket4j.BucketConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.reciprocity.shared.BucketStore;

/**
 * At most {@code limit} attempts per key in a fixed window of {@code length}, which starts at the key's first attempt
 * and is full again once it has passed: a Bucket4j bucket of {@code limit} tokens refilled all at once every
 * {@code length}. Its {@link BucketStore} is shared by every server node on PostgreSQL, so the 11th report of an
 * hour is refused whichever node it reaches.
 *
 * <p>The keys (client addresses) are never logged, and never stored: the store gets a keyed hash of each (HMAC with
 * the application's secret, the same on every node), which tells nobody who holds a table dump the addresses that
 * filed reports; a bucket is dropped once its window has passed.
 */
final class RateLimit {

    private static final String HMAC = "HmacSHA256";
    /** 128 bits of the HMAC: no two clients share a bucket by chance. */
    private static final int KEPT_BYTES = 16;

    private final BucketStore store;
    private final String name;
    private final SecretKeySpec secret;
    private final BucketConfiguration configuration;

    /**
     * @param name   what this limit counts (its keys' prefix in the store)
     * @param secret the key of the HMAC, from which the stored keys are made
     */
    RateLimit(BucketStore store, String name, int limit, Duration length, String secret) {
        this.store = store;
        this.name = name + ":";
        this.secret = new SecretKeySpec(("rate-limit:" + secret).getBytes(StandardCharsets.UTF_8), HMAC);
        this.configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, length)).build();
    }

    /** Counts an attempt; false when the key has used up its window. */
    boolean tryAcquire(String key) {
        return store.bucket(name + hashed(key), () -> configuration).tryConsume(1);
    }

    private String hashed(String key) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(secret);
            var digest = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KEPT_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
