package org.forecourt.masterdata.impl.internal.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.forecourt.masterdata.api.customer.ConsentChannel;
import org.forecourt.masterdata.api.customer.CustomerSource;
import org.forecourt.masterdata.api.customer.CustomerType;
import org.forecourt.masterdata.api.customer.Gender;
import org.forecourt.persistence.StoreOwned;

/** A customer row ({@code md_customer}); values are stored normalized, see {@code CustomerRules}. */
@Entity(name = "Customer")
@Table(name = "md_customer")
public class CustomerEntity implements StoreOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false, updatable = false)
    private Long storeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 10)
    private CustomerType type;

    @Column(nullable = false, length = 100)
    private String name;

    /** lower-cased, single-spaced name: the index for prefix search */
    @Column(name = "search_name", nullable = false, length = 100)
    private String searchName;

    @Column(name = "contact_person", length = 50)
    private String contactPerson;

    @Column(length = 11)
    private String mobile;

    /** the mobile number reversed: "ends with" searches become index prefix searches */
    @Column(name = "mobile_rev", length = 11)
    private String mobileRev;

    @Column(name = "id_number", length = 18)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 30)
    private String province;

    @Column(length = 30)
    private String city;

    @Column(length = 30)
    private String district;

    @Column(length = 200)
    private String street;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_channel", length = 20)
    private ConsentChannel consentChannel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CustomerSource source;

    @Column(name = "notes")
    private String notes;

    @ElementCollection
    @CollectionTable(name = "md_customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "sort_index")
    private List<ContactEmbeddable> otherContacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "md_customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag", nullable = false, length = 30)
    private Set<String> tags = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CustomerEntity() {
    }

    public CustomerEntity(long storeId, Instant createdAt) {
        this.storeId = storeId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getStoreId() {
        return storeId;
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSearchName() {
        return searchName;
    }

    public void setSearchName(String searchName) {
        this.searchName = searchName;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getMobileRev() {
        return mobileRev;
    }

    public void setMobileRev(String mobileRev) {
        this.mobileRev = mobileRev;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public void setConsentAt(Instant consentAt) {
        this.consentAt = consentAt;
    }

    public ConsentChannel getConsentChannel() {
        return consentChannel;
    }

    public void setConsentChannel(ConsentChannel consentChannel) {
        this.consentChannel = consentChannel;
    }

    public CustomerSource getSource() {
        return source;
    }

    public void setSource(CustomerSource source) {
        this.source = source;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ContactEmbeddable> getOtherContacts() {
        return otherContacts;
    }

    public Set<String> getTags() {
        return tags;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
