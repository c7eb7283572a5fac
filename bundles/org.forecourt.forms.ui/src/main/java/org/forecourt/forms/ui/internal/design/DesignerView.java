package org.forecourt.forms.ui.internal.design;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ConflictException;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.NotFoundException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormDraft;
import org.forecourt.forms.api.FormService;
import org.forecourt.forms.api.FormVersion;
import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;

/**
 * The form designer at {@code forms/design/:formId}: palette, canvas and properties panel over a
 * {@link DesignerModel}, the problems that stop publication, a live preview at phone, tablet and desktop widths,
 * and the version history. Save draft (optimistic lock: a concurrent save is told and can be reloaded), publish with
 * a change note, undo/redo of the last changes, and a guard against leaving with unsaved changes.
 *
 * <p>Keyboard on the canvas: ↑/↓ select, Alt+↑/Alt+↓ move the item, Delete removes it, Ctrl+Z undo,
 * Ctrl+Shift+Z (or Ctrl+Y) redo, Ctrl+S save.
 */
public class DesignerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient FormService forms;
    private final transient FormEngine engine;
    private final transient BindingService bindings;
    private final transient OrganisationService organisation;

    private transient DesignerModel model;
    private transient FormDraft draft;
    private long formId;
    private long revision;
    private boolean editable;
    /** The unsaved state last told to the browser (for its "leave page?" question). */
    private Boolean toldDirty;

    private final H2 title = new H2();
    private final Span dirty = new Span();
    private final Button undo = new Button(VaadinIcon.ROTATE_LEFT.create());
    private final Button redo = new Button(VaadinIcon.ROTATE_RIGHT.create());
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Div problems = new Div();
    private Canvas canvas;
    private PropertiesPanel properties;
    private PreviewPanel preview;
    private VersionsPanel versions;
    private TabSheet tabs;
    /** Problems the service reported at the last publication attempt, shown until the next change. */
    private transient List<DefinitionProblem> publishProblems = List.of();

    public DesignerView(FormService forms, FormEngine engine, BindingService bindings,
                        OrganisationService organisation) {
        this.forms = forms;
        this.engine = engine;
        this.bindings = bindings;
        this.organisation = organisation;
        setId(DesignIds.DESIGNER_VIEW);
        setSizeFull();
        setPadding(true);
    }

    private static Actor actor() {
        return CurrentUser.actor();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OptionalLong id = DesignRoutes.parseId(event.getRouteParameters().get(DesignRoutes.FORM_ID).orElse(null));
        removeAll();
        if (id.isEmpty()) {
            notFound();
            return;
        }
        formId = id.getAsLong();
        try {
            draft = forms.get(actor(), formId);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        build();
    }

    private void notFound() {
        Span s = new Span(Texts.t("forms.design.notFound"));
        s.setId("designer-not-found");
        add(s);
    }

    private void build() {
        Actor actor = actor();
        Owners owners = new Owners(organisation, actor);
        editable = owners.canEdit(draft.summary().owner());
        revision = draft.summary().revision();
        model = new DesignerModel(engine, draft.definition(), Texts::defaultLabel);
        parent().ifPresent(model::setParent);

        Button back = new Button(VaadinIcon.ARROW_LEFT.create(), e -> UI.getCurrent().navigate(DesignRoutes.FORMS));
        back.setId(DesignIds.DESIGNER_BACK);
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setAriaLabel(Texts.t("forms.design.back"));
        title.setId(DesignIds.DESIGNER_TITLE);
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Span owner = Texts.badge(owners.name(draft.summary().owner()), "contrast", "small");
        dirty.setId(DesignIds.DESIGNER_DIRTY);
        dirty.getElement().getThemeList().addAll(List.of("badge", "small"));
        dirty.setText(Texts.t("forms.design.unsaved"));

        undo.setId(DesignIds.UNDO);
        undo.setTooltipText(Texts.t("forms.design.undo"));
        undo.setAriaLabel(Texts.t("forms.design.undo"));
        undo.addClickListener(e -> model.undo());
        redo.setId(DesignIds.REDO);
        redo.setTooltipText(Texts.t("forms.design.redo"));
        redo.setAriaLabel(Texts.t("forms.design.redo"));
        redo.addClickListener(e -> model.redo());
        save.setId(DesignIds.SAVE);
        save.setText(Texts.t("forms.design.save"));
        save.setIcon(VaadinIcon.DISC.create());
        save.addClickListener(e -> save());
        publish.setId(DesignIds.PUBLISH);
        publish.setText(Texts.t("forms.design.publish"));
        publish.setIcon(VaadinIcon.UPLOAD_ALT.create());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> openPublish());
        for (Button b : List.of(undo, redo, save, publish)) {
            b.setVisible(editable);
        }
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(back, title, owner, dirty, spacer, undo, redo, save, publish);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, spacer);
        header.addClassName(LumoUtility.FlexWrap.WRAP);

        Palette palette = new Palette(model, editable);
        palette.setWidth("13rem");
        palette.getStyle().set("flex-shrink", "0").set("overflow", "auto");
        canvas = new Canvas(model, editable);
        canvas.setSizeFull();
        problems.setId(DesignIds.PROBLEMS);
        problems.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Overflow.AUTO);
        problems.setMaxHeight("12rem");
        problems.setWidthFull();
        VerticalLayout center = new VerticalLayout(canvas, problems);
        center.setPadding(false);
        center.setSizeFull();
        center.setFlexGrow(1, canvas);
        center.setMinWidth("0");
        properties = new PropertiesPanel(model, purposes(), editable);
        properties.setWidth("26rem");
        properties.getStyle().set("flex-shrink", "0").set("overflow", "auto")
                .set("border-left", "1px solid var(--lumo-contrast-10pct)");
        HorizontalLayout design = new HorizontalLayout(palette, center, properties);
        design.setSizeFull();
        design.setFlexGrow(1, center);

        preview = new PreviewPanel(engine, this::previewDefinition);
        versions = new VersionsPanel(forms, formId, editable);
        tabs = new TabSheet();
        tabs.setId(DesignIds.DESIGNER_TABS);
        tabs.setSizeFull();
        tabs.add(Texts.t("forms.design.tab.design"), design).setId("designer-tab-design");
        tabs.add(Texts.t("forms.design.tab.preview"), preview).setId("designer-tab-preview");
        tabs.add(Texts.t("forms.design.tab.versions"), versions).setId("designer-tab-versions");
        tabs.addSelectedChangeListener(e -> {
            if (tabs.getSelectedIndex() == 1) {
                preview.refresh();
            }
        });
        add(header, tabs);
        setFlexGrow(1, tabs);

        shortcuts(palette);
        model.addListener(this::changed);
        changed();
    }

    /** The published version an extending form builds on, when there is one. */
    private Optional<FormDefinition> parent() {
        FormDefinition def = draft.definition();
        Long parentId = draft.summary().parentFormId();
        if (def.getExtension() == null || parentId == null
                || def.getExtension().mode() != org.forecourt.forms.api.model.Extension.Mode.EXTEND) {
            return Optional.empty();
        }
        try {
            List<FormVersion> vs = forms.versions(actor(), parentId);
            Integer wanted = def.getExtension().version();
            return vs.stream().filter(v -> wanted == null || v.number() == wanted).findFirst()
                    .map(FormVersion::definition);
        } catch (ForecourtException e) {
            return Optional.empty();
        }
    }

    private List<org.forecourt.forms.api.FormPurpose> purposes() {
        try {
            return bindings.purposes();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private void shortcuts(Palette palette) {
        Shortcuts.addShortcutListener(this, model::selectPrevious, Key.ARROW_UP).listenOn(canvas);
        Shortcuts.addShortcutListener(this, model::selectNext, Key.ARROW_DOWN).listenOn(canvas);
        if (!editable) {
            return;
        }
        Shortcuts.addShortcutListener(this, () -> model.moveSelected(-1), Key.ARROW_UP, KeyModifier.ALT)
                .listenOn(canvas);
        Shortcuts.addShortcutListener(this, () -> model.moveSelected(1), Key.ARROW_DOWN, KeyModifier.ALT)
                .listenOn(canvas);
        Shortcuts.addShortcutListener(this, model::removeSelected, Key.DELETE).listenOn(canvas);
        Shortcuts.addShortcutListener(this, model::undo, Key.KEY_Z, KeyModifier.CONTROL).listenOn(canvas, palette);
        Shortcuts.addShortcutListener(this, model::redo, Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.SHIFT)
                .listenOn(canvas, palette);
        Shortcuts.addShortcutListener(this, model::redo, Key.KEY_Y, KeyModifier.CONTROL).listenOn(canvas, palette);
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
    }

    /** After every change: canvas, properties (unless typing in them), problems, buttons, preview. */
    private void changed() {
        publishProblems = List.of();
        canvas.refresh();
        if (!properties.isApplying()) {
            properties.show();
        }
        showProblems(model.problems());
        updateState();
        if (tabs.getSelectedIndex() == 1) {
            preview.refresh();
        }
    }

    private void updateState() {
        boolean isDirty = model.isDirty();
        dirty.setVisible(isDirty);
        undo.setEnabled(model.canUndo());
        redo.setEnabled(model.canRedo());
        title.setText(Texts.local(model.definition().getTitle()) + " · " + model.definition().getKey());
        UI ui = UI.getCurrent();
        if (ui != null && !Boolean.valueOf(isDirty).equals(toldDirty)) {
            toldDirty = isDirty;
            // the browser asks before closing the tab while there are unsaved changes
            ui.getPage().executeJs("window.onbeforeunload = $0 ? function(e) { e.preventDefault(); "
                    + "e.returnValue = ''; return ''; } : null;", isDirty);
        }
    }

    /** The problems list: each problem selects its item when clicked. */
    private void showProblems(List<DefinitionProblem> list) {
        problems.removeAll();
        H4 head = new H4(list.isEmpty() ? Texts.t("forms.design.problems.none")
                : Texts.t("forms.design.problems.count", list.size()));
        head.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL,
                list.isEmpty() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        problems.add(head);
        for (int i = 0; i < list.size(); i++) {
            DefinitionProblem p = list.get(i);
            Button b = new Button(Texts.problem(p), VaadinIcon.WARNING.create(), e -> showProblem(p));
            b.setId(DesignIds.PROBLEM_PREFIX + i);
            b.getElement().setAttribute("data-path", p.path() == null ? "" : p.path());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            b.getStyle().set("display", "flex").set("text-align", "start").set("white-space", "normal")
                    .set("height", "auto");
            problems.add(b);
        }
    }

    /** Selects the item a problem is about (or the form) and shows the design tab. */
    void showProblem(DefinitionProblem p) {
        tabs.setSelectedIndex(0);
        model.select(model.find(p.path()).orElse(null));
    }

    private FormDefinition previewDefinition() {
        return model.previewDefinition();
    }

    // ---- saving and publishing -----------------------------------------------------------------------------

    /** Saves the draft; true when saved. */
    boolean save() {
        if (!editable) {
            return false;
        }
        try {
            FormDraft saved = forms.saveDraft(actor(), formId, revision, model.snapshot());
            draft = saved;
            revision = saved.summary().revision();
            model.markSaved();
            updateState();
            Ui.success(saved.problems().isEmpty() ? "forms.design.saved" : "forms.design.savedWithProblems",
                    saved.problems().size());
            return true;
        } catch (ConflictException e) {
            conflict();
            return false;
        } catch (RuntimeException e) {
            Ui.error(e);
            return false;
        }
    }

    private void conflict() {
        ConfirmDialog d = new ConfirmDialog();
        d.setId(DesignIds.CONFLICT_DIALOG);
        d.setHeader(Texts.t("forms.design.conflict.title"));
        d.setText(Texts.t("forms.design.conflict.text"));
        d.setCancelable(true);
        d.setCancelText(Texts.t("forms.design.conflict.keep"));
        d.setConfirmText(Texts.t("forms.design.conflict.reload"));
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> reload());
        d.open();
    }

    /** Reads the form again, dropping unsaved changes. */
    void reload() {
        draft = forms.get(actor(), formId);
        revision = draft.summary().revision();
        model.load(draft.definition());
        versions.refresh();
    }

    private void openPublish() {
        List<DefinitionProblem> now = model.problems();
        if (!now.isEmpty()) {
            showProblems(now);
            Ui.error(new ForecourtException("forms.design.publish.hasProblems", now.size()));
            return;
        }
        List<org.forecourt.forms.api.engine.ItemChange> changes = List.of();
        List<FormVersion> vs = forms.versions(actor(), formId);
        if (!vs.isEmpty() && model.definition().getExtension() == null) {
            changes = engine.diff(vs.get(0).definition(), model.snapshot());
        }
        new PublishDialog(changes, vs.isEmpty() ? 1 : vs.get(0).number() + 1, this::publish).open();
    }

    /**
     * Saves unsaved changes, then publishes with the note.
     *
     * @return null when published, else the message key to show on the note field
     */
    String publish(String note) {
        if (model.isDirty() && !save()) {
            return "forms.design.publish.notSaved";
        }
        try {
            FormVersion v = forms.publish(actor(), formId, revision, note);
            Ui.success("forms.design.published", v.number());
            reload();
            return null;
        } catch (DefinitionException e) {
            publishProblems = e.problems();
            showProblems(publishProblems);
            tabs.setSelectedIndex(0);
            Ui.error(e);
            return "forms.design.publish.hasProblems";
        } catch (org.forecourt.core.api.ValidationException e) {
            return e.errors().isEmpty() ? e.messageKey() : e.errors().get(0).messageKey();
        } catch (ConflictException e) {
            conflict();
            return "forms.design.publish.notSaved";
        } catch (RuntimeException e) {
            Ui.error(e);
            return "forms.design.publish.notSaved";
        }
    }

    // ---- leaving ----------------------------------------------------------------------------------------------

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (model == null || !editable || !model.isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog d = new ConfirmDialog();
        d.setId(DesignIds.LEAVE_DIALOG);
        d.setHeader(Texts.t("forms.design.leave.title"));
        d.setText(Texts.t("forms.design.leave.text"));
        d.setCancelable(true);
        d.setCancelText(Texts.t("forms.design.leave.stay"));
        d.setConfirmText(Texts.t("forms.design.leave.discard"));
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            model.markSaved();
            updateState();
            action.proceed();
        });
        d.open();
    }

    /** The model (for tests). */
    DesignerModel model() {
        return model;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("forms.design.title");
    }
}
