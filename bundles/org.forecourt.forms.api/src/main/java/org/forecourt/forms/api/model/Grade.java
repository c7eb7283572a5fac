package org.forecourt.forms.api.model;

/** The grade of an inspection item. JSON values: {@code OK}, {@code ATTENTION}, {@code URGENT}. */
public enum Grade {
    /** fine (scores the full weight) */
    OK,
    /** needs attention soon (scores {@code scoring.attentionFactor} of the weight, 0.5 by default) */
    ATTENTION,
    /** needs action now (scores nothing; a critical item graded so fails the form) */
    URGENT
}
