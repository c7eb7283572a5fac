package org.forecourt.forms.api.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A form definition: the content of one version of a form (or of a draft). It is what the JSON document described
 * by {@code form-definition.schema.json} holds. A mutable bean for the designer; see {@link FormItem}.
 */
public final class FormDefinition {

    /** The JSON Schema every definition document is checked against. */
    public static final String SCHEMA_ID = "https://forecourt.org/schema/form-definition/1.json";

    /** The version of the definition format this model reads and writes. */
    public static final int FORMAT = 1;

    /** The form's key, stable across versions and unique within its owner: lower case letters, digits, {@code -} and {@code .}. */
    private String key;
    /** The title. */
    private LocalText title;
    /** What the form is for. */
    private LocalText description;
    /** {@code checklist}, {@code questionnaire}, {@code agreement}, {@code script} or {@code survey}. */
    private String kind;
    /** Purposes the form is meant for; a pack's form is bound to these at group level when installed. */
    private List<String> purposes = new ArrayList<>();
    /** The parent form when this form copies or extends another (JSON {@code extends}). */
    private Extension extension;
    /** Stores may extend this form with sections of their own. */
    private boolean allowStoreAdditions;
    /** Scoring and the pass rule; null = not scored. */
    private Scoring scoring;
    /** Extend mode: keys of unlocked parent sections this form leaves out. */
    private List<String> removed = new ArrayList<>();
    /** The items, top level first. */
    private List<FormItem> items = new ArrayList<>();

    /** The form's key, stable across versions and unique within its owner: lower case letters, digits, {@code -} and {@code .}. */
    public String getKey() {
        return key;
    }

    public FormDefinition setKey(String key) {
        this.key = key;
        return this;
    }

    /** The title. */
    public LocalText getTitle() {
        return title;
    }

    public FormDefinition setTitle(LocalText title) {
        this.title = title;
        return this;
    }

    /** What the form is for. */
    public LocalText getDescription() {
        return description;
    }

    public FormDefinition setDescription(LocalText description) {
        this.description = description;
        return this;
    }

    /** {@code checklist}, {@code questionnaire}, {@code agreement}, {@code script} or {@code survey}. */
    public String getKind() {
        return kind;
    }

    public FormDefinition setKind(String kind) {
        this.kind = kind;
        return this;
    }

    /** Purposes the form is meant for; a pack's form is bound to these at group level when installed; never null. */
    public List<String> getPurposes() {
        return purposes;
    }

    public FormDefinition setPurposes(List<String> purposes) {
        this.purposes = purposes == null ? new ArrayList<>() : new ArrayList<>(purposes);
        return this;
    }

    /** The parent form when this form copies or extends another (JSON {@code extends}). */
    public Extension getExtension() {
        return extension;
    }

    public FormDefinition setExtension(Extension extension) {
        this.extension = extension;
        return this;
    }

    /** Stores may extend this form with sections of their own. */
    public boolean isAllowStoreAdditions() {
        return allowStoreAdditions;
    }

    public FormDefinition setAllowStoreAdditions(boolean allowStoreAdditions) {
        this.allowStoreAdditions = allowStoreAdditions;
        return this;
    }

    /** Scoring and the pass rule; null = not scored. */
    public Scoring getScoring() {
        return scoring;
    }

    public FormDefinition setScoring(Scoring scoring) {
        this.scoring = scoring;
        return this;
    }

    /** Extend mode: keys of unlocked parent sections this form leaves out; never null. */
    public List<String> getRemoved() {
        return removed;
    }

    public FormDefinition setRemoved(List<String> removed) {
        this.removed = removed == null ? new ArrayList<>() : new ArrayList<>(removed);
        return this;
    }

    /** The items, top level first; never null. */
    public List<FormItem> getItems() {
        return items;
    }

    public FormDefinition setItems(List<FormItem> items) {
        this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
        return this;
    }

    /** A deep copy. */
    public FormDefinition copy() {
        FormDefinition c = new FormDefinition();
        c.key = key;
        c.title = title;
        c.description = description;
        c.kind = kind;
        c.purposes = new ArrayList<>(purposes);
        c.extension = extension;
        c.allowStoreAdditions = allowStoreAdditions;
        c.scoring = scoring;
        c.removed = new ArrayList<>(removed);
        for (FormItem item : items) {
            c.items.add(item.copy());
        }
        return c;
    }

    @Override
    public String toString() {
        return "form " + key;
    }
}
