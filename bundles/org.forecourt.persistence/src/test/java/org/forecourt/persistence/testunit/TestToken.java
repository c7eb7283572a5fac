package org.forecourt.persistence.testunit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.forecourt.persistence.NotAudited;

/** A technical row: not audited, and may be bulk-deleted. */
@Entity
@Table(name = "t_token")
@NotAudited
public class TestToken {

    @Id
    private String token;

    private long userId;

    public TestToken() {
    }

    public TestToken(String token, long userId) {
        this.token = token;
        this.userId = userId;
    }

    public String getToken() {
        return token;
    }
}
