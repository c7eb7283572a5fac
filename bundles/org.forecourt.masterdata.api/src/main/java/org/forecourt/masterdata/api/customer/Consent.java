package org.forecourt.masterdata.api.customer;

import java.time.Instant;

/**
 * Whether the customer agreed to be contacted (marketing calls, reminders, surveys), when and through which channel.
 * A withdrawal is recorded as {@code given = false} with the time and channel of the withdrawal.
 *
 * @param given   true when the customer agreed
 * @param at      when it was given or withdrawn; null when unknown (the service fills in "now" when consent is
 *                newly given without a time)
 * @param channel where it was given or withdrawn; required when {@code given}
 */
public record Consent(boolean given, Instant at, ConsentChannel channel) {

    /** Never asked, or no record of consent. */
    public static final Consent NONE = new Consent(false, null, null);

    public static Consent given(ConsentChannel channel, Instant at) {
        return new Consent(true, at, channel);
    }

    public static Consent withdrawn(ConsentChannel channel, Instant at) {
        return new Consent(false, at, channel);
    }
}
