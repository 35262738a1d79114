package org.reciprocity;

import org.reciprocity.shared.StoryClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Found by component scanning in every test context, so all tests share one context and one clock: tests set
 * and advance the {@link MutableClock}; the services read it through a {@link StoryClock}, as in production, so
 * that the demo still tells its story in tests.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    StoryClock testClock(MutableClock mutableClock) {
        return new StoryClock(mutableClock);
    }
}
