package org.forecourt.core.impl.internal.db;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.forecourt.persistence.NotAudited;

/**
 * A user's password hash (bcrypt) and sign-in state. Not audited: the audit log must never hold password hashes,
 * and every sign-in would flood it. Password changes are logged by the user service instead.
 */
@NotAudited
@Entity(name = "Credential")
@Table(name = "fc_user_credential")
public class CredentialEntity {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    @Column(name = "password_changed", nullable = false)
    private Instant passwordChanged;

    public CredentialEntity() {
    }

    public CredentialEntity(long userId, String passwordHash, Instant passwordChanged) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.passwordChanged = passwordChanged;
    }

    public Long getUserId() {
        return userId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public void setFailedAttempts(int failedAttempts) {
        this.failedAttempts = failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    public void setLastSignIn(Instant lastSignIn) {
        this.lastSignIn = lastSignIn;
    }

    public Instant getPasswordChanged() {
        return passwordChanged;
    }

    public void setPasswordChanged(Instant passwordChanged) {
        this.passwordChanged = passwordChanged;
    }
}
