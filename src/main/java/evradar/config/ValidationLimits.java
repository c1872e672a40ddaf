package evradar.config;

import java.time.Duration;

/**
 * What makes an article acceptable: a body no longer than {@code maxBodyChars} characters and a
 * publication time no further than {@code maxFutureSkew} ahead of the wall clock.
 */
public record ValidationLimits(int maxBodyChars, Duration maxFutureSkew) {

    public static final ValidationLimits DEFAULTS = new ValidationLimits(1_000_000, Duration.ofDays(1));

    public ValidationLimits {
        if (maxBodyChars <= 0) {
            throw new IllegalArgumentException("validation.max.body.chars must be positive, got " + maxBodyChars);
        }
        if (maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("validation.max.future.skew must not be negative, got " + maxFutureSkew);
        }
    }
}
