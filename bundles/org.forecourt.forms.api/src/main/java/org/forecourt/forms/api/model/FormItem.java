package org.forecourt.forms.api.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a form definition: a field, a section, a repeatable group, a computed value, an instruction or a page
 * break ({@link #getType()}). A mutable bean so that the designer can edit a definition in place; published versions
 * are never edited (the services hand out copies). Which properties apply to which type is told on each property and
 * enforced by {@code FormEngine.check}.
 */
public final class FormItem {
    /** Stable identifier used in answers and expressions: a letter, then letters, digits or {@code _}; unique within the form (within its group for items of a group). */
    private String key;
    /** What kind of item this is. */
    private FieldType type;
    /** The label (the page title of a page break, the title of a section). */
    private LocalText label;
    /** Help text under the field. */
    private LocalText help;
    /** Placeholder inside an empty input. */
    private LocalText placeholder;
    /** The text of an instruction; placeholders {@code {customer.name}}, {@code {vehicle.model}}, {@code {user.name}}, {@code {store.name}}, {@code {field:key}}. */
    private LocalText text;
    /** An answer is needed. */
    private boolean required;
    /** Expression: an answer is needed when it is true. */
    private String requiredIf;
    /** Expression: the item is shown (and validated) only when it is true. */
    private String visibleIf;
    /** Expression: the item cannot be changed when it is true. */
    private String readOnlyIf;
    /** Points the item is worth (scorable types); null = not scored. */
    private BigDecimal weight;
    /** A safety item: an inspection graded other than OK, or a yes/no answered no, fails the form. */
    private boolean critical;
    /** Free tags used by expressions such as {@code allOk('safety')}. */
    private List<String> tags = new ArrayList<>();
    /** Text and text area: most characters (default 200 / 2000). */
    private Integer maxLength;
    /** Number and money: smallest value. */
    private BigDecimal min;
    /** Number and money: largest value. */
    private BigDecimal max;
    /** Number and computed: decimal places (default 0 for number, 2 for money). */
    private Integer decimals;
    /** Number and computed: the unit shown after the value (km, L, %). */
    private LocalText unit;
    /** Choice and multi-choice: the options. */
    private List<ItemOption> options = new ArrayList<>();
    /** Choice: {@code radio} (default) or {@code list}. */
    private String display;
    /** Multi-choice: least options to pick when answered. */
    private Integer minSelected;
    /** Multi-choice: most options to pick. */
    private Integer maxSelected;
    /** Rating: the scale. */
    private RatingScale scale;
    /** Photo: most photos (1 = a single photo; default 1); inspection: most photos of the item (default 3). */
    private Integer maxPhotos;
    /** Inspection: a note is needed when the grade is not OK. */
    private boolean noteRequired;
    /** Reference: what it shows. */
    private ReferenceKind ref;
    /** Computed: the expression. */
    private String expression;
    /** Section: an extending form may not change or remove it. */
    private boolean locked;
    /** Group: least rows. */
    private Integer minRows;
    /** Group: most rows (default 50). */
    private Integer maxRows;
    /** Section and group: the items inside. */
    private List<FormItem> items = new ArrayList<>();

    public FormItem() {
    }

    public FormItem(String key, FieldType type, LocalText label) {
        this.key = key;
        this.type = type;
        this.label = label;
    }

    /** Stable identifier used in answers and expressions: a letter, then letters, digits or {@code _}; unique within the form (within its group for items of a group). */
    public String getKey() {
        return key;
    }

    public FormItem setKey(String key) {
        this.key = key;
        return this;
    }

    /** What kind of item this is. */
    public FieldType getType() {
        return type;
    }

    public FormItem setType(FieldType type) {
        this.type = type;
        return this;
    }

    /** The label (the page title of a page break, the title of a section). */
    public LocalText getLabel() {
        return label;
    }

    public FormItem setLabel(LocalText label) {
        this.label = label;
        return this;
    }

    /** Help text under the field. */
    public LocalText getHelp() {
        return help;
    }

    public FormItem setHelp(LocalText help) {
        this.help = help;
        return this;
    }

    /** Placeholder inside an empty input. */
    public LocalText getPlaceholder() {
        return placeholder;
    }

    public FormItem setPlaceholder(LocalText placeholder) {
        this.placeholder = placeholder;
        return this;
    }

    /** The text of an instruction; placeholders {@code {customer.name}}, {@code {vehicle.model}}, {@code {user.name}}, {@code {store.name}}, {@code {field:key}}. */
    public LocalText getText() {
        return text;
    }

    public FormItem setText(LocalText text) {
        this.text = text;
        return this;
    }

    /** An answer is needed. */
    public boolean isRequired() {
        return required;
    }

    public FormItem setRequired(boolean required) {
        this.required = required;
        return this;
    }

    /** Expression: an answer is needed when it is true. */
    public String getRequiredIf() {
        return requiredIf;
    }

    public FormItem setRequiredIf(String requiredIf) {
        this.requiredIf = requiredIf;
        return this;
    }

    /** Expression: the item is shown (and validated) only when it is true. */
    public String getVisibleIf() {
        return visibleIf;
    }

    public FormItem setVisibleIf(String visibleIf) {
        this.visibleIf = visibleIf;
        return this;
    }

    /** Expression: the item cannot be changed when it is true. */
    public String getReadOnlyIf() {
        return readOnlyIf;
    }

    public FormItem setReadOnlyIf(String readOnlyIf) {
        this.readOnlyIf = readOnlyIf;
        return this;
    }

    /** Points the item is worth (scorable types); null = not scored. */
    public BigDecimal getWeight() {
        return weight;
    }

    public FormItem setWeight(BigDecimal weight) {
        this.weight = weight;
        return this;
    }

    /** A safety item: an inspection graded other than OK, or a yes/no answered no, fails the form. */
    public boolean isCritical() {
        return critical;
    }

    public FormItem setCritical(boolean critical) {
        this.critical = critical;
        return this;
    }

    /** Free tags used by expressions such as {@code allOk('safety')}; never null. */
    public List<String> getTags() {
        return tags;
    }

    public FormItem setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
        return this;
    }

    /** Text and text area: most characters (default 200 / 2000). */
    public Integer getMaxLength() {
        return maxLength;
    }

    public FormItem setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
        return this;
    }

    /** Number and money: smallest value. */
    public BigDecimal getMin() {
        return min;
    }

    public FormItem setMin(BigDecimal min) {
        this.min = min;
        return this;
    }

    /** Number and money: largest value. */
    public BigDecimal getMax() {
        return max;
    }

    public FormItem setMax(BigDecimal max) {
        this.max = max;
        return this;
    }

    /** Number and computed: decimal places (default 0 for number, 2 for money). */
    public Integer getDecimals() {
        return decimals;
    }

    public FormItem setDecimals(Integer decimals) {
        this.decimals = decimals;
        return this;
    }

    /** Number and computed: the unit shown after the value (km, L, %). */
    public LocalText getUnit() {
        return unit;
    }

    public FormItem setUnit(LocalText unit) {
        this.unit = unit;
        return this;
    }

    /** Choice and multi-choice: the options; never null. */
    public List<ItemOption> getOptions() {
        return options;
    }

    public FormItem setOptions(List<ItemOption> options) {
        this.options = options == null ? new ArrayList<>() : new ArrayList<>(options);
        return this;
    }

    /** Choice: {@code radio} (default) or {@code list}. */
    public String getDisplay() {
        return display;
    }

    public FormItem setDisplay(String display) {
        this.display = display;
        return this;
    }

    /** Multi-choice: least options to pick when answered. */
    public Integer getMinSelected() {
        return minSelected;
    }

    public FormItem setMinSelected(Integer minSelected) {
        this.minSelected = minSelected;
        return this;
    }

    /** Multi-choice: most options to pick. */
    public Integer getMaxSelected() {
        return maxSelected;
    }

    public FormItem setMaxSelected(Integer maxSelected) {
        this.maxSelected = maxSelected;
        return this;
    }

    /** Rating: the scale. */
    public RatingScale getScale() {
        return scale;
    }

    public FormItem setScale(RatingScale scale) {
        this.scale = scale;
        return this;
    }

    /** Photo: most photos (1 = a single photo; default 1); inspection: most photos of the item (default 3). */
    public Integer getMaxPhotos() {
        return maxPhotos;
    }

    public FormItem setMaxPhotos(Integer maxPhotos) {
        this.maxPhotos = maxPhotos;
        return this;
    }

    /** Inspection: a note is needed when the grade is not OK. */
    public boolean isNoteRequired() {
        return noteRequired;
    }

    public FormItem setNoteRequired(boolean noteRequired) {
        this.noteRequired = noteRequired;
        return this;
    }

    /** Reference: what it shows. */
    public ReferenceKind getRef() {
        return ref;
    }

    public FormItem setRef(ReferenceKind ref) {
        this.ref = ref;
        return this;
    }

    /** Computed: the expression. */
    public String getExpression() {
        return expression;
    }

    public FormItem setExpression(String expression) {
        this.expression = expression;
        return this;
    }

    /** Section: an extending form may not change or remove it. */
    public boolean isLocked() {
        return locked;
    }

    public FormItem setLocked(boolean locked) {
        this.locked = locked;
        return this;
    }

    /** Group: least rows. */
    public Integer getMinRows() {
        return minRows;
    }

    public FormItem setMinRows(Integer minRows) {
        this.minRows = minRows;
        return this;
    }

    /** Group: most rows (default 50). */
    public Integer getMaxRows() {
        return maxRows;
    }

    public FormItem setMaxRows(Integer maxRows) {
        this.maxRows = maxRows;
        return this;
    }

    /** Section and group: the items inside; never null. */
    public List<FormItem> getItems() {
        return items;
    }

    public FormItem setItems(List<FormItem> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
        return this;
    }

    /** A deep copy (the item and everything inside it). */
    public FormItem copy() {
        FormItem c = new FormItem();
        c.key = key;
        c.type = type;
        c.label = label;
        c.help = help;
        c.placeholder = placeholder;
        c.text = text;
        c.required = required;
        c.requiredIf = requiredIf;
        c.visibleIf = visibleIf;
        c.readOnlyIf = readOnlyIf;
        c.weight = weight;
        c.critical = critical;
        c.tags = new ArrayList<>(tags);
        c.maxLength = maxLength;
        c.min = min;
        c.max = max;
        c.decimals = decimals;
        c.unit = unit;
        c.options = new ArrayList<>(options);
        c.display = display;
        c.minSelected = minSelected;
        c.maxSelected = maxSelected;
        c.scale = scale;
        c.maxPhotos = maxPhotos;
        c.noteRequired = noteRequired;
        c.ref = ref;
        c.expression = expression;
        c.locked = locked;
        c.minRows = minRows;
        c.maxRows = maxRows;
        for (FormItem child : items) {
            c.items.add(child.copy());
        }
        return c;
    }

    @Override
    public String toString() {
        return (type == null ? "?" : type.jsonName()) + ":" + key;
    }
}
