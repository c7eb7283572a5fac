package org.forecourt.forms.ui.internal.fill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.forecourt.core.api.Actor;
import org.forecourt.forms.api.BindingService;
import org.forecourt.forms.api.FormPurpose;
import org.forecourt.forms.api.Submission;
import org.forecourt.forms.api.SubmissionQuery;
import org.forecourt.forms.api.SubmissionService;
import org.forecourt.forms.api.SubmissionStatus;
import org.forecourt.forms.ui.internal.render.Texts;
import org.forecourt.ui.api.CurrentUser;

/**
 * The submissions of the stores in scope, newest first, in a lazily loaded grid; filters by form key, purpose,
 * status, verdict and date. A row opens the submission (Enter or double click).
 */
public class SubmissionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PAGE = 500;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient SubmissionService submissions;
    private final transient BindingService bindings;
    private final TextField formKey = new TextField();
    private final Select<String> purpose = new Select<>();
    private final Select<SubmissionStatus> status = new Select<>();
    private final Select<Boolean> passed = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<Submission> grid = new Grid<>();
    private Submission focused;

    public SubmissionsView(SubmissionService submissions, BindingService bindings) {
        this.submissions = submissions;
        this.bindings = bindings;
        setId(FillIds.SUBMISSIONS_VIEW);
        setSizeFull();
        formKey.setId(FillIds.FILTER_FORM);
        formKey.setLabel(Texts.t("forms.submissions.form"));
        formKey.setValueChangeMode(ValueChangeMode.LAZY);
        formKey.setClearButtonVisible(true);
        purpose.setId(FillIds.FILTER_PURPOSE);
        purpose.setLabel(Texts.t("forms.submissions.purpose"));
        purpose.setEmptySelectionAllowed(true);
        purpose.setEmptySelectionCaption(Texts.t("forms.submissions.any"));
        status.setId(FillIds.FILTER_STATUS);
        status.setLabel(Texts.t("forms.submissions.status"));
        status.setItems(SubmissionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(Texts.t("forms.submissions.any"));
        status.setItemLabelGenerator(s -> s == null ? Texts.t("forms.submissions.any")
                : Texts.t("forms.submission.status." + s.name()));
        passed.setId(FillIds.FILTER_PASSED);
        passed.setLabel(Texts.t("forms.submissions.passed"));
        passed.setItems(Boolean.TRUE, Boolean.FALSE);
        passed.setEmptySelectionAllowed(true);
        passed.setEmptySelectionCaption(Texts.t("forms.submissions.any"));
        passed.setItemLabelGenerator(b -> b == null ? Texts.t("forms.submissions.any")
                : Texts.t(b ? "forms.fill.passed" : "forms.fill.failed"));
        from.setId(FillIds.FILTER_FROM);
        from.setLabel(Texts.t("forms.submissions.from"));
        to.setId(FillIds.FILTER_TO);
        to.setLabel(Texts.t("forms.submissions.to"));
        formKey.addValueChangeListener(e -> refresh());
        purpose.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        passed.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(formKey, purpose, status, passed, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        buildGrid();
        add(new H2(Texts.t("forms.submissions.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    private void buildGrid() {
        grid.setId(FillIds.SUBMISSIONS_GRID);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(Submission::id).setKey("id").setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.formKey() + " v" + s.versionNumber()).setKey("form")
            .setHeader(Texts.t("forms.submissions.form")).setFlexGrow(2);
        grid.addColumn(s -> s.purpose() == null ? "" : s.purpose()).setKey("purpose")
            .setHeader(Texts.t("forms.submissions.purpose")).setFlexGrow(2);
        grid.addColumn(s -> Texts.t("forms.submission.status." + s.status().name())).setKey("status")
            .setHeader(Texts.t("forms.submissions.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.percent() == null ? "" : s.percent().stripTrailingZeros().toPlainString() + "%")
            .setKey("percent").setHeader(Texts.t("forms.pdf.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.passed() == null ? "" : Texts.t(s.passed() ? "forms.fill.passed" : "forms.fill.failed"))
            .setKey("passed").setHeader(Texts.t("forms.submissions.passed")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Submission::filledBy).setKey("filledBy").setHeader(Texts.t("forms.pdf.filledBy"))
            .setAutoWidth(true);
        grid.addColumn(s -> time(s.submittedAt() != null ? s.submittedAt() : s.startedAt())).setKey("time")
            .setHeader(Texts.t("forms.submissions.time")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(Texts.t("forms.submissions.empty"));
        grid.setItems(this::fetch, q -> (int) Math.min(Integer.MAX_VALUE,
                submissions.count(CurrentUser.actor(), query())));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.addItemClickListener(e -> focused = e.getItem());
        com.vaadin.flow.component.Shortcuts.addShortcutListener(grid, () -> open(focused), Key.ENTER).listenOn(grid);
    }

    private String time(Instant t) {
        return t == null ? "" : DATE_TIME.format(t.atZone(CurrentUser.actor().zone()));
    }

    private Stream<Submission> fetch(Query<Submission, Void> q) {
        return submissions.find(CurrentUser.actor(), query(), q.getOffset(), Math.min(Math.max(q.getLimit(), 1),
                MAX_PAGE)).stream();
    }

    /** The filters as a query. */
    public SubmissionQuery query() {
        ZoneId zone = CurrentUser.actor().zone();
        String key = formKey.getValue() == null || formKey.getValue().isBlank() ? null
                : formKey.getValue().trim().toLowerCase(Locale.ROOT);
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        return new SubmissionQuery(purpose.getValue(), key, null, null, null, null, status.getValue(),
                passed.getValue(), f == null ? null : f.atStartOfDay(zone).toInstant(),
                t == null ? null : t.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        focused = null;
        grid.getDataProvider().refreshAll();
    }

    private void open(Submission s) {
        if (s != null) {
            UI.getCurrent().navigate(FillRoutes.submission(s.id()));
        }
    }

    /** The grid (tests). */
    public Grid<Submission> grid() {
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = CurrentUser.actor();
        purpose.setItems(bindings.purposes().stream().map(FormPurpose::id).toList());
        purpose.setItemLabelGenerator(id -> id == null ? Texts.t("forms.submissions.any")
                : bindings.purpose(id).map(p -> Texts.resolve(p.label(), actor.locale()) + " · " + id).orElse(id));
    }

    @Override
    public String getPageTitle() {
        return Texts.t("forms.submissions.title");
    }
}
