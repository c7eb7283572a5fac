package org.forecourt.masterdata.api.customer;

import java.util.Set;

/**
 * An existing customer that looks like the one being created.
 *
 * @param customerId the existing customer
 * @param storeId    its store (within the actor's scope)
 * @param name       its name
 * @param mobile     its mobile number (11 digits) or null
 * @param matchedOn  which values are the same
 */
public record CustomerMatch(long customerId, long storeId, String name, String mobile, Set<MatchedOn> matchedOn) {

    public enum MatchedOn {
        MOBILE,
        ID_NUMBER
    }

    public CustomerMatch {
        matchedOn = Set.copyOf(matchedOn);
    }
}
