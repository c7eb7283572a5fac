package org.forecourt.forms.ui.internal.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.forecourt.core.api.FieldError;
import org.forecourt.forms.api.engine.Evaluation;
import org.forecourt.forms.api.engine.FormContext;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.ui.FormRenderer;

/**
 * The renderer's state and logic behind {@link FormRenderer}: the answers, one view per item path, the pages of a
 * multi-step form, and the errors shown. Every answer change is evaluated by the engine on the server and the
 * result (visibility, required, read-only, computed values, scores, errors) applied to every view.
 */
public final class RenderCore {

    private final FormEngine engine;
    private final FormDefinition definition;
    private final FormContext context;
    private final Locale locale;
    private final FormRenderer.Mode mode;
    private final Map<String, Object> answers;
    private final Div root;
    private final Map<String, ItemView> views = new LinkedHashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, Integer> pageOfKey = new HashMap<>();
    private final List<Consumer<Map<String, Object>>> listeners = new ArrayList<>();
    private final Div summary = new Div();
    private final Span score = new Span();
    private final Span verdict = new Span();
    private final Div generalErrors = new Div();
    private final Div nav = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Span step = new Span();
    private List<FieldError> persistent = List.of();
    private final Map<String, String> localErrors = new LinkedHashMap<>();
    private FormRenderer.AttachmentHandler attachments = new MemoryAttachments();
    private Evaluation last;
    private int current;

    private record Page(FormItem pageBreak, Div body) {
    }

    public RenderCore(FormEngine engine, FormDefinition definition, FormContext context, FormRenderer.Mode mode,
                      Map<String, Object> answers, Div root) {
        this.engine = engine;
        this.definition = definition;
        UI ui = UI.getCurrent();
        this.locale = ui != null && ui.getLocale() != null ? ui.getLocale() : context.locale();
        this.context = new FormContext(locale, context.zone(), context.today(), context.customer(),
                context.vehicle(), context.user(), context.store());
        this.mode = mode;
        this.answers = Values.deepCopy(answers);
        this.root = root;
        layout();
        refresh();
        showPage(firstVisiblePage(0, 1));
    }

    // ---------------------------------------------------------------- building

    private void layout() {
        root.addClassName("fc-form-renderer");
        FormStyles.attachTo(root.getElement());
        root.getElement().setAttribute("data-mode", mode.name().toLowerCase(Locale.ROOT));
        if (definition.getKey() != null) {
            root.getElement().setAttribute("data-form", definition.getKey());
        }
        root.getElement().setAttribute("lang", LocalText.tagFor(locale));
        H2 title = new H2();
        title.addClassName("fc-form-title");
        title.add(Texts.localText(definition.getTitle(), locale, "fc-form-title-text"));
        root.add(title);
        if (definition.getDescription() != null && !definition.getDescription().isEmpty()) {
            Paragraph p = new Paragraph();
            p.addClassName("fc-form-description");
            p.add(Texts.localText(definition.getDescription(), locale, "fc-form-description-text"));
            root.add(p);
        }
        summary.addClassName("fc-form-summary");
        score.addClassName("fc-form-score");
        score.getElement().getThemeList().add("badge");
        verdict.addClassName("fc-form-verdict");
        summary.add(score, verdict);
        generalErrors.addClassName("fc-form-general-errors");
        generalErrors.getElement().setAttribute("role", "alert");
        generalErrors.setVisible(false);
        root.add(summary, generalErrors);

        Page page = newPage(null);
        for (FormItem item : definition.getItems()) {
            if (item.getType() == FieldType.PAGE_BREAK) {
                if (pages.size() == 1 && page.body().getChildren().findAny().isEmpty()) {
                    pages.clear();
                    root.remove(page.body());
                }
                page = newPage(item);
                continue;
            }
            indexKeys(item, pages.size() - 1);
            add(item, answers, "", page.body());
        }
        if (pages.size() > 1 && mode != FormRenderer.Mode.VIEW) {
            buildNav();
        }
    }

