package org.forecourt.masterdata.api.customer;

/**
 * A customer search, always within the actor's scope.
 *
 * @param text       what the user typed (may be null or blank = everything): a name prefix (case-insensitive), the
 *                   end or the start of a mobile number (e.g. its last 4 digits, or {@code +86 138...}), a whole
 *                   identity number, or a whole tag
 * @param type       only persons or only companies; null = both
 * @param tag        only customers carrying this tag; null = any
 * @param storeId    only this store (must be in scope to match anything); null = every store in scope
 * @param sort       order of the results
 * @param descending reverse order
 */
public record CustomerQuery(String text, CustomerType type, String tag, Long storeId, Sort sort, boolean descending) {

    public enum Sort {
        /** by name (lower-cased), then id */
        NAME,
        /** by last change, then id */
        UPDATED
    }

    public CustomerQuery {
        sort = sort == null ? Sort.NAME : sort;
    }

    /** Every customer in scope, by name. */
    public static CustomerQuery all() {
        return new CustomerQuery(null, null, null, null, Sort.NAME, false);
    }

    /** Search-as-you-type by name, mobile, identity number or tag; by name. */
    public static CustomerQuery text(String text) {
        return new CustomerQuery(text, null, null, null, Sort.NAME, false);
    }

    public CustomerQuery withText(String v) {
        return new CustomerQuery(v, type, tag, storeId, sort, descending);
    }

    public CustomerQuery withType(CustomerType v) {
        return new CustomerQuery(text, v, tag, storeId, sort, descending);
    }

    public CustomerQuery withTag(String v) {
        return new CustomerQuery(text, type, v, storeId, sort, descending);
    }

    public CustomerQuery withStoreId(Long v) {
        return new CustomerQuery(text, type, tag, v, sort, descending);
    }

    public CustomerQuery sortedBy(Sort v, boolean desc) {
        return new CustomerQuery(text, type, tag, storeId, v, desc);
    }
}
