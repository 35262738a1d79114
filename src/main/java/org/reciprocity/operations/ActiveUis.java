package org.reciprocity.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin UIs (open tabs: the board, TV screens, a reporter on "Tell us") this node holds now — each one
 * memory and, with push, a connection. A UI is counted when Vaadin makes it and no longer when it is detached:
 * closed by the browser, found gone when its heartbeats stop, or ended with its session (idle timeout, sign-out).
 */
@Component
class ActiveUis implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    ActiveUis(MeterRegistry registry) {
        Gauge.builder("reciprocity.ui.active", open, AtomicInteger::get)
                .description("Vaadin UIs open on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }
}
