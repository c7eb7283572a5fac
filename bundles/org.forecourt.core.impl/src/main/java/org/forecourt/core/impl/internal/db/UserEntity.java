package org.forecourt.core.impl.internal.db;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in: profile and memberships (audited). The password hash and the sign-in counters live in
 * {@link CredentialEntity}, so that they never reach the audit log and a sign-in does not change the user's
 * version (which would make an administrator's open form conflict).
 */
@Entity(name = "User")
@Table(name = "fc_user")
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "mobile", length = 11)
    private String mobile;

    @Column(name = "locale", nullable = false, length = 16)
    private String locale;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fc_user_membership", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "sort_order")
    private List<MembershipValue> memberships = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public UserEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public List<MembershipValue> getMemberships() {
        return memberships;
    }

    public void setMemberships(List<MembershipValue> memberships) {
        this.memberships = memberships;
    }

    public long getVersion() {
        return version;
    }
}
