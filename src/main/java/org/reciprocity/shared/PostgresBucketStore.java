package org.reciprocity.shared;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The buckets as rows of one PostgreSQL table, shared by every server node: Bucket4j's {@code SELECT … FOR UPDATE}
 * proxy manager, each bucket a row ({@code id} its key, {@code state} Bucket4j's bytes) in a transaction of its own.
 * {@code expires_at} is when, by the application's clock, the bucket will have refilled (epoch milliseconds); from
 * then on the row counts as absent and a clean-up deletes it. Bounded: after every {@code capacity / 4} buckets
 * asked for on this node, and at the scheduled clean-up, the rows beyond {@code capacity} with the least left to
 * remember (the earliest {@code expires_at}) are deleted too, so a flood of one-off keys cannot grow the table
 * without end, while the buckets that are being renewed (those of a guesser who keeps coming) stay.
 */
final class PostgresBucketStore implements BucketStore {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final ExpirationAfterWriteStrategy REFILLED =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final JdbcTemplate jdbc;
    private final ClockTimeMeter time;
    private final String table;
    private final int capacity;
    private final long trimEvery;
    private final AtomicLong asked = new AtomicLong();

    PostgresBucketStore(DataSource dataSource, ClockTimeMeter time, String table, int capacity) {
        if (!TABLE.matcher(table).matches() || capacity < 1) {
            throw new IllegalArgumentException("A bucket table is a plain lower-case name, its capacity positive");
        }
        this.time = time;
        this.table = table;
        this.capacity = capacity;
        this.trimEvery = Math.max(1, capacity / 4);
        // Bucket4j sets expires_at by System.currentTimeMillis(); ours is by the clock the buckets refill by
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table)
                .addCustomColumn(expiresAt())
                .clientClock(time)
                .build();
        // a connection of its own, never the caller's transaction (as Bucket4j's): a count or a clean-up is not
        // undone by the caller's rollback, and holds no row lock until the caller commits. A DataSource that is not
        // the transaction's key gets no bound connection from Spring.
        this.jdbc = new JdbcTemplate(new DelegatingDataSource(dataSource));
    }

    @Override
    public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
        if (asked.incrementAndGet() % trimEvery == 0) {
            trim();
        }
        return buckets.builder().build(BucketStore.checkedKey(key), configuration);
    }

    @Override
    public Optional<Bucket> existing(String key) {
        // Bucket4j would insert an empty row just to look: ask the table first
        var kept = jdbc.queryForObject("select count(*) from " + table
                + " where id = ? and state is not null and expires_at > ?", Long.class, key, time.currentTimeMillis());
        if (kept == null || kept == 0) {
            return Optional.empty();
        }
        return buckets.getProxyConfiguration(key)
                .map(configuration -> buckets.builder().build(key, () -> configuration));
    }

    @Override
    public Stream<String> keysStartingWith(String prefix) {
        // left(id, n) = prefix, not LIKE: an address may hold % or _, and no collation rule applies
        return jdbc.queryForList("select id from " + table
                        + " where left(id, ?) = ? and state is not null and expires_at > ?", String.class,
                prefix.length(), prefix, time.currentTimeMillis()).stream();
    }

    @Override
    public void remove(String key) {
        buckets.removeProxy(key);
    }

    @Override
    public long size() {
        removeExpired();
        var rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    /** Deletes the expired rows and, beyond the capacity, those that expire first. */
    void trim() {
        if (size() > capacity) {
            jdbc.update("delete from " + table + " where id in (select id from " + table
                    + " order by expires_at desc offset ? rows)", capacity);
        }
    }

    /**
     * A row without {@code expires_at} is one Bucket4j has just inserted empty and is about to fill (or never did):
     * deleting it in between only makes Bucket4j insert it again.
     */
    private void removeExpired() {
        jdbc.update("delete from " + table + " where expires_at <= ? or expires_at is null", time.currentTimeMillis());
    }

    private static CustomColumnProvider<String> expiresAt() {
        return new CustomColumnProvider<>() {
            @Override
            public void setCustomField(String key, int paramIndex, PreparedStatement statement,
                                       RemoteBucketState state, long currentTimeNanos) throws SQLException {
                var ttl = REFILLED.calculateTimeToLiveMillis(state, currentTimeNanos);
                statement.setLong(paramIndex, ttl < 0 ? Long.MAX_VALUE : currentTimeNanos / 1_000_000 + ttl);
            }

            @Override
            public String getCustomFieldName() {
                return "expires_at";
            }
        };
    }
}
