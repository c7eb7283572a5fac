/**
 * Customers of a store — persons and companies — and the {@link org.forecourt.masterdata.api.customer.CustomerService}
 * that finds, creates, changes and imports them. Every call takes the acting
 * {@link org.forecourt.core.api.Actor}; customers of stores outside the actor's scope do not exist for it.
 *
 * <p>Validation errors name fields as in {@link org.forecourt.masterdata.api.customer.CustomerFields}; the label of
 * a field is the message key {@link org.forecourt.masterdata.api.customer.CustomerFields#labelKey(String)}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.masterdata.api.customer;
