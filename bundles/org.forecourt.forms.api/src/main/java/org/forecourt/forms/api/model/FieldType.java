package org.forecourt.forms.api.model;

import java.util.Locale;

/**
 * The kinds of item a form is made of. The JSON name is the lower-case name with {@code _} written as {@code -}
 * (e.g. {@code date-time}, {@code page-break}).
 */
public enum FieldType {
    /** single-line text ({@code maxLength}) */
    TEXT,
    /** multi-line text ({@code maxLength}) */
    TEXTAREA,
    /** a number with an optional unit ({@code min}, {@code max}, {@code decimals}, {@code unit}) */
    NUMBER,
    /** an amount in yuan, two decimals ({@code min}, {@code max}) */
    MONEY,
    DATE,
    TIME,
    DATE_TIME,
    /** one of {@code options}, shown as radio buttons or a list ({@code display}: {@code radio} | {@code list}) */
    CHOICE,
    /** several of {@code options} ({@code minSelected}, {@code maxSelected}) */
    MULTI_CHOICE,
    /** yes or no */
    YES_NO,
    /** graded OK / attention / urgent, with a note and photos ({@code critical} marks a safety item) */
    INSPECTION,
    /** stars 1–5 or a 0–10 score ({@code scale}) */
    RATING,
    /** one or several photos ({@code maxPhotos}); camera capture on tablets */
    PHOTO,
    /** a signature drawn on screen */
    SIGNATURE,
    /** a VIN, checked with the foundation's validator (check digit) */
    VIN,
    /** a Chinese licence plate (GA 36-2018) */
    PLATE,
    /** a mainland mobile number */
    MOBILE,
    /** a resident ID card number (GB 11643) */
    ID_CARD,
    /** the current customer, vehicle, user or store ({@code ref}), filled from the context, read-only */
    REFERENCE,
    /** a titled section holding {@code items}; {@code locked} sections cannot be changed by an extending form */
    SECTION,
    /** repeatable rows of {@code items} ({@code minRows}, {@code maxRows}) */
    GROUP,
    /** a value computed by {@code expression}, read-only */
    COMPUTED,
    /** text shown to the person filling the form, with placeholders such as {@code {customer.name}} */
    INSTRUCTION,
    /** starts a new page of a multi-step form; its label is the page title */
    PAGE_BREAK;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FieldType fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Items that hold an answer of their own (not sections, groups, instructions, page breaks or computed values). */
    public boolean isInput() {
        return switch (this) {
            case SECTION, GROUP, COMPUTED, INSTRUCTION, PAGE_BREAK, REFERENCE -> false;
            default -> true;
        };
    }

    /** Items that contain other items. */
    public boolean isContainer() {
        return this == SECTION || this == GROUP;
    }

    /** Items that may carry a weight and contribute to the score. */
    public boolean isScorable() {
        return switch (this) {
            case YES_NO, CHOICE, MULTI_CHOICE, INSPECTION, RATING -> true;
            default -> false;
        };
    }
}
