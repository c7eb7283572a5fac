package org.forecourt.masterdata.api.customer;

import java.time.Instant;

/**
 * One row of a customer search: enough for a result list or a picker, without the collections.
 *
 * @param id            database id
 * @param storeId       the owning store
 * @param type          person or company
 * @param name          full name or company name
 * @param contactPerson the company's contact person, or null
 * @param mobile        11 digits, or null (mask it for display where appropriate)
 * @param idNumber      identity number, or null
 * @param city          the address's city, or null
 * @param updatedAt     last change
 * @param version       optimistic-lock version
 */
public record CustomerSummary(long id, long storeId, CustomerType type, String name, String contactPerson,
                              String mobile, String idNumber, String city, Instant updatedAt, long version) {
}
