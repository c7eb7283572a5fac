package org.forecourt.masterdata.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.forecourt.masterdata.api.customer.Address;
import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.ContactPoint;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.Gender;

/** A validated customer draft with every value in its stored form. */
public record NormalizedCustomer(CustomerType type, String name, String contactPerson, String mobile,
                                 List<ContactPoint> otherContacts, Address address, String idNumber, Gender gender,
                                 LocalDate birthDate, boolean consentGiven, Instant consentAt,
                                 ConsentChannel consentChannel, Set<String> tags, CustomerSource source, String notes) {

    public NormalizedCustomer {
        otherContacts = List.copyOf(otherContacts);
        tags = Set.copyOf(tags);
    }

    public String searchName() {
        return Text.searchKey(name);
    }
}
