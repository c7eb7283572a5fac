package org.forecourt.forms.api.engine;

/**
 * How one item is shown for the current answers.
 *
 * @param visible  {@code visibleIf} holds (and every enclosing section/group is visible)
 * @param required {@code required} or {@code requiredIf} holds
 * @param readOnly {@code readOnlyIf} holds, or the item is computed or a reference
 */
public record FieldState(boolean visible, boolean required, boolean readOnly) {
    public static final FieldState DEFAULT = new FieldState(true, false, false);
}
