package org.reciprocity.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from one injectable clock, so that tests can set it: the system's UTC clock, through a
 * {@link StoryClock} so that the demo can tell its months of history through the public services.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    StoryClock clock() {
        return new StoryClock(Clock.systemUTC());
    }
}
