package org.reciprocity.shared;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Bucket4j token buckets, each under a string key of at most {@link #LONGEST_KEY} characters: what a rate limit or
 * a throttle counts in. Made by {@link BucketStores}: in this JVM's memory on H2 (one server node), in a table of
 * PostgreSQL shared by every node there, so that two nodes never double a limit. Either way the store is bounded:
 * a bucket is dropped once it has refilled (nothing left to remember), and at most about {@code capacity} are kept
 * whatever strangers send.
 */
public interface BucketStore {

    /** What the tables' {@code id} column holds. */
    int LONGEST_KEY = 160;

    /** The bucket under this key, made with the configuration when the store has none. */
    Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

    /** The bucket under this key if the store has one; never makes one, so that looking fills nothing. */
    Optional<Bucket> existing(String key);

    /** The keys kept now that start with the prefix (for an admin's list, or to forget someone). */
    Stream<String> keysStartingWith(String prefix);

    void remove(String key);

    /** How many buckets are kept now (after dropping the expired ones): what bounds the store. */
    long size();

    static String checkedKey(String key) {
        if (key.isEmpty() || key.length() > LONGEST_KEY) {
            throw new IllegalArgumentException("A bucket key has 1 to " + LONGEST_KEY + " characters");
        }
        return key;
    }
}
