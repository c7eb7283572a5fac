package org.forecourt.core.api.user;

/** Where in the organisation a membership applies. */
public enum Level {
    /** the whole dealer group: every store */
    GROUP,
    /** one brand: all of that brand's stores */
    BRAND,
    /** one store */
    STORE
}