    private Page newPage(FormItem pageBreak) {
        Div body = new Div();
        body.addClassName("fc-form-page");
        body.getElement().setAttribute("data-page", String.valueOf(pages.size()));
        if (pageBreak != null) {
            PageTitleView title = new PageTitleView(this, pageBreak, pageBreak.getKey());
            views.put(title.path(), title);
            body.add(title.root());
            pageOfKey.put(pageBreak.getKey(), pages.size());
        }
        Page p = new Page(pageBreak, body);
        pages.add(p);
        root.add(body);
        return p;
    }

    private void indexKeys(FormItem item, int page) {
        pageOfKey.put(item.getKey(), page);
        if (item.getType() == FieldType.SECTION) {
            item.getItems().forEach(child -> indexKeys(child, page));
        }
    }

    /** Builds the views of items into a container; answers of fields go to {@code target} at {@code prefix + key}. */
    public void build(List<FormItem> items, Map<String, Object> target, String prefix, HasComponents container) {
        for (FormItem item : items) {
            add(item, target, prefix, container);
        }
    }

    private void add(FormItem item, Map<String, Object> target, String prefix, HasComponents container) {
        String path = prefix + item.getKey();
        ItemView view = switch (item.getType()) {
            case SECTION -> new SectionView(this, item, path);
            case GROUP -> null;
            case INSPECTION -> new InspectionView(this, item, path, target);
            case RATING -> new RatingView(this, item, path, target);
            case PHOTO -> new PhotoView(this, item, path, target);
            case SIGNATURE -> new SignatureView(this, item, path, target);
            case REFERENCE, COMPUTED, INSTRUCTION -> new TextView(this, item, path, target);
            case PAGE_BREAK -> new PageTitleView(this, item, path);
            default -> Inputs.create(this, item, path, target);
        };
        if (item.getType() == FieldType.GROUP) {
            // registered before its rows so that views stay in document order
            views.put(path, null);
            view = new GroupView(this, item, path, target);
        }
        views.put(path, view);
        container.add(view.root());
        if (view instanceof SectionView section) {
            build(item.getItems(), target, prefix, section.body());
        }
    }

    /** Forgets the views whose path starts with the prefix (a group's rows before they are rebuilt). */
    public void forget(String pathPrefix) {
        views.keySet().removeIf(p -> p.startsWith(pathPrefix));
    }

