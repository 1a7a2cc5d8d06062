package org.victimcompensation.api;

import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.victimcompensation.process.ConcurrentChangeException;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a transactional method that moves a claim's process: when the process moved at the same
 * moment (the job executor ran screening, a timer fired), the whole transaction is rolled back and
 * tried again, so the person never sees the race.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Retryable(retryFor = ConcurrentChangeException.class, maxAttempts = 4, backoff = @Backoff(delay = 50, multiplier = 2))
public @interface RetryOnConcurrentChange {
}
