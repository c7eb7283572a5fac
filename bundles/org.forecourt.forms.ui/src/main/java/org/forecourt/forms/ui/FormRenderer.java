package org.forecourt.forms.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

import org.forecourt.core.api.FieldError;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.ui.internal.render.RenderCore;

/**
 * Renders any form definition for filling, viewing or previewing: every field type, sections, repeatable groups,
 * computed values, instructions with placeholders and multi-step pages. Visibility, required, read-only, computed
 * values and scores are re-evaluated by the {@link FormEngine} on the server after every change. Labels and answers
 * are always shown as text; texts missing in the user's language are shown in the other language with a marker.
 *
 * <p>Stable hooks for styles and browser tests: the root has class {@code fc-form-renderer} and
 * {@code data-mode}; each item's container {@code data-path} (answer path) and {@code data-type}; see the views in
 * the implementation for the classes of buttons (inspection grades, signature, photos, group rows, page navigation).
 */
public class FormRenderer extends Composite<Div> {

    private static final long serialVersionUID = 1L;

    /** What the renderer is used for. */
    public enum Mode {
        /** filling a submission: attachments through the {@link AttachmentHandler} */
        FILL,
        /** a stored submission: everything read-only, with score and pass verdict */
        VIEW,
        /** the designer's test filling: attachments kept in memory */
        PREVIEW
    }

    /** Where photos and signatures go while filling, and where they are read from. */
    public interface AttachmentHandler {

        /**
         * Stores an uploaded photo or a drawn signature of the answer at {@code path}.
         *
         * @return the attachment id stored in the answer
         * @throws org.forecourt.core.api.ValidationException when the content is refused (not an image, too large)
         */
        String store(String path, String fileName, byte[] content);

        /** The bytes of an attachment, or null when it does not exist. */
        byte[] load(String attachmentId);
    }

    private final transient RenderCore core;

    /**
     * @param engine     the forms engine (a service)
     * @param definition the definition to render (a version's resolved definition)
     * @param context    customer, vehicle, user and store (placeholders, references, expressions)
     * @param mode       fill, view or preview
     * @param answers    the answers to start with (null = none), in the engine's value shapes
     */
    public FormRenderer(FormEngine engine, FormDefinition definition, FormContext context, Mode mode,
                        Map<String, Object> answers) {
        core = new RenderCore(engine, definition, context, mode, answers, getContent());
    }

    /** The current answers (a copy, in the engine's value shapes). */
    public Map<String, Object> answers() {
        return core.answers();
    }

    /**
     * Runs the engine on the current answers and shows the result; with {@code complete} every error (required
     * answers, row counts) is shown and the page of the first one opened.
     */
    public Evaluation evaluate(boolean complete) {
        return core.evaluate(complete);
    }

    /** Shows errors by answer path ({@code brakes}, {@code parts[1].qty}), e.g. from a ValidationException. */
    public void showErrors(List<FieldError> errors) {
        core.showErrors(errors);
    }

    /** Called with the answers after every change (for autosave). */
    public Registration addChangeListener(Consumer<Map<String, Object>> listener) {
        RenderCore.Registration r = core.addListener(listener);
        return r::remove;
    }

    /** Where photos and signatures are stored and read; null = in memory. */
    public void setAttachmentHandler(AttachmentHandler handler) {
        core.setAttachments(handler);
    }

    /** True on the last visible page of a multi-step form (always true for a single page). */
    public boolean isOnLastPage() {
        return core.onLastPage();
    }

    /** Goes to the next page if the current page is complete (errors are shown otherwise). */
    public boolean nextPage() {
        return core.next();
    }

    /** The implementation (for tests in this bundle). */
    RenderCore core() {
        return core;
    }
}
