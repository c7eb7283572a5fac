package org.forecourt.persistence.testunit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity of a second unit in the same schema. */
@Entity
@Table(name = "o_thing")
public class OtherThing {

    @Id
    private Long id;

    private String label;

    public OtherThing() {
    }

    public OtherThing(long id, String label) {
        this.id = id;
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
