package org.forecourt.forms.ui.internal.design;

import org.forecourt.forms.api.model.FieldType;

/**
 * Stable element ids of the designer and the forms administration screens, for browser tests and support. Ids that
 * repeat per line end in the line's index, the item's key or the record's id.
 */
public final class DesignIds {

    // forms list
    public static final String FORMS_VIEW = "forms-view";
    public static final String FORMS_SEARCH = "forms-search";
    public static final String FORMS_BRAND = "forms-brand-filter";
    public static final String FORMS_KIND = "forms-kind-filter";
    public static final String FORMS_GRID = "forms-grid";
    public static final String FORMS_COUNT = "forms-count";
    public static final String FORMS_NEW = "forms-new";
    public static final String FORMS_DERIVE = "forms-derive";
    public static final String FORMS_IMPORT = "forms-import";
    public static final String FORMS_EXPORT = "forms-export";
    public static final String FORMS_OPEN = "forms-open";

    // new form dialog
    public static final String NEW_DIALOG = "form-new-dialog";
    public static final String NEW_KEY = "form-new-key";
    public static final String NEW_TITLE_ZH = "form-new-title-zh";
    public static final String NEW_TITLE_EN = "form-new-title-en";
    public static final String NEW_KIND = "form-new-kind";
    public static final String NEW_OWNER = "form-new-owner";
    public static final String NEW_CREATE = "form-new-create";
    public static final String NEW_CANCEL = "form-new-cancel";

    // derive dialog
    public static final String DERIVE_DIALOG = "form-derive-dialog";
    public static final String DERIVE_KEY = "form-derive-key";
    public static final String DERIVE_OWNER = "form-derive-owner";
    public static final String DERIVE_MODE = "form-derive-mode";
    public static final String DERIVE_CREATE = "form-derive-create";

    // import and export
    public static final String IMPORT_DIALOG = "form-import-dialog";
    public static final String IMPORT_OWNER = "form-import-owner";
    public static final String IMPORT_UPLOAD = "form-import-upload";
    public static final String IMPORT_PROBLEMS = "form-import-problems";
    public static final String EXPORT_DIALOG = "form-export-dialog";
    public static final String EXPORT_VERSION = "form-export-version";
    public static final String EXPORT_DOWNLOAD = "form-export-download";

    // designer
    public static final String DESIGNER_VIEW = "designer-view";
    public static final String DESIGNER_TITLE = "designer-title";
    public static final String DESIGNER_BACK = "designer-back";
    public static final String DESIGNER_DIRTY = "designer-dirty";
    public static final String DESIGNER_TABS = "designer-tabs";
    public static final String UNDO = "designer-undo";
    public static final String REDO = "designer-redo";
    public static final String SAVE = "designer-save";
    public static final String PUBLISH = "designer-publish";
    public static final String PALETTE = "designer-palette";
    /** followed by the type's JSON name: {@code palette-inspection} */
    public static final String PALETTE_PREFIX = "palette-";
    public static final String CANVAS = "designer-canvas";
    /** CSS class of a canvas row; the row carries {@code data-key}, {@code data-type} and {@code data-path} */
    public static final String CANVAS_ROW_CLASS = "fc-canvas-row";
    /** followed by the item's key */
    public static final String CANVAS_ROW_PREFIX = "canvas-row-";
    /** the drop zone at the end of the form */
    public static final String CANVAS_END = "canvas-drop-end";
    /** CSS class of the drop zone at the end of a section or group (with {@code data-path}) */
    public static final String CANVAS_INTO_CLASS = "fc-canvas-drop-into";
    public static final String PROPERTIES = "designer-properties";
    public static final String PROBLEMS = "designer-problems";
    /** followed by the problem's index */
    public static final String PROBLEM_PREFIX = "designer-problem-";
    public static final String EXTENDS_NOTE = "designer-extends";

