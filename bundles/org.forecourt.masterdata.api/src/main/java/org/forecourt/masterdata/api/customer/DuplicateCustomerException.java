package org.forecourt.masterdata.api.customer;

import java.util.List;

import org.forecourt.core.api.ForecourtException;

/**
 * The customer being created (or changed) looks like one that already exists within the actor's scope: same mobile
 * number or same identity number. Nothing was saved.
 *
 * <p>When {@link #confirmable()} the user may look at the {@link #matches()} and create the customer anyway
 * ({@code create(actor, draft, true)}); the message key is {@value #KEY}. The same identity number twice in one store
 * is never allowed: then {@code confirmable()} is false and the key is {@value #KEY_ID_NUMBER_TAKEN}. An import row
 * whose mobile number matches several customers of the store is refused with {@value #KEY_AMBIGUOUS}.
 */
public class DuplicateCustomerException extends ForecourtException {

    private static final long serialVersionUID = 1L;

    /** Possible duplicate; the user may confirm. Argument: number of matches. */
    public static final String KEY = "masterdata.customer.duplicate";
    /** This store already has a customer with that identity number. Argument: the existing customer's name. */
    public static final String KEY_ID_NUMBER_TAKEN = "masterdata.customer.idNumberTaken";
    /** An import matched several customers by mobile number. Argument: number of matches. */
    public static final String KEY_AMBIGUOUS = "masterdata.customer.ambiguous";

    private final transient List<CustomerMatch> matches;
    private final boolean confirmable;

    public DuplicateCustomerException(String messageKey, List<CustomerMatch> matches, boolean confirmable) {
        super(messageKey, messageArg(messageKey, matches));
        this.matches = List.copyOf(matches);
        this.confirmable = confirmable;
    }

    private static Object messageArg(String key, List<CustomerMatch> matches) {
        return KEY_ID_NUMBER_TAKEN.equals(key) && !matches.isEmpty() ? matches.get(0).name() : matches.size();
    }

    /** The existing customers that match, within the actor's scope. */
    public List<CustomerMatch> matches() {
        return matches == null ? List.of() : matches;
    }

    /** Whether {@code create(actor, draft, true)} would accept the customer. */
    public boolean confirmable() {
        return confirmable;
    }
}
