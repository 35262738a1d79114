package org.reciprocity.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where {@link LoginThrottle} keeps its Bucket4j token buckets, each under a string key.
 *
 * <p>Several server nodes (issue 12): this interface is the one seam. A store over Bucket4j's JDBC backend
 * ({@code bucket4j_jdk17-postgresql}, e.g. {@code PostgreSQLSelectForUpdateBasedProxyManager} on a table of its own
 * with migration V13, its {@code id} column the key) implements it in place of {@link InMemoryThrottleStore}: the
 * bucket methods go to its {@code ProxyManager}, {@link #keysStartingWith} and {@link #size} become queries on that
 * table, and a scheduled delete drops rows past their {@code expires_at}. Nothing that calls the throttle changes.
 */
interface ThrottleStore {

    /** The bucket under this key, made with the configuration when the store has none. */
    Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

    /** The bucket under this key if the store has one; never makes one, so that looking fills nothing. */
    Optional<Bucket> existing(String key);

    /** The keys kept now that start with the prefix (for the admin's list, and to forget an account). */
    Stream<String> keysStartingWith(String prefix);

    void remove(String key);

    /** How many buckets are kept now: what bounds the throttle's memory. */
    long size();
}
