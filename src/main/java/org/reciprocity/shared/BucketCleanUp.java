package org.reciprocity.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, the rows of buckets that have refilled are deleted (a client address is kept no longer than its
 * limit needs it), and each table is cut back to its capacity. Once across the server nodes: one node's delete
 * does it for all.
 */
@Component
class BucketCleanUp {

    private final BucketStores stores;

    BucketCleanUp(BucketStores stores) {
        this.stores = stores;
    }

    /**
     * lockAtMostFor 5 min: a few deletes take milliseconds; a node that dies holding the lock delays the next
     * clean-up by five runs at most. lockAtLeastFor 50 s: held that long even when done, so that the other nodes,
     * whose minute comes at other moments, skip their run: about one clean-up a minute in all, not one per node.
     */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "bucket-clean-up", lockAtMostFor = "PT5M", lockAtLeastFor = "PT50S")
    void run() {
        stores.cleanUp();
    }
}
