package org.forecourt.forms.ui.internal.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import org.forecourt.forms.api.FormPurpose;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.RatingScale;
import org.forecourt.forms.api.model.ReferenceKind;
import org.forecourt.forms.api.model.Scoring;

/**
 * The right-hand pane of the designer: the properties of the selected item (or of the form when nothing is
 * selected). Every field writes through the {@link DesignerModel}, so each change can be undone. Expressions are
 * checked with the engine while the author types; the message and position of the first problem show on the field.
 */
final class PropertiesPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> KINDS = List.of("checklist", "questionnaire", "agreement", "script", "survey");

    private final transient DesignerModel model;
    private final transient List<FormPurpose> purposes;
    private final boolean editable;
    /** A change is being written from this panel: the designer does not rebuild the panel for it. */
    private boolean applying;

    PropertiesPanel(DesignerModel model, List<FormPurpose> purposes, boolean editable) {
        this.model = model;
        this.purposes = purposes;
        this.editable = editable;
        setId(DesignIds.PROPERTIES);
        setPadding(true);
        setSpacing(false);
        addClassName(LumoUtility.Gap.SMALL);
        show();
    }

    boolean isApplying() {
        return applying;
    }

    /** Shows the properties of the current selection. */
    void show() {
        removeAll();
        model.selected().ifPresentOrElse(this::showItem, this::showForm);
        if (!editable) {
            getChildren().forEach(c -> disable(c));
        }
    }

    private static void disable(Component c) {
        if (c instanceof com.vaadin.flow.component.HasEnabled he && !(c instanceof VerticalLayout)
                && !(c instanceof HorizontalLayout)) {
            he.setEnabled(false);
        }
        c.getChildren().forEach(PropertiesPanel::disable);
    }

    private void itemEdit(String property, java.util.function.Consumer<FormItem> change) {
        applying = true;
        try {
            model.edit(property, change);
        } finally {
            applying = false;
        }
    }

    private void formEdit(String property, java.util.function.Consumer<FormDefinition> change) {
        applying = true;
        try {
            model.editForm(property, change);
        } finally {
            applying = false;
        }
    }

    // ---- an item ----------------------------------------------------------------------------------------------

    private void showItem(FormItem item) {
        FieldType type = item.getType();
        Fields<FormItem> f = new Fields<>(item, this::itemEdit);
        H4 title = new H4(Texts.type(type));
        title.setId(DesignIds.PROP_TYPE);
        title.getElement().setAttribute("data-type", type.jsonName());
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> model.removeSelected());
        remove.setId(DesignIds.PROP_REMOVE);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setTooltipText(Texts.t("forms.design.remove"));
        remove.setAriaLabel(Texts.t("forms.design.remove"));
        HorizontalLayout head = new HorizontalLayout(title, remove);
        head.setWidthFull();
        head.setJustifyContentMode(JustifyContentMode.BETWEEN);
        head.setAlignItems(Alignment.CENTER);
        add(head, keyField(item));

        boolean input = type.isInput();
        add(f.local(DesignIds.PROP_LABEL_ZH, DesignIds.PROP_LABEL_EN, "forms.design.prop.label", "label", false,
                FormItem::getLabel, FormItem::setLabel));
        if (type == FieldType.INSTRUCTION) {
            add(f.local(DesignIds.PROP_TEXT_ZH, DesignIds.PROP_TEXT_EN, "forms.design.prop.text", "text", true,
                    FormItem::getText, FormItem::setText));
            add(hint("forms.design.prop.text.hint"));
        }
        if (input || type == FieldType.COMPUTED || type == FieldType.REFERENCE) {
            add(f.local(DesignIds.PROP_HELP_ZH, DesignIds.PROP_HELP_EN, "forms.design.prop.help", "help", false,
                    FormItem::getHelp, FormItem::setHelp));
        }
        if (hasPlaceholder(type)) {
            add(f.local(DesignIds.PROP_PLACEHOLDER_ZH, DesignIds.PROP_PLACEHOLDER_EN,
                    "forms.design.prop.placeholder", "placeholder", false, FormItem::getPlaceholder,
                    FormItem::setPlaceholder));
        }
        if (input) {
            add(f.check(DesignIds.PROP_REQUIRED, "forms.design.prop.required", "required", FormItem::isRequired,
                    FormItem::setRequired));
        }
        typeProperties(item, f);
        if (type.isScorable()) {
            add(section("forms.design.section.scoring"));
            HorizontalLayout row = new HorizontalLayout(f.decimal(DesignIds.PROP_WEIGHT, "forms.design.prop.weight",
                    "weight", FormItem::getWeight, FormItem::setWeight));
            if (type == FieldType.INSPECTION || type == FieldType.YES_NO) {
                row.add(f.check(DesignIds.PROP_CRITICAL, "forms.design.prop.critical", "critical",
                        FormItem::isCritical, FormItem::setCritical));
            }
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
        if (input || type.isContainer()) {
            TextField tags = f.text(DesignIds.PROP_TAGS, "forms.design.prop.tags", "tags",
                    it -> String.join(", ", it.getTags()), (it, v) -> it.setTags(DesignerModel.parseTags(v)));
            tags.setHelperText(Texts.t("forms.design.prop.tags.hint"));
            add(tags);
        }
        if (type != FieldType.PAGE_BREAK) {
            add(section("forms.design.section.logic"));
            add(expression(DesignIds.PROP_VISIBLE_IF, "forms.design.prop.visibleIf", "visibleIf",
                    item.getVisibleIf(), FormItem::setVisibleIf));
            if (input) {
                add(expression(DesignIds.PROP_REQUIRED_IF, "forms.design.prop.requiredIf", "requiredIf",
                        item.getRequiredIf(), FormItem::setRequiredIf));
                add(expression(DesignIds.PROP_READ_ONLY_IF, "forms.design.prop.readOnlyIf", "readOnlyIf",
                        item.getReadOnlyIf(), FormItem::setReadOnlyIf));
            }
        }
    }

    private static boolean hasPlaceholder(FieldType type) {
        return switch (type) {
            case TEXT, TEXTAREA, NUMBER, MONEY, VIN, PLATE, MOBILE, ID_CARD -> true;
            default -> false;
        };
    }

    private TextField keyField(FormItem item) {
        TextField key = Fields.lazy(new TextField(Texts.t("forms.design.prop.key")));
        key.setId(DesignIds.PROP_KEY);
        key.setWidthFull();
        key.setValue(Fields.orEmpty(item.getKey()));
        key.setHelperText(Texts.t("forms.design.prop.key.hint"));
        key.addValueChangeListener(e -> {
            applying = true;
            try {
                model.rename(e.getValue()).ifPresentOrElse(reason -> {
                    key.setErrorMessage(Texts.t(reason, e.getValue()));
                    key.setInvalid(true);
                }, () -> key.setInvalid(false));
            } finally {
                applying = false;
            }
        });
        return key;
    }

    private void typeProperties(FormItem item, Fields<FormItem> f) {
        switch (item.getType()) {
            case TEXT, TEXTAREA -> add(f.integer(DesignIds.PROP_MAX_LENGTH, "forms.design.prop.maxLength",
                    "maxLength", FormItem::getMaxLength, FormItem::setMaxLength));
            case NUMBER, MONEY -> {
                HorizontalLayout range = new HorizontalLayout(
                        f.decimal(DesignIds.PROP_MIN, "forms.design.prop.min", "min", FormItem::getMin,
                                FormItem::setMin),
                        f.decimal(DesignIds.PROP_MAX, "forms.design.prop.max", "max", FormItem::getMax,
                                FormItem::setMax));
                add(range);
                if (item.getType() == FieldType.NUMBER) {
                    numberFormat(f);
                }
            }
            case CHOICE, MULTI_CHOICE -> {
                add(new OptionsEditor(item, this::itemEdit, editable));
                if (item.getType() == FieldType.CHOICE) {
                    add(select(DesignIds.PROP_DISPLAY, "forms.design.prop.display", "display",
                            List.of("radio", "list"), FormItem::getDisplay, FormItem::setDisplay,
                            v -> Texts.t("forms.design.display." + v)));
                } else {
                    add(new HorizontalLayout(
                            f.integer(DesignIds.PROP_MIN_SELECTED, "forms.design.prop.minSelected", "minSelected",
                                    FormItem::getMinSelected, FormItem::setMinSelected),
                            f.integer(DesignIds.PROP_MAX_SELECTED, "forms.design.prop.maxSelected", "maxSelected",
                                    FormItem::getMaxSelected, FormItem::setMaxSelected)));
                }
            }
            case RATING -> add(select(DesignIds.PROP_SCALE, "forms.design.prop.scale", "scale",
                    List.of(RatingScale.values()), FormItem::getScale, FormItem::setScale,
                    v -> Texts.t("forms.design.scale." + v.name())));
            case PHOTO -> add(maxPhotos(f));
            case INSPECTION -> {
                add(maxPhotos(f));
                add(f.check(DesignIds.PROP_NOTE_REQUIRED, "forms.design.prop.noteRequired", "noteRequired",
                        FormItem::isNoteRequired, FormItem::setNoteRequired));
            }
            case REFERENCE -> add(select(DesignIds.PROP_REF, "forms.design.prop.ref", "ref",
                    List.of(ReferenceKind.values()), FormItem::getRef, FormItem::setRef,
                    v -> Texts.t("forms.design.ref." + v.name())));
            case COMPUTED -> {
                add(expression(DesignIds.PROP_EXPRESSION, "forms.design.prop.expression", "expression",
                        item.getExpression(), FormItem::setExpression));
                numberFormat(f);
            }
            case SECTION -> add(f.check(DesignIds.PROP_LOCKED, "forms.design.prop.locked", "locked",
                    FormItem::isLocked, FormItem::setLocked));
            case GROUP -> add(new HorizontalLayout(
                    f.integer(DesignIds.PROP_MIN_ROWS, "forms.design.prop.minRows", "minRows", FormItem::getMinRows,
                            FormItem::setMinRows),
                    f.integer(DesignIds.PROP_MAX_ROWS, "forms.design.prop.maxRows", "maxRows", FormItem::getMaxRows,
                            FormItem::setMaxRows)));
            default -> {
                // no properties of its own
            }
        }
    }

    private Component maxPhotos(Fields<FormItem> f) {
        return f.integer(DesignIds.PROP_MAX_PHOTOS, "forms.design.prop.maxPhotos", "maxPhotos",
                FormItem::getMaxPhotos, FormItem::setMaxPhotos);
    }

    private void numberFormat(Fields<FormItem> f) {
        add(f.integer(DesignIds.PROP_DECIMALS, "forms.design.prop.decimals", "decimals", FormItem::getDecimals,
                FormItem::setDecimals));
        add(f.local(DesignIds.PROP_UNIT_ZH, DesignIds.PROP_UNIT_EN, "forms.design.prop.unit", "unit", false,
                FormItem::getUnit, FormItem::setUnit));
    }

    private <V> Select<V> select(String id, String labelKey, String property, List<V> values,
                                 Function<FormItem, V> get, BiConsumer<FormItem, V> set,
                                 com.vaadin.flow.component.ItemLabelGenerator<V> labels) {
        Select<V> s = new Select<>();
        s.setId(id);
        s.setLabel(Texts.t(labelKey));
        s.setItems(values);
        s.setItemLabelGenerator(labels);
        FormItem item = model.selected().orElseThrow();
        s.setValue(get.apply(item));
        s.addValueChangeListener(e -> itemEdit(property, it -> set.accept(it, e.getValue())));
        return s;
    }

    /** An expression field checked by the engine as the author types. */
    private TextField expression(String id, String labelKey, String property, String value,
                                 BiConsumer<FormItem, String> set) {
        TextField f = expressionField(id, labelKey, property, value);
        f.addValueChangeListener(e -> itemEdit(property, it -> set.accept(it, Fields.blankToNull(e.getValue()))));
        return f;
    }

    private TextField expressionField(String id, String labelKey, String property, String value) {
        TextField f = Fields.lazy(new TextField(Texts.t(labelKey)));
        f.setId(id);
        f.setWidthFull();
        f.addClassName("fc-expression");
        f.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        f.setPlaceholder(Texts.t("forms.design.prop.expression.placeholder"));
        f.setValue(Fields.orEmpty(value));
        showCheck(f, property, value);
        f.addValueChangeListener(e -> showCheck(f, property, e.getValue()));
        return f;
    }

    /** Shows the first problem of the expression on the field, or clears it. */
    void showCheck(TextField field, String property, String expression) {
        List<DefinitionProblem> problems = model.checkExpression(property, expression);
        if (problems.isEmpty()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        } else {
            field.setErrorMessage(Texts.expressionProblem(problems.get(0)));
            field.setInvalid(true);
        }
    }

    // ---- the form ---------------------------------------------------------------------------------------------

    private void showForm() {
        FormDefinition def = model.definition();
        Fields<FormDefinition> f = new Fields<>(def, this::formEdit);
        H4 title = new H4(Texts.t("forms.design.form.properties"));
        title.setId(DesignIds.PROP_TYPE);
        title.getElement().setAttribute("data-type", "form");
        add(title);
        Span key = new Span(Texts.t("forms.design.form.key", def.getKey()));
        key.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(key);
        add(f.local(DesignIds.FORM_TITLE_ZH, DesignIds.FORM_TITLE_EN, "forms.design.form.title", "title", false,
                FormDefinition::getTitle, FormDefinition::setTitle));
        add(f.local(DesignIds.FORM_DESCRIPTION_ZH, DesignIds.FORM_DESCRIPTION_EN, "forms.design.form.description",
                "description", true, FormDefinition::getDescription, FormDefinition::setDescription));
        Select<String> kind = new Select<>();
        kind.setId(DesignIds.FORM_KIND);
        kind.setLabel(Texts.t("forms.design.form.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(Texts::kind);
        kind.setValue(def.getKind());
        kind.addValueChangeListener(e -> formEdit("kind", d -> d.setKind(e.getValue())));
        add(kind);

        MultiSelectComboBox<String> purposeBox = new MultiSelectComboBox<>(Texts.t("forms.design.form.purposes"));
        purposeBox.setId(DesignIds.FORM_PURPOSES);
        purposeBox.setWidthFull();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        purposes.forEach(p -> ids.add(p.id()));
        ids.addAll(def.getPurposes());
        purposeBox.setItems(new ArrayList<>(ids));
        purposeBox.setItemLabelGenerator(id -> purposes.stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> Texts.local(p.label()) + " (" + id + ")").orElse(id));
        purposeBox.setValue(new LinkedHashSet<>(def.getPurposes()));
        purposeBox.addValueChangeListener(e -> formEdit("purposes", d -> d.setPurposes(
                e.getValue().stream().sorted().toList())));
        add(purposeBox);
        add(f.check(DesignIds.FORM_STORE_ADDITIONS, "forms.design.form.allowStoreAdditions", "allowStoreAdditions",
                FormDefinition::isAllowStoreAdditions, FormDefinition::setAllowStoreAdditions));

        add(section("forms.design.section.scoring"));
        add(f.check(DesignIds.FORM_SCORED, "forms.design.form.scored", "scoring",
                d -> d.getScoring() != null, (d, on) -> d.setScoring(on ? new Scoring(null, null) : null)));
        if (def.getScoring() != null) {
            TextField pass = expressionField(DesignIds.FORM_PASS, "forms.design.form.pass", "pass",
                    def.getScoring().pass());
            pass.setHelperText(Texts.t("forms.design.form.pass.hint"));
            pass.addValueChangeListener(e -> formEdit("pass", d -> d.setScoring(new Scoring(
                    Fields.blankToNull(e.getValue()), scoring(d).attentionFactor()))));
            add(pass);
            add(f.decimal(DesignIds.FORM_ATTENTION_FACTOR, "forms.design.form.attentionFactor", "attentionFactor",
                    d -> scoring(d).attentionFactor(),
                    (d, v) -> d.setScoring(new Scoring(scoring(d).pass(), v))));
        }
        if (def.getExtension() != null) {
            Span ext = new Span(Texts.t("forms.design.form.extends", def.getExtension().form(),
                    Texts.t("forms.design.mode." + def.getExtension().mode().name().toLowerCase(Locale.ROOT))));
            ext.setId(DesignIds.EXTENDS_NOTE);
            ext.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            add(ext);
        }
        add(hint("forms.design.form.hint"));
    }

    private static Scoring scoring(FormDefinition d) {
        return d.getScoring() == null ? new Scoring(null, null) : d.getScoring();
    }

    private static H4 section(String key) {
        H4 h = new H4(Texts.t(key));
        h.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return h;
    }

    private static Span hint(String key) {
        Span s = new Span(Texts.t(key));
        s.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
        return s;
    }
}
