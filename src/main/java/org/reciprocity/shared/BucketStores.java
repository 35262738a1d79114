package org.reciprocity.shared;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * Where a feature gets its {@link BucketStore}. The application has one, chosen by the database as {@link Signals}
 * are ({@code BucketsConfiguration}): on PostgreSQL every node's buckets are rows of the same table (Bucket4j's
 * PostgreSQL backend, {@code SELECT … FOR UPDATE}); on H2 (one node) they stay in memory. The buckets refill by
 * the application's clock; on several nodes, their clocks must agree (NTP), as for every time the portal stores.
 */
public interface BucketStores {

    /**
     * A store of at most about {@code capacity} buckets.
     *
     * @param table the table that keeps them on PostgreSQL (a migration makes it: {@code id varchar(160)} primary
     *              key, {@code state bytea}, {@code expires_at bigint}); one table per store
     */
    BucketStore open(String table, int capacity);

    /**
     * Drops the buckets that have expired, and beyond each store's capacity those with the least left to remember.
     * The scheduled {@code BucketCleanUp} calls it.
     */
    void cleanUp();

    /** Buckets in this JVM's memory: one server node. */
    static BucketStores inMemory(Clock clock) {
        var time = new ClockTimeMeter(clock);
        return new BucketStores() {
            @Override
            public BucketStore open(String table, int capacity) {
                return new InMemoryBucketStore(capacity, time);
            }

            @Override
            public void cleanUp() {
                // nothing: each cache drops what expired on its callers' threads
            }
        };
    }

    /** Buckets in PostgreSQL tables, shared by every server node on that database. */
    static BucketStores postgres(DataSource dataSource, Clock clock) {
        return new PostgresBucketStores(dataSource, new ClockTimeMeter(clock));
    }
}
