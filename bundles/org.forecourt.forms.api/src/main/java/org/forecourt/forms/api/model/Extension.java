package org.forecourt.forms.api.model;

/**
 * How a form builds on another one (group template → brand form → store form).
 *
 * @param form    the key of the parent form
 * @param version the parent's published version the child was built on (null = the parent's current version)
 * @param mode    {@code copy}: the parent's items were copied once and are now the child's own; {@code extend}: the
 *                parent's items come first, locked sections unchanged, the child adds sections, replaces unlocked
 *                sections with the same key and removes unlocked sections listed in
 *                {@link FormDefinition#getRemoved()}
 */
public record Extension(String form, Integer version, Mode mode) {

    public enum Mode {
        COPY, EXTEND
    }
}
