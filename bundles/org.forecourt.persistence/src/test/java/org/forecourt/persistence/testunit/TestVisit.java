package org.forecourt.persistence.testunit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Not store-owned, but points at a store-owned customer: loading the reference must stay scoped. */
@Entity
@Table(name = "t_visit")
public class TestVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    private TestCustomer customer;

    private String purpose;

    public TestVisit() {
    }

    public TestVisit(TestCustomer customer, String purpose) {
        this.customer = customer;
        this.purpose = purpose;
    }

    public Long getId() {
        return id;
    }

    public TestCustomer getCustomer() {
        return customer;
    }

    public String getPurpose() {
        return purpose;
    }
}
