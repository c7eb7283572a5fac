package org.forecourt.imports.ui.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.core.api.Actor;
import org.forecourt.core.api.ForecourtException;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.org.Store;
import org.forecourt.imports.api.ImportColumn;
import org.forecourt.imports.api.ImportJob;
import org.forecourt.imports.api.ImportKind;
import org.forecourt.imports.api.ImportRejection;
import org.forecourt.imports.api.ImportService;
import org.forecourt.imports.api.ImportState;
import org.forecourt.ui.api.CurrentUser;
import org.forecourt.ui.api.Ui;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Import screen (route {@code import}, {@code core.import.run}). Top: what to import (customers or vehicles), into
 * which store (only the user's), the expected columns and the upload (.xlsx or .csv, up to the service's size
 * limit). Middle: the selected job — a progress bar with the counts while it runs (pushed from the import's worker
 * after every batch), then the result (imported / updated / unchanged / rejected, and a note when the same file was
 * imported before), the rejected rows with row, column, value and reason in the user's language, and the error
 * report to download. Bottom: the recent imports of the user's stores, loaded page by page; clicking one shows it.
 */
public class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ImportService imports;
    private final transient OrganisationService organisation;
    private transient Actor actor;
    private transient Map<Long, String> storeNames = Map.of();
    private boolean built;

    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final ComboBox<Store> store = new ComboBox<>();
    private final Paragraph columns = new Paragraph();
    private Upload upload;
    private final Span uploadError = new Span();

    private final VerticalLayout jobPanel = new VerticalLayout();
    private final H4 jobTitle = new H4();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div result = new Div();
    private final Grid<ImportRejection> errors = new Grid<>();
    private final Anchor report = new Anchor();
    private final Grid<ImportJob> jobs = new Grid<>();

    /** The job shown in the middle, and the subscription that keeps it current. */
    private transient ImportJob shown;
    private transient AutoCloseable subscription;

    public ImportView(ImportService imports, OrganisationService organisation) {
        this.imports = imports;
        this.organisation = organisation;
        setId(Ids.VIEW);
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return Ui.t("importui.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.find().isEmpty()) {
            return;
        }
        actor = CurrentUser.actor();
        if (built) {
            jobs.getDataProvider().refreshAll();
            return;
        }
        built = true;
        build();
    }

    // ------------------------------------------------------------------------------------------------ layout

    private void build() {
        List<Store> stores = organisation.stores(actor).stream().filter(Store::active).toList();
        storeNames = organisation.stores(actor).stream()
                .collect(Collectors.toMap(Store::id, s -> s.name() + " (" + s.code() + ")", (a, b) -> a));

        H3 title = new H3(Ui.t("importui.title"));
        title.addClassNames(LumoUtility.Margin.Top.NONE);

        kind.setId(Ids.KIND);
        kind.setLabel(Ui.t("importui.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> Ui.t(k.labelKey()));
        kind.setValue(ImportKind.CUSTOMERS);
        kind.addValueChangeListener(e -> showColumns());

        store.setId(Ids.STORE);
        store.setLabel(Ui.t("importui.store"));
        store.setItems(stores);
        store.setItemLabelGenerator(s -> s.name() + " (" + s.code() + ")");
        store.setWidth("18rem");
        store.setRequired(true);
        stores.stream().filter(s -> s.id() == (actor.homeStoreId() == null ? -1 : actor.homeStoreId())).findFirst()
                .or(() -> stores.size() == 1 ? stores.stream().findFirst() : java.util.Optional.empty())
                .ifPresent(store::setValue);

        FlexLayout choose = new FlexLayout(kind, store);
        choose.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.addClassNames(LumoUtility.Gap.LARGE);

        columns.setId(Ids.COLUMNS);
        columns.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                LumoUtility.Margin.Vertical.NONE);
        showColumns();

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> uploaded(metadata.fileName(), file)));
        upload.setId(Ids.UPLOAD);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileBytes()));
        upload.setAcceptedFileTypes(UploadRules.acceptedTypes());
        upload.setDropAllowed(true);
        Button pick = new Button(Ui.t("importui.upload.button"), VaadinIcon.UPLOAD.create());
        pick.setId(Ids.UPLOAD_BUTTON);
        upload.setUploadButton(pick);
        upload.setDropLabel(new Span(Ui.t("importui.upload.drop",
                UploadRules.megabytes(imports.maxFileBytes()))));
        upload.addFileRejectedListener(e -> uploadError(Ui.t("importui.upload.rejected", e.getFileName(),
                UploadRules.megabytes(imports.maxFileBytes()))));
        upload.addFailedListener(e -> uploadError(Ui.t("importui.upload.failed", e.getFileName())));
        upload.addStartedListener(e -> uploadError(null));
        upload.setWidthFull();

        uploadError.setId(Ids.UPLOAD_ERROR);
        uploadError.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        uploadError.setVisible(false);

        buildJobPanel();
        buildJobsGrid();

        H4 recent = new H4(Ui.t("importui.jobs.title"));
        Button refresh = new Button(VaadinIcon.REFRESH.create(), e -> jobs.getDataProvider().refreshAll());
        refresh.setId(Ids.JOBS_REFRESH);
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setAriaLabel(Ui.t("importui.jobs.refresh"));
        HorizontalLayout recentHeader = new HorizontalLayout(recent, refresh);
        recentHeader.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(title, choose, columns, upload, uploadError, jobPanel, recentHeader, jobs);
    }

    private void buildJobPanel() {
        jobPanel.setId(Ids.JOB);
        jobPanel.setPadding(false);
        jobPanel.setSpacing(false);
        jobPanel.setVisible(false);
        jobTitle.setId(Ids.JOB_TITLE);
        progress.setId(Ids.PROGRESS);
        progress.setMin(0);
        progress.setMax(1);
        status.setId(Ids.STATUS);
        status.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        result.setId(Ids.RESULT);
        result.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Vertical.SMALL);

        errors.setId(Ids.ERRORS_GRID);
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(ImportRejection::rowNumber).setHeader(Ui.t("importui.errors.row")).setAutoWidth(true)
                .setFlexGrow(0).setKey("row");
        errors.addColumn(ImportRejection::column).setHeader(Ui.t("importui.errors.column")).setAutoWidth(true)
                .setKey("column");
        errors.addColumn(ImportRejection::value).setHeader(Ui.t("importui.errors.value")).setAutoWidth(true)
                .setKey("value");
        errors.addColumn(r -> Ui.t(r.messageKey(), r.argArray())).setHeader(Ui.t("importui.errors.reason"))
                .setFlexGrow(3).setKey("reason");
        errors.addColumn(ImportRejection::rowText).setHeader(Ui.t("importui.errors.rowText")).setFlexGrow(2)
                .setKey("rowText");
        errors.setEmptyStateText(Ui.t("importui.errors.none"));
        errors.setHeight("18rem");
        errors.setVisible(false);

        report.setId(Ids.REPORT_DOWNLOAD);
        report.setText(Ui.t("importui.report.download"));
        report.setVisible(false);

        jobPanel.add(jobTitle, progress, status, result, report, errors);
    }

    private void buildJobsGrid() {
        ZoneId zone = actor.zone() == null ? ZoneId.of("Asia/Shanghai") : actor.zone();
        jobs.setId(Ids.JOBS_GRID);
        jobs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        jobs.addColumn(j -> time(j.createdAt(), zone)).setHeader(Ui.t("importui.jobs.time")).setAutoWidth(true)
                .setFlexGrow(0).setKey("time");
        jobs.addColumn(ImportJob::fileName).setHeader(Ui.t("importui.jobs.file")).setAutoWidth(true)
                .setKey("file");
        jobs.addColumn(j -> Ui.t(j.kind().labelKey())).setHeader(Ui.t("importui.kind")).setAutoWidth(true)
                .setKey("kind");
        jobs.addColumn(j -> storeNames.getOrDefault(j.storeId(), String.valueOf(j.storeId())))
                .setHeader(Ui.t("importui.store")).setAutoWidth(true).setKey("store");
        jobs.addColumn(j -> j.userId() == 0 ? Ui.t(j.source().labelKey()) : j.userName())
                .setHeader(Ui.t("importui.jobs.by")).setAutoWidth(true).setKey("by");
        jobs.addComponentColumn(this::stateBadge).setHeader(Ui.t("importui.jobs.state")).setAutoWidth(true)
                .setFlexGrow(0).setKey("state");
        jobs.addColumn(j -> Ui.t("importui.jobs.counts", j.imported(), j.updated(), j.unchanged(), j.rejected()))
                .setHeader(Ui.t("importui.jobs.counts.header")).setAutoWidth(true).setKey("counts");
        jobs.setItems(q -> imports.jobs(actor, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, imports.countJobs(actor)));
        jobs.setEmptyStateText(Ui.t("importui.jobs.none"));
        jobs.setHeight("20rem");
        jobs.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                follow(e.getValue());
            }
        });
    }

    private void showColumns() {
        ImportKind k = kind.getValue() == null ? ImportKind.CUSTOMERS : kind.getValue();
        List<ImportColumn> cols = imports.columns(k);
        String required = cols.stream().filter(ImportColumn::required).map(ImportColumn::title)
                .collect(Collectors.joining(", "));
        String optional = cols.stream().filter(c -> !c.required()).map(ImportColumn::title)
                .collect(Collectors.joining(", "));
        columns.setText(Ui.t("importui.columns", required, optional));
    }

    // ------------------------------------------------------------------------------------------------ upload

    /** Called under the session lock when the file is on the server (a temporary file). */
    private void uploaded(String fileName, File file) {
        try {
            if (!UploadRules.accepted(fileName)) {
                uploadError(Ui.t("importui.upload.wrongType", fileName));
                return;
            }
            if (store.getValue() == null) {
                store.setInvalid(true);
                store.setErrorMessage(Ui.t("importui.store.required"));
                uploadError(Ui.t("importui.store.required"));
                return;
            }
            ImportJob job;
            try (InputStream in = Files.newInputStream(file.toPath())) {
                job = imports.start(actor, kind.getValue(), store.getValue().id(), fileName, in);
            }
            uploadError(null);
            follow(job);
            jobs.getDataProvider().refreshAll();
        } catch (ForecourtException e) {
            uploadError(Ui.t(e.messageKey(), e.args()));
        } catch (IOException | RuntimeException e) {
            LOG.error("Import upload of {} failed", fileName, e);
            uploadError(Ui.t("ui.error.unexpected"));
        } finally {
            upload.clearFileList();
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException e) {
                LOG.debug("Temporary upload {} not deleted", file, e);
            }
        }
    }

    private void uploadError(String text) {
        uploadError.setText(text == null ? "" : text);
        uploadError.setVisible(text != null);
    }

    // ------------------------------------------------------------------------------------------------ one job

    /** Shows a job and keeps it current until it ends (or another is shown). */
    private void follow(ImportJob job) {
        unsubscribe();
        show(job);
        if (!job.finished()) {
            UI ui = UI.getCurrent();
            try {
                subscription = imports.subscribe(actor, job.id(), update -> ui.access(() -> {
                    if (shown != null && shown.id() == update.id()) {
                        show(update);
                        if (update.finished()) {
                            jobs.getDataProvider().refreshAll();
                        }
                    }
                }));
            } catch (ForecourtException e) {
                Ui.error(e);
            }
            show(imports.job(actor, job.id())); // it may have moved on before the subscription
        }
    }

    private void show(ImportJob job) {
        boolean first = shown == null || shown.id() != job.id();
        boolean wasRunning = shown != null && !shown.finished();
        shown = job;
        jobPanel.setVisible(true);
        jobTitle.setText(Ui.t("importui.job.title", job.fileName(), Ui.t(job.kind().labelKey()),
                storeNames.getOrDefault(job.storeId(), String.valueOf(job.storeId()))));

        progress.setVisible(!job.finished());
        progress.setIndeterminate(job.state() == ImportState.QUEUED || job.totalRows() == 0);
        progress.setValue(job.progress());
        status.setText(job.finished()
                ? Ui.t("importui.status.finished", Ui.t(job.state().labelKey()), job.processedRows())
                : Ui.t("importui.status.running", Ui.t(job.state().labelKey()), job.processedRows(),
                        job.totalRows()));
        showResult(job);

        boolean hasErrors = job.rejected() > 0;
        errors.setVisible(hasErrors);
        if (hasErrors && (first || wasRunning || !job.finished())) {
            long jobId = job.id();
            errors.setItems(q -> imports.rejections(actor, jobId, q.getOffset(), q.getLimit()).stream(),
                    q -> (int) Math.min(Integer.MAX_VALUE, imports.countRejections(actor, jobId)));
        }
        boolean downloadable = job.finished() && job.hasErrorReport();
        report.setVisible(downloadable);
        if (downloadable) {
            long jobId = job.id();
            Actor who = actor;
            Locale locale = locale();
            String name = UploadRules.reportName(job.fileName(), Ui.t("importui.report.suffix"));
            report.setHref((DownloadHandler) event -> {
                event.setFileName(name);
                event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                try (OutputStream out = event.getOutputStream()) {
                    imports.writeErrorReport(who, jobId, locale, out);
                }
            }, AttachmentType.DOWNLOAD);
        }
    }

    private void showResult(ImportJob job) {
        result.removeAll();
        if (job.state() == ImportState.FAILED && job.errorKey() != null) {
            Span error = new Span(Ui.t(job.errorKey(), job.errorArgs().toArray()));
            error.setId(Ids.RESULT_ERROR);
            error.addClassNames(LumoUtility.TextColor.ERROR);
            result.add(error);
        }
        if (job.processedRows() == 0 && !job.finished()) {
            return;
        }
        result.add(count(Ids.RESULT_IMPORTED, "importui.result.imported", job.imported(), "success"),
                count(Ids.RESULT_UPDATED, "importui.result.updated", job.updated(), null),
                count(Ids.RESULT_UNCHANGED, "importui.result.unchanged", job.unchanged(), "contrast"),
                count(Ids.RESULT_REJECTED, "importui.result.rejected", job.rejected(),
                        job.rejected() > 0 ? "error" : "contrast"));
        if (job.finished() && job.repeatOf() != null) {
            Span repeat = new Span(Ui.t(job.imported() == 0 ? "importui.result.repeat.nothingNew"
                    : "importui.result.repeat", job.repeatOf()));
            repeat.setId(Ids.RESULT_REPEAT);
            repeat.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            result.add(repeat);
        }
    }

    private static Span count(String id, String key, int n, String variant) {
        Span s = new Span(Ui.t(key, n));
        s.setId(id);
        s.getElement().getThemeList().add("badge");
        if (variant != null) {
            s.getElement().getThemeList().add(variant);
        }
        s.getElement().setAttribute("data-count", String.valueOf(n));
        return s;
    }

    private Span stateBadge(ImportJob job) {
        Span s = new Span(Ui.t(job.state().labelKey()));
        s.getElement().getThemeList().add("badge");
        s.getElement().getThemeList().add("small");
        switch (job.state()) {
            case DONE -> s.getElement().getThemeList().add(job.rejected() > 0 ? "contrast" : "success");
            case FAILED -> s.getElement().getThemeList().add("error");
            default -> { }
        }
        return s;
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale()
                : actor.locale() == null ? Locale.SIMPLIFIED_CHINESE : actor.locale();
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private void unsubscribe() {
        AutoCloseable s = subscription;
        subscription = null;
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                LOG.debug("Unsubscribing", e);
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (shown != null && !shown.finished() && actor != null) {
            follow(imports.job(actor, shown.id()));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
        super.onDetach(event);
    }
}
