package org.forecourt.forms.api;

/** Who owns a form: the group (templates), a brand, or a store (store additions). */
public enum OwnerLevel {
    GROUP, BRAND, STORE
}
