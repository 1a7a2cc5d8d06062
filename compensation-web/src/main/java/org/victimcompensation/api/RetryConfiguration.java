package org.victimcompensation.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.EnableRetry;

/** Retry advice wraps the transaction advice (it has the higher precedence), so each try is a fresh transaction. */
@Configuration(proxyBeanMethods = false)
@EnableRetry
class RetryConfiguration {
}
