package org.reciprocity.shared;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.caffeine.CaffeineProxyManager;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The buckets in this JVM's memory (one server node): Bucket4j's Caffeine proxy manager over a cache of at most
 * {@code capacity} entries, each dropped once its bucket has refilled (nothing left to remember). When full, Caffeine
 * evicts by frequency (W-TinyLFU): a flood of one-off keys displaces other one-off keys first, not the buckets of
 * the clients that keep coming back.
 */
final class InMemoryBucketStore implements BucketStore {

    private final CaffeineProxyManager<String> buckets;

    InMemoryBucketStore(int capacity, ClockTimeMeter time) {
        // maintenance on the calling thread: the bound holds at once, not after a background task has run; expiry
        // by the same clock as the buckets' refill, or a bucket could be dropped while it still says "wait"
        var cache = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run)
                .ticker(time::currentTimeNanos);
        this.buckets = Bucket4jCaffeine.<String>builderFor(cache)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(time)
                .build();
    }

    @Override
    public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
        return buckets.builder().build(BucketStore.checkedKey(key), configuration);
    }

    @Override
    public Optional<Bucket> existing(String key) {
        return buckets.getProxyConfiguration(key).map(configuration -> bucket(key, () -> configuration));
    }

    @Override
    public Stream<String> keysStartingWith(String prefix) {
        // a copy: the cache may change while the caller goes through them
        return List.copyOf(buckets.getCache().asMap().keySet()).stream().filter(key -> key.startsWith(prefix));
    }

    @Override
    public void remove(String key) {
        buckets.removeProxy(key);
    }

    @Override
    public long size() {
        var cache = buckets.getCache();
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
