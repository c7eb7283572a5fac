package org.forecourt.masterdata.api.customer;

import java.util.List;

import org.forecourt.core.api.Actor;
import org.forecourt.masterdata.api.UpsertResult;

/**
 * Customers of the stores in the actor's scope. Reading needs {@code masterdata.customer.view}, writing
 * {@code masterdata.customer.edit} (else {@link org.forecourt.core.api.NotPermittedException}). A customer of a
 * store outside the scope is never returned, counted or changed: for this actor it does not exist
 * ({@link org.forecourt.core.api.NotFoundException}).
 *
 * <p>Writes validate every field at once: a {@link org.forecourt.core.api.ValidationException} lists all invalid
 * fields (see {@link CustomerFields}) with the validators' message keys (e.g. {@code validation.mobile.length}) or
 * this module's ({@code masterdata.validation.required}, {@code masterdata.validation.tooLong}, ...).
 */
public interface CustomerService {

    /**
     * A page of customers matching the query, in its order.
     *
     * @param offset rows to skip (≥ 0)
     * @param limit  maximum rows (1..500)
     */
    List<CustomerSummary> find(Actor actor, CustomerQuery query, int offset, int limit);

    /** How many customers {@link #find} would return without paging. */
    long count(Actor actor, CustomerQuery query);

    /** @throws org.forecourt.core.api.NotFoundException when there is no such customer in scope */
    Customer get(Actor actor, long id);

    /**
     * Creates a customer after checking for duplicates in scope (same mobile or identity number).
     *
     * @param confirmedNotDuplicate the user saw the possible duplicates and confirmed this is another customer
     * @throws DuplicateCustomerException when possible duplicates exist and were not confirmed, or (always) when the
     *                                    store already has a customer with the same identity number
     */
    Customer create(Actor actor, CustomerDraft draft, boolean confirmedNotDuplicate);

    /** {@code create(actor, draft, false)} */
    default Customer create(Actor actor, CustomerDraft draft) {
        return create(actor, draft, false);
    }

    /**
     * Replaces a customer's values with the draft's (the store never changes).
     *
     * @param expectedVersion the version the user loaded
     * @throws org.forecourt.core.api.ConflictException when someone saved the customer since; nothing is written
     * @throws DuplicateCustomerException               (not confirmable) when another customer of the store has the
     *                                                  new identity number
     */
    Customer update(Actor actor, long id, long expectedVersion, CustomerDraft draft);

    /**
     * Creates or updates from an import row, matched within the draft's store (never across stores) by identity
     * number first, then by mobile number. On a match only the values the row carries (non-blank fields, non-empty
     * lists and tags, consent when given or withdrawn with a channel) replace the stored ones; the rest is kept. When
     * that changes nothing the result is {@link UpsertResult.Outcome#UNCHANGED} and nothing is written, so importing
     * the same file twice creates and changes nothing the second time.
     *
     * @throws DuplicateCustomerException (not confirmable) when the mobile number matches several customers
     */
    UpsertResult<Customer> upsertByNaturalKey(Actor actor, CustomerDraft draft);
}
