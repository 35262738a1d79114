package org.reciprocity.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One scheduler for every module's jobs ({@code @Scheduled} or a {@code SchedulingConfigurer}). A job that must run
 * once across several server nodes on one PostgreSQL takes a ShedLock; a job that is per node or H2-only does not.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
