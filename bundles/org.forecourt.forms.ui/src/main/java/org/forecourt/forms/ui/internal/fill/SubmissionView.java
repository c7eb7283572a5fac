package org.forecourt.forms.ui.internal.fill;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.ValidationException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.Submission;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.api.SubmissionStatus;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.ui.FormRenderer;
import org.forecourt.forms.ui.internal.pdf.FormPdf;
import org.forecourt.forms.ui.internal.pdf.PdfFonts;
import org.forecourt.forms.ui.internal.pdf.PdfHeader;
import org.forecourt.forms.ui.internal.render.Texts;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * One submission at {@code forms/submission/:id}, rendered with the definition of ITS version. The filler's draft is
 * filled on (FILL mode, autosaved 1.5 s after the last change, attachments through the submission service, Submit);
 * anything else is shown read-only (VIEW mode) with a PDF download.
 */
public class SubmissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient FormEngine engine;
    private final transient FormService forms;
    private final transient SubmissionService submissions;
    private final transient OrganisationService organisation;
    private final transient PdfFonts fonts;
    private final Div body = new Div();
    private final Span saved = new Span();
    private transient Submission submission;
    private transient FormVersion version;
    private FormRenderer renderer;
    private boolean dirty;

    public SubmissionView(FormEngine engine, FormService forms, SubmissionService submissions,
                          OrganisationService organisation, PdfFonts fonts) {
        this.engine = engine;
        this.forms = forms;
        this.submissions = submissions;
        this.organisation = organisation;
        this.fonts = fonts;
        setId(FillIds.SUBMISSION_VIEW);
        setWidthFull();
        setMaxWidth("60rem");
        saved.setId(FillIds.SAVED);
        saved.addClassName("fc-form-saved");
        body.setWidthFull();
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        try {
            load(Long.parseLong(raw));
        } catch (ForecourtException e) {
            Ui.error(e);
            event.forwardTo(FillRoutes.SUBMISSIONS);
        }
    }

    private void load(long id) {
        Actor actor = CurrentUser.actor();
        submission = submissions.get(actor, id);
        version = forms.version(actor, submission.formVersionId());
        FormContext context = submissions.context(actor, id);
        boolean fill = submission.status() == SubmissionStatus.DRAFT && actor.username().equals(submission.filledBy());
        renderer = new FormRenderer(engine, version.definition(), context,
                fill ? FormRenderer.Mode.FILL : FormRenderer.Mode.VIEW, submission.answers());
        renderer.setAttachmentHandler(new FormRenderer.AttachmentHandler() {
            @Override
            public String store(String path, String fileName, byte[] content) {
                return submissions.addAttachment(CurrentUser.actor(), id, path, fileName, content).id();
            }

            @Override
            public byte[] load(String attachmentId) {
                return submissions.attachmentContent(CurrentUser.actor(), attachmentId);
            }
        });
        body.removeAll();
        Span meta = new Span(Texts.t("forms.submission.meta", submission.formKey(), version.number(),
                Texts.t("forms.submission.status." + submission.status().name())));
        meta.setId(FillIds.SUBMISSION_TITLE);
        meta.addClassName("fc-form-meta");
        body.add(meta, renderer);
        Div actions = new Div();
        actions.addClassName("fc-form-actions");
        if (fill) {
            renderer.addChangeListener(a -> {
                dirty = true;
                getElement().executeJs("clearTimeout(this.__fcAutosave);"
                        + " this.__fcAutosave = setTimeout(() => this.$server.autosave(), 1500);");
            });
            Button submit = new Button(Texts.t("forms.submission.submit"), VaadinIcon.CHECK.create());
            submit.setId(FillIds.SUBMIT);
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            submit.addClickListener(e -> submit());
            actions.add(submit, saved);
        } else {
            actions.add(pdfLink());
        }
        body.add(actions);
    }

    /** Saves the draft if it changed since the last save (called by the browser after a pause in typing). */
    @ClientCallable
    public void autosave() {
        if (!dirty || submission == null || submission.status() != SubmissionStatus.DRAFT) {
            return;
        }
        try {
            submission = submissions.saveDraft(CurrentUser.actor(), submission.id(), submission.revision(),
                    renderer.answers());
            dirty = false;
            saved.setText(Texts.t("forms.submission.saved", TIME.format(Instant.now()
                    .atZone(CurrentUser.actor().zone()))));
        } catch (ValidationException e) {
            renderer.showErrors(e.errors());
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }

    /** Submits: every error is shown on its field, or the submission is stored and shown read-only. */
    public void submit() {
        Evaluation ev = renderer.evaluate(true);
        if (!ev.valid()) {
            return;
        }
        try {
            Submission done = submissions.submit(CurrentUser.actor(), submission.id(), submission.revision(),
                    renderer.answers());
            dirty = false;
            Ui.success("forms.submission.submitted");
            load(done.id());
        } catch (ValidationException e) {
            renderer.showErrors(e.errors());
        } catch (ForecourtException e) {
            Ui.error(e);
        }
    }

    private Anchor pdfLink() {
        long id = submission.id();
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = pdf(id);
            return new DownloadResponse(new ByteArrayInputStream(pdf), submission.formKey() + "-" + id + ".pdf",
                    "application/pdf", pdf.length);
        }), "");
        a.setId(FillIds.PDF);
        a.getElement().setAttribute("download", true);
        Button b = new Button(Texts.t("forms.submission.pdf"), VaadinIcon.FILE_TEXT_O.create());
        b.setTabIndex(-1);
        a.add(b);
        return a;
    }

    /** The PDF of the submission as shown. */
    public byte[] pdf(long id) {
        Actor actor = CurrentUser.actor();
        Submission s = submissions.get(actor, id);
        FormContext ctx = submissions.context(actor, id);
        Evaluation ev = engine.evaluate(version.definition(), s.answers(), ctx, true);
        ZoneId zone = actor.zone();
        String store = organisation.store(actor, s.storeId()).map(st -> st.name()).orElse(String.valueOf(s.storeId()));
        PdfHeader header = new PdfHeader(Texts.resolve(version.definition().getTitle(), ctx.locale()), s.formKey(),
                s.versionNumber(), store, text(ctx.customer().get("name")),
                join(ctx.vehicle().get("plate"), ctx.vehicle().get("model"), ctx.vehicle().get("vin")),
                s.filledBy(), s.startedAt() == null ? null : DATE_TIME.format(s.startedAt().atZone(zone)),
                s.submittedAt() == null ? null : DATE_TIME.format(s.submittedAt().atZone(zone)),
                Texts.t("forms.submission.status." + s.status().name()));
        return new FormPdf(fonts, ctx.locale(), Texts::t).render(version.definition(), s.answers(), ev, header,
                attachmentId -> submissions.attachmentContent(actor, attachmentId));
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String join(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p != null && !String.valueOf(p).isBlank()) {
                sb.append(sb.isEmpty() ? "" : " · ").append(p);
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** The renderer shown (tests). */
    public FormRenderer renderer() {
        return renderer;
    }

    @Override
    public String getPageTitle() {
        return version == null ? Texts.t("forms.submissions.title")
                : Texts.resolve(version.definition().getTitle(), UI.getCurrent() == null
                ? java.util.Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        // leaving the page: save what the timer has not saved yet
        if (dirty && Objects.nonNull(renderer)) {
            autosave();
        }
        super.onDetach(detachEvent);
    }
}
