package org.forecourt.forms.api;

import org.forecourt.forms.api.model.LocalText;

/**
 * A slot a module fills with a form, e.g. {@code sales.delivery.checklist}: the module asks for the form bound to it
 * and whether a step may complete ({@link FormGate}).
 *
 * @param id          {@code <module>.<area>.<name>}
 * @param label       what brand admins see when binding
 * @param description when the form is filled
 * @param subjectType what a submission is filled for: {@code sales.order}, {@code vehicle}, {@code customer},
 *                    {@code aftersales.repair-order}, {@code store} …
 * @param gating      the module refuses to complete a step without a passed submission
 * @param kind        the kind of form expected (checklist, agreement, script …), a hint for binding
 */
public record FormPurpose(String id, LocalText label, LocalText description, String subjectType, boolean gating,
                          String kind) {
}
