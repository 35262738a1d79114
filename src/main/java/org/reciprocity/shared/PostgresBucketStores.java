package org.reciprocity.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/** {@link BucketStores} on PostgreSQL: a table per store, the same rows for every server node. */
final class PostgresBucketStores implements BucketStores {

    private final DataSource dataSource;
    private final ClockTimeMeter time;
    private final List<PostgresBucketStore> opened = new CopyOnWriteArrayList<>();

    PostgresBucketStores(DataSource dataSource, ClockTimeMeter time) {
        this.dataSource = dataSource;
        this.time = time;
    }

    @Override
    public BucketStore open(String table, int capacity) {
        var store = new PostgresBucketStore(dataSource, time, table, capacity);
        opened.add(store);
        return store;
    }

    @Override
    public void cleanUp() {
        opened.forEach(PostgresBucketStore::trim);
    }
}
