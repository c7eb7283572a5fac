package org.forecourt.core.ui.internal.users;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.forecourt.core.api.user.Membership;
import org.forecourt.core.api.user.UserAccount;

/** The editable copy of a user account that the form's binder writes into. */
final class UserForm {

    private long id;
    private long version;
    private String username = "";
    private String displayName = "";
    private String mobile = "";
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private boolean enabled = true;
    private List<Membership> memberships = List.of();
    private Instant lastSignIn;

    static UserForm blank() {
        return new UserForm();
    }

    static UserForm of(UserAccount a) {
        UserForm f = new UserForm();
        f.id = a.id();
        f.version = a.version();
        f.username = a.username() == null ? "" : a.username();
        f.displayName = a.displayName() == null ? "" : a.displayName();
        f.mobile = a.mobile() == null ? "" : a.mobile();
        f.locale = a.locale() == null ? Locale.SIMPLIFIED_CHINESE : a.locale();
        f.enabled = a.enabled();
        f.memberships = a.memberships();
        f.lastSignIn = a.lastSignIn();
        return f;
    }

    UserAccount toAccount() {
        return new UserAccount(id, username.strip(), displayName.strip(), mobile.isBlank() ? null : mobile.strip(),
                locale, enabled, memberships, lastSignIn, version);
    }

    boolean isNew() {
        return id == 0;
    }

    long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username == null ? "" : username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    String getMobile() {
        return mobile;
    }

    void setMobile(String mobile) {
        this.mobile = mobile == null ? "" : mobile;
    }

    Locale getLocale() {
        return locale;
    }

    void setLocale(Locale locale) {
        this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    List<Membership> getMemberships() {
        return memberships;
    }

    void setMemberships(List<Membership> memberships) {
        this.memberships = memberships == null ? List.of() : List.copyOf(memberships);
    }
}