    // properties of an item
    public static final String PROP_TYPE = "prop-type";
    public static final String PROP_KEY = "prop-key";
    public static final String PROP_LABEL_ZH = "prop-label-zh";
    public static final String PROP_LABEL_EN = "prop-label-en";
    public static final String PROP_HELP_ZH = "prop-help-zh";
    public static final String PROP_HELP_EN = "prop-help-en";
    public static final String PROP_PLACEHOLDER_ZH = "prop-placeholder-zh";
    public static final String PROP_PLACEHOLDER_EN = "prop-placeholder-en";
    public static final String PROP_TEXT_ZH = "prop-text-zh";
    public static final String PROP_TEXT_EN = "prop-text-en";
    public static final String PROP_REQUIRED = "prop-required";
    public static final String PROP_VISIBLE_IF = "prop-visibleIf";
    public static final String PROP_REQUIRED_IF = "prop-requiredIf";
    public static final String PROP_READ_ONLY_IF = "prop-readOnlyIf";
    public static final String PROP_EXPRESSION = "prop-expression";
    public static final String PROP_WEIGHT = "prop-weight";
    public static final String PROP_CRITICAL = "prop-critical";
    public static final String PROP_TAGS = "prop-tags";
    public static final String PROP_MAX_LENGTH = "prop-maxLength";
    public static final String PROP_MIN = "prop-min";
    public static final String PROP_MAX = "prop-max";
    public static final String PROP_DECIMALS = "prop-decimals";
    public static final String PROP_UNIT_ZH = "prop-unit-zh";
    public static final String PROP_UNIT_EN = "prop-unit-en";
    public static final String PROP_DISPLAY = "prop-display";
    public static final String PROP_MIN_SELECTED = "prop-minSelected";
    public static final String PROP_MAX_SELECTED = "prop-maxSelected";
    public static final String PROP_SCALE = "prop-scale";
    public static final String PROP_MAX_PHOTOS = "prop-maxPhotos";
    public static final String PROP_NOTE_REQUIRED = "prop-noteRequired";
    public static final String PROP_REF = "prop-ref";
    public static final String PROP_LOCKED = "prop-locked";
    public static final String PROP_MIN_ROWS = "prop-minRows";
    public static final String PROP_MAX_ROWS = "prop-maxRows";
    public static final String PROP_REMOVE = "prop-remove";

    // options editor (per line: followed by the index)
    public static final String OPTIONS = "prop-options";
    public static final String OPTION_VALUE = "option-value-";
    public static final String OPTION_LABEL_ZH = "option-label-zh-";
    public static final String OPTION_LABEL_EN = "option-label-en-";
    public static final String OPTION_SCORE = "option-score-";
    public static final String OPTION_UP = "option-up-";
    public static final String OPTION_REMOVE = "option-remove-";
    public static final String OPTION_ADD = "option-add";

    // properties of the form
    public static final String FORM_TITLE_ZH = "prop-form-title-zh";
    public static final String FORM_TITLE_EN = "prop-form-title-en";
    public static final String FORM_DESCRIPTION_ZH = "prop-form-description-zh";
    public static final String FORM_DESCRIPTION_EN = "prop-form-description-en";
    public static final String FORM_KIND = "prop-form-kind";
    public static final String FORM_PURPOSES = "prop-form-purposes";
    public static final String FORM_STORE_ADDITIONS = "prop-form-allowStoreAdditions";
    public static final String FORM_SCORED = "prop-form-scored";
    public static final String FORM_PASS = "prop-form-pass";
    public static final String FORM_ATTENTION_FACTOR = "prop-form-attentionFactor";

    // preview
    public static final String PREVIEW = "designer-preview";
    public static final String PREVIEW_PHONE = "preview-phone";
    public static final String PREVIEW_TABLET = "preview-tablet";
    public static final String PREVIEW_DESKTOP = "preview-desktop";
    public static final String PREVIEW_FRAME = "preview-frame";
    public static final String PREVIEW_CHECK = "preview-check";
    public static final String PREVIEW_RESET = "preview-reset";
    public static final String PREVIEW_RESULT = "preview-result";

    // publish, conflict, leave
    public static final String PUBLISH_DIALOG = "publish-dialog";
    public static final String PUBLISH_NOTE = "publish-note";
    public static final String PUBLISH_CHANGES = "publish-changes";
    public static final String PUBLISH_CONFIRM = "publish-confirm";
    public static final String PUBLISH_CANCEL = "publish-cancel";
    public static final String CONFLICT_DIALOG = "designer-conflict";
    public static final String LEAVE_DIALOG = "designer-leave";

    // versions
    public static final String VERSIONS = "designer-versions";
    public static final String VERSIONS_GRID = "versions-grid";
    /** followed by the version number */
    public static final String VERSION_RETIRE = "version-retire-";
    public static final String COMPARE_FROM = "compare-from";
    public static final String COMPARE_TO = "compare-to";
    public static final String COMPARE = "versions-compare";
    public static final String COMPARE_GRID = "compare-grid";

    // bindings
    public static final String BINDINGS_VIEW = "bindings-view";
    public static final String BINDINGS_OWNER = "bindings-owner";
    public static final String BINDINGS_GRID = "bindings-grid";
    /** followed by the purpose id */
    public static final String BINDING_BIND = "binding-bind-";
    public static final String BINDING_UNBIND = "binding-unbind-";
    public static final String BIND_DIALOG = "bind-dialog";
    public static final String BIND_FORM = "bind-form";
    public static final String BIND_CONFIRM = "bind-confirm";
    public static final String RESOLVE_STORE = "bindings-store";
    public static final String RESOLVE_GRID = "bindings-resolved";

    private DesignIds() {
    }

    public static String palette(FieldType type) {
        return PALETTE_PREFIX + type.jsonName();
    }
}