    private void buildNav() {
        nav.addClassName("fc-form-nav");
        back.setText(Texts.t("forms.fill.page.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClassName("fc-form-back");
        back.addClickListener(e -> back());
        next.setText(Texts.t("forms.fill.page.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addClassName("fc-form-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> next());
        step.addClassName("fc-form-step");
        step.getElement().setAttribute("aria-live", "polite");
        nav.add(back, step, next);
        root.add(nav);
    }

    // ---------------------------------------------------------------- state for the views

    public Locale locale() {
        return locale;
    }

    public FormContext context() {
        return context;
    }

    /** Answers can be changed (fill and preview); false when viewing a stored submission. */
    public boolean editable() {
        return mode != FormRenderer.Mode.VIEW;
    }

    public FormRenderer.AttachmentHandler attachments() {
        return attachments;
    }

    public void setAttachments(FormRenderer.AttachmentHandler handler) {
        this.attachments = handler == null ? new MemoryAttachments() : handler;
    }

    public String fillPlaceholders(LocalText text) {
        return text == null ? "" : engine.fillPlaceholders(text, context, answers);
    }

    public Map<String, Object> answers() {
        return Values.deepCopy(answers);
    }

    public Map<String, ItemView> views() {
        return java.util.Collections.unmodifiableMap(views);
    }

    public Registration addListener(Consumer<Map<String, Object>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A way to stop listening. */
    public interface Registration {
        void remove();
    }

    // ---------------------------------------------------------------- evaluation

    /** An answer changed: its old errors go, the engine re-evaluates, listeners hear of it. */
    void changed(FieldView view) {
        String p = view.path();
        persistent = persistent.stream().filter(e -> !within(e.field(), p)).toList();
        localErrors.keySet().removeIf(k -> within(k, p));
        refresh();
        Map<String, Object> copy = answers();
        new ArrayList<>(listeners).forEach(l -> l.accept(copy));
    }

    void localError(String path, String text) {
        if (text == null) {
            localErrors.remove(path);
        } else {
            localErrors.put(path, text);
        }
        display(last, draftErrors(last));
    }

    private static boolean within(String field, String path) {
        return field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[");
    }

    /** Evaluates as a draft (or, when viewing, completely) and shows the result. */
    private void refresh() {
        Evaluation ev = engine.evaluate(definition, answers, context, mode == FormRenderer.Mode.VIEW);
        display(ev, draftErrors(ev));
    }

    private List<FieldError> draftErrors(Evaluation ev) {
        return mode == FormRenderer.Mode.VIEW || ev == null ? List.of() : ev.errors();
    }

    /** Runs the engine; a complete evaluation shows every error and goes to the page of the first. */
    public Evaluation evaluate(boolean complete) {
        if (!complete) {
            refresh();
            return last;
        }
        Evaluation ev = engine.evaluate(definition, answers, context, true);
        persistent = mode == FormRenderer.Mode.VIEW ? List.of() : ev.errors();
        display(ev, List.of());
        goToFirstError();
        return ev;
    }

    /** Shows errors by answer path (e.g. from the service's ValidationException). */
    public void showErrors(List<FieldError> errors) {
        persistent = List.copyOf(errors);
        display(last, draftErrors(last));
        goToFirstError();
    }

    private void display(Evaluation ev, List<FieldError> draft) {
        last = ev;
        // applying may build views (group rows), which are applied in the next round
        java.util.Set<ItemView> applied = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean more = true;
        while (more) {
            more = false;
            for (ItemView v : new ArrayList<>(views.values())) {
                if (v != null && applied.add(v)) {
                    v.apply(ev, ev.state(v.path()));
                    more = true;
                }
            }
        }
        Map<String, String> byView = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        localErrors.forEach((p, text) -> byView.putIfAbsent(viewFor(p), text));
        List<FieldError> all = new ArrayList<>(persistent);
        all.addAll(draft);
        for (FieldError e : all) {
            String text = Texts.t(e.messageKey(), e.args().toArray());
            String target = viewFor(e.field());
            if (target == null) {
                if (!general.contains(text)) {
                    general.add(text);
                }
            } else {
                byView.putIfAbsent(target, text);
            }
        }
        views.forEach((p, v) -> {
            if (v != null) {
                v.showError(byView.get(p));
            }
        });
        generalErrors.removeAll();
        general.forEach(text -> generalErrors.add(new Div(new Span(text))));
        generalErrors.setVisible(!general.isEmpty());
        showSummary(ev);
        updateNav();
    }

    /** The path of the view an error belongs to: the path itself or its nearest enclosing item. */
    private String viewFor(String field) {
        String p = field;
        while (p != null && !p.isEmpty()) {
            if (views.get(p) != null) {
                return p;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut <= 0 ? null : p.substring(0, cut);
        }
        return null;
    }

    private void showSummary(Evaluation ev) {
        boolean scored = definition.getScoring() != null && ev.score() != null && ev.score().max() != null
                && ev.score().max().signum() > 0;
        score.setVisible(scored);
        score.setText(scored ? Texts.t("forms.fill.score", Texts.score(ev.score(), locale)) : "");
        score.getElement().setAttribute("data-score", scored ? Texts.score(ev.score(), Locale.ROOT) : "");
        boolean showVerdict = mode == FormRenderer.Mode.VIEW;
        verdict.setVisible(showVerdict);
        if (showVerdict) {
            verdict.setText(Texts.t(ev.passed() ? "forms.fill.passed" : "forms.fill.failed"));
            verdict.getElement().getThemeList().clear();
            verdict.getElement().getThemeList().add("badge");
            verdict.getElement().getThemeList().add(ev.passed() ? "success" : "error");
            verdict.getElement().setAttribute("data-passed", String.valueOf(ev.passed()));
        }
        summary.setVisible(scored || showVerdict);
    }

    // ---------------------------------------------------------------- pages

    private boolean multiStep() {
        return pages.size() > 1 && mode != FormRenderer.Mode.VIEW;
    }

    private boolean pageVisible(int i) {
        FormItem pb = pages.get(i).pageBreak();
        return pb == null || last == null || last.state(pb.getKey()).visible();
    }

    private int firstVisiblePage(int from, int direction) {
        for (int i = from; i >= 0 && i < pages.size(); i += direction) {
            if (pageVisible(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The page shown (0-based, among all pages). */
    public int currentPage() {
        return current;
    }

    public int pageCount() {
        return pages.size();
    }

    /** True when there is no further visible page (the screen's submit belongs here). */
    public boolean onLastPage() {
        return !multiStep() || firstVisiblePage(current + 1, 1) < 0;
    }

    private void showPage(int index) {
        if (index < 0) {
            index = 0;
        }
        current = index;
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).body().setVisible(!multiStep() || i == current);
        }
        updateNav();
    }

    private void updateNav() {
        if (!multiStep()) {
            return;
        }
        List<Integer> visible = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pageVisible(i)) {
                visible.add(i);
            }
        }
        int position = visible.indexOf(current) + 1;
        FormItem pb = pages.get(current).pageBreak();
        String title = pb == null ? Texts.resolve(definition.getTitle(), locale) : Texts.resolve(pb.getLabel(), locale);
        step.setText(Texts.t("forms.fill.page.step", Math.max(position, 1), visible.size(), title));
        back.setEnabled(firstVisiblePage(current - 1, -1) >= 0);
        next.setVisible(firstVisiblePage(current + 1, 1) >= 0);
    }

    /** Goes to the next visible page when the current page has no errors; shows them otherwise. */
    public boolean next() {
        Evaluation ev = engine.evaluate(definition, answers, context, true);
        List<FieldError> pageErrors = ev.errors().stream().filter(e -> pageOf(e.field()) == current).toList();
        if (!pageErrors.isEmpty()) {
            persistent = pageErrors;
            display(ev, List.of());
            focusFirstError();
            return false;
        }
        int n = firstVisiblePage(current + 1, 1);
        if (n >= 0) {
            showPage(n);
            scrollToTop();
        }
        return true;
    }

    public void back() {
        int b = firstVisiblePage(current - 1, -1);
        if (b >= 0) {
            showPage(b);
            scrollToTop();
        }
    }

    private int pageOf(String field) {
        int cut = field.length();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.' || c == '[') {
                cut = i;
                break;
            }
        }
        return pageOfKey.getOrDefault(field.substring(0, cut), 0);
    }

    private void goToFirstError() {
        List<FieldError> errors = new ArrayList<>(persistent);
        if (errors.isEmpty()) {
            return;
        }
        if (multiStep()) {
            showPage(pageOf(errors.get(0).field()));
        }
        focusFirstError();
    }

    private void focusFirstError() {
        for (FieldError e : persistent) {
            String p = viewFor(e.field());
            if (p != null) {
                views.get(p).focus();
                root.getElement().executeJs("const el = this.querySelector('[data-invalid=\"true\"]');"
                        + " if (el) { el.scrollIntoView({block: 'center', behavior: 'smooth'}); }");
                return;
            }
        }
    }

    /** Focuses the first field whose path starts with the prefix (a new group row). */
    void focusFirstUnder(String prefix) {
        views.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getValue() instanceof FieldView)
             .findFirst().ifPresent(e -> e.getValue().focus());
    }

    private void scrollToTop() {
        root.getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }
}
