package org.forecourt.forms.ui.internal.design;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.DefinitionProblem;
import org.forecourt.forms.api.engine.FormEngine;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.ItemOption;
import org.forecourt.forms.api.model.LocalText;
import org.forecourt.forms.api.model.RatingScale;
import org.forecourt.forms.api.model.ReferenceKind;

/**
 * What the designer edits, without any Vaadin: the draft definition, the selected item, and the operations of the
 * palette, the canvas and the properties panel (add, move, remove, edit) with undo and redo. Every change keeps a
 * snapshot ({@link FormDefinition#copy()}) of the definition before it, so the last {@value #HISTORY} changes can be
 * undone. Consecutive edits of the same property of the same item (typing) count as one change.
 *
 * <p>Items are addressed by their position: a list of indexes from the top level down ({@code [2, 0]} = the first
 * item of the third top-level item). The selection is such a position, or {@code null} for the form itself.
 */
public final class DesignerModel {

    /** Changes that can be undone. */
    public static final int HISTORY = 100;

    /** The format of item keys (as the JSON Schema says). */
    public static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final FormEngine engine;
    private final Function<FieldType, LocalText> defaultLabel;
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private final Deque<Snapshot> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private FormDefinition definition;
    /** The parent's published definition when the form extends another one, else null. */
    private FormDefinition parent;
    private List<Integer> selection;
    private String savedJson;
    /** The property last edited ({@code path#property}): further edits of it join that change. */
    private String lastEdit;

    private record Snapshot(FormDefinition definition, List<Integer> selection) {
    }

    /**
     * @param engine       checks definitions and expressions
     * @param definition   the draft (the model works on a copy)
     * @param defaultLabel the label a new item of a type gets (both languages)
     */
    public DesignerModel(FormEngine engine, FormDefinition definition, Function<FieldType, LocalText> defaultLabel) {
        this.engine = Objects.requireNonNull(engine);
        this.defaultLabel = Objects.requireNonNull(defaultLabel);
        load(definition);
    }

    /** Starts over with a definition (after loading or saving): no history, not dirty. */
    public void load(FormDefinition draft) {
        definition = draft.copy();
        selection = null;
        undo.clear();
        redo.clear();
        lastEdit = null;
        markSaved();
        fire();
    }

    /** The definition as it is now is the saved one. */
    public void markSaved() {
        savedJson = engine.toJson(definition);
    }

    /** There are changes since loading or {@link #markSaved()}. */
    public boolean isDirty() {
        return !engine.toJson(definition).equals(savedJson);
    }

    /** Called after every change of the definition or the selection. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }

    /** The definition being edited (live: do not change it outside the model). */
    public FormDefinition definition() {
        return definition;
    }

    /** A copy of the definition, to save or preview. */
    public FormDefinition snapshot() {
        return definition.copy();
    }

    // ---- addressing -------------------------------------------------------------------------------------------

    /** The item at a position, if there is one. */
    public Optional<FormItem> item(List<Integer> path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        List<FormItem> list = definition.getItems();
        FormItem item = null;
        for (int index : path) {
            if (index < 0 || index >= list.size()) {
                return Optional.empty();
            }
            item = list.get(index);
            list = item.getItems();
        }
        return Optional.ofNullable(item);
    }

    /** The list the item at {@code path} lives in ({@code path} without its last index names the container). */
    private List<FormItem> siblings(List<Integer> path) {
        return children(path.subList(0, path.size() - 1));
    }

    /** The items of a container (the top level for an empty path). */
    private List<FormItem> children(List<Integer> containerPath) {
        if (containerPath.isEmpty()) {
            return definition.getItems();
        }
        return item(containerPath).orElseThrow(() -> new IllegalArgumentException("No item at " + containerPath))
                .getItems();
    }

    /**
     * The item's path as the engine names it in problems and answers: its key, preceded by the keys of the groups it
     * is in ({@code parts.qty}); sections do not count.
     */
    public String enginePath(List<Integer> path) {
        StringBuilder sb = new StringBuilder();
        List<FormItem> list = definition.getItems();
        for (int i = 0; i < path.size(); i++) {
            FormItem it = list.get(path.get(i));
            if (i == path.size() - 1 || it.getType() == FieldType.GROUP) {
                sb.append(sb.isEmpty() ? "" : ".").append(it.getKey());
            }
            list = it.getItems();
        }
        return sb.toString();
    }

    /** The position of the item a problem's path names, if any. */
    public Optional<List<Integer>> find(String enginePath) {
        if (enginePath == null || enginePath.isEmpty()) {
            return Optional.empty();
        }
        for (List<Integer> p : positions()) {
            if (enginePath(p).equals(enginePath)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every item's position, in the order they are shown (depth first). */
    public List<List<Integer>> positions() {
        List<List<Integer>> out = new ArrayList<>();
        collect(definition.getItems(), List.of(), out);
        return out;
    }

    private static void collect(List<FormItem> items, List<Integer> prefix, List<List<Integer>> out) {
        for (int i = 0; i < items.size(); i++) {
            List<Integer> p = append(prefix, i);
            out.add(p);
            collect(items.get(i).getItems(), p, out);
        }
    }

    private static List<Integer> append(List<Integer> prefix, int index) {
        return child(prefix, index);
    }

    /** The position of the {@code index}-th child of the container at {@code parent}. */
    public static List<Integer> child(List<Integer> parent, int index) {
        List<Integer> p = new ArrayList<>(parent);
        p.add(index);
        return List.copyOf(p);
    }

    /** A position as text: {@code 2.0}; empty for the top level. */
    public static String pathText(List<Integer> path) {
        StringBuilder sb = new StringBuilder();
        for (int i : path) {
            sb.append(sb.isEmpty() ? "" : ".").append(i);
        }
        return sb.toString();
    }

    // ---- selection --------------------------------------------------------------------------------------------

    /** The selected position, or null when the form itself is selected. */
    public List<Integer> selection() {
        return selection;
    }

    public Optional<FormItem> selected() {
        return item(selection);
    }

    /** Selects an item (null or an unknown position: the form). */
    public void select(List<Integer> path) {
        List<Integer> p = path == null || item(path).isEmpty() ? null : List.copyOf(path);
        if (!Objects.equals(p, selection)) {
            selection = p;
            lastEdit = null;
            fire();
        }
    }

    /** Selects the item shown after the selected one (the first when none is selected). */
    public void selectNext() {
        moveSelection(1);
    }

    public void selectPrevious() {
        moveSelection(-1);
    }

    private void moveSelection(int step) {
        List<List<Integer>> all = positions();
        if (all.isEmpty()) {
            return;
        }
        int at = selection == null ? (step > 0 ? -1 : all.size()) : all.indexOf(selection);
        int next = Math.max(0, Math.min(all.size() - 1, at + step));
        select(all.get(next));
    }

    // ---- changes ----------------------------------------------------------------------------------------------

    /** Records the state before a change. */
    private void remember() {
        undo.push(new Snapshot(definition.copy(), selection));
        while (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Number of changes that can be undone. */
    public int undoDepth() {
        return undo.size();
    }

    public boolean undo() {
        return travel(undo, redo);
    }

    public boolean redo() {
        return travel(redo, undo);
    }

    private boolean travel(Deque<Snapshot> from, Deque<Snapshot> to) {
        if (from.isEmpty()) {
            return false;
        }
        to.push(new Snapshot(definition.copy(), selection));
        Snapshot s = from.pop();
        definition = s.definition();
        selection = s.selection() == null || item(s.selection()).isEmpty() ? null : s.selection();
        lastEdit = null;
        fire();
        return true;
    }

    /**
     * Adds a new item of a type where a click on the palette puts it: into the selected section or group (at its
     * end), else after the selected item, else at the end of the form. The new item is selected.
     *
     * @return its position
     */
    public List<Integer> add(FieldType type) {
        List<Integer> parent;
        int index;
        Optional<FormItem> sel = selected();
        if (sel.isPresent() && sel.get().getType().isContainer() && accepts(selection, type)) {
            parent = selection;
            index = sel.get().getItems().size();
        } else if (selection != null && accepts(selection.subList(0, selection.size() - 1), type)) {
            parent = selection.subList(0, selection.size() - 1);
            index = selection.get(selection.size() - 1) + 1;
        } else {
            parent = List.of();
            index = definition.getItems().size();
        }
        return addAt(type, parent, index);
    }

    /**
     * Adds a new item of a type into a container at an index (a drop from the palette).
     *
     * @param parent the container's position, empty for the top level
     * @return its position
     * @throws IllegalArgumentException when the container cannot hold that type
     */
    public List<Integer> addAt(FieldType type, List<Integer> parent, int index) {
        if (!accepts(parent, type)) {
            throw new IllegalArgumentException(type + " cannot go into " + parent);
        }
        remember();
        FormItem item = newItem(type);
        List<FormItem> list = children(parent);
        int at = Math.max(0, Math.min(index, list.size()));
        list.add(at, item);
        selection = append(parent, at);
        lastEdit = null;
        fire();
        return selection;
    }

    /**
     * Whether a container can hold an item of that type: page breaks only at the top level, sections not inside
     * groups, and nesting no deeper than the engine allows.
     */
    public boolean accepts(List<Integer> parent, FieldType type) {
        if (parent == null) {
            return false;
        }
        if (parent.isEmpty()) {
            return true;
        }
        Optional<FormItem> container = item(parent);
        if (container.isEmpty() || !container.get().getType().isContainer() || type == FieldType.PAGE_BREAK) {
            return false;
        }
        if (type.isContainer() && parent.size() + 1 > FormEngine.MAX_DEPTH) {
            return false;
        }
        return !(type == FieldType.SECTION && insideGroup(parent));
    }

    private boolean insideGroup(List<Integer> path) {
        for (int i = 1; i <= path.size(); i++) {
            if (item(path.subList(0, i)).map(it -> it.getType() == FieldType.GROUP).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** A new item with a free key, the type's label and what its type needs to be valid. */
    FormItem newItem(FieldType type) {
        FormItem item = new FormItem(freeKey(type), type, defaultLabel.apply(type));
        switch (type) {
            case CHOICE, MULTI_CHOICE -> item.setOptions(List.of(
                    new ItemOption("option1", LocalText.of("选项 1", "Option 1"), null),
                    new ItemOption("option2", LocalText.of("选项 2", "Option 2"), null)));
            case RATING -> item.setScale(RatingScale.STARS_5);
            case REFERENCE -> item.setRef(ReferenceKind.CUSTOMER);
            case COMPUTED -> item.setExpression("0");
            case INSTRUCTION -> item.setText(defaultLabel.apply(type));
            default -> {
                // nothing else needed
            }
        }
        return item;
    }

    /** {@code inspection1}, {@code inspection2} …: the type's name and the smallest number not used in the form. */
    public String freeKey(FieldType type) {
        String base = camel(type.jsonName());
        Set<String> used = keys();
        int n = 1;
        while (used.contains(base + n)) {
            n++;
        }
        return base + n;
    }

    private static String camel(String jsonName) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : jsonName.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** Every item key in the form, at every level. */
    public Set<String> keys() {
        Set<String> out = new HashSet<>();
        for (List<Integer> p : positions()) {
            item(p).map(FormItem::getKey).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Moves the selected item one place up (or down) among its siblings; at the edge of a section or group it moves
     * out of it, before (after) the container.
     *
     * @return false when it cannot move further
     */
    public boolean moveSelected(int direction) {
        if (selection == null) {
            return false;
        }
        int index = selection.get(selection.size() - 1);
        List<Integer> parent = selection.subList(0, selection.size() - 1);
        int size = siblings(selection).size();
        int target = index + (direction < 0 ? -1 : 1);
        if (target >= 0 && target < size) {
            return moveTo(selection, parent, direction < 0 ? target : target + 1);
        }
        if (parent.isEmpty()) {
            return false;
        }
        List<Integer> grand = parent.subList(0, parent.size() - 1);
        int containerIndex = parent.get(parent.size() - 1);
        return moveTo(selection, grand, direction < 0 ? containerIndex : containerIndex + 1);
    }

    /**
     * Moves an item into a container before the item now at {@code index} (a drag on the canvas). The item is
     * selected at its new place.
     *
     * @return false when the move is not possible (into itself, or a type the container does not take)
     */
    public boolean moveTo(List<Integer> from, List<Integer> parent, int index) {
        Optional<FormItem> moving = item(from);
        if (moving.isEmpty() || isPrefix(from, parent) || !accepts(parent, moving.get().getType())) {
            return false;
        }
        List<Integer> fromParent = from.subList(0, from.size() - 1);
        int fromIndex = from.get(from.size() - 1);
        if (fromParent.equals(parent) && (index == fromIndex || index == fromIndex + 1)) {
            return false; // already there
        }
        if (depth(moving.get()) + parent.size() > FormEngine.MAX_DEPTH
                || moving.get().getType() == FieldType.SECTION && containsGroup(moving.get()) && insideGroup(parent)) {
            return false;
        }
        remember();
        FormItem item = moving.get();
        // take it out, then fix the target path when it lay after the removed item in the same list
        siblings(from).remove(fromIndex);
        List<Integer> target = new ArrayList<>(parent);
        int at = index;
        if (fromParent.size() <= target.size() && target.subList(0, fromParent.size()).equals(fromParent)) {
            if (target.size() == fromParent.size()) {
                if (at > fromIndex) {
                    at--;
                }
            } else if (target.get(fromParent.size()) > fromIndex) {
                target.set(fromParent.size(), target.get(fromParent.size()) - 1);
            }
        }
        List<FormItem> list = children(target);
        at = Math.max(0, Math.min(at, list.size()));
        list.add(at, item);
        selection = append(target, at);
        lastEdit = null;
        fire();
        return true;
    }

    private static boolean containsGroup(FormItem item) {
        for (FormItem child : item.getItems()) {
            if (child.getType() == FieldType.GROUP || containsGroup(child)) {
                return true;
            }
        }
        return false;
    }

    private static int depth(FormItem item) {
        int max = 0;
        for (FormItem child : item.getItems()) {
            max = Math.max(max, depth(child));
        }
        return item.getType().isContainer() ? max + 1 : max;
    }

    private static boolean isPrefix(List<Integer> prefix, List<Integer> path) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * Removes the selected item (with everything inside it). The next item is selected, else the previous one,
     * else its container.
     */
    public boolean removeSelected() {
        if (selection == null) {
            return false;
        }
        remember();
        List<FormItem> list = siblings(selection);
        int index = selection.get(selection.size() - 1);
        list.remove(index);
        List<Integer> parent = selection.subList(0, selection.size() - 1);
        if (index < list.size()) {
            selection = append(parent, index);
        } else if (index > 0) {
            selection = append(parent, index - 1);
        } else {
            selection = parent.isEmpty() ? null : List.copyOf(parent);
        }
        lastEdit = null;
        fire();
        return true;
    }

    /**
     * Changes a property of the selected item. Repeated edits of the same property (as the author types) are one
     * change for undo.
     *
     * @param property the property's name, e.g. {@code label}
     */
    public void edit(String property, Consumer<FormItem> change) {
        FormItem item = selected().orElseThrow(() -> new IllegalStateException("No item selected"));
        change(selection + "#" + property, () -> change.accept(item));
    }

    /** Changes a property of the form itself ({@code title}, {@code scoring} …). */
    public void editForm(String property, Consumer<FormDefinition> change) {
        change("form#" + property, () -> change.accept(definition));
    }

    private void change(String tag, Runnable change) {
        if (!tag.equals(lastEdit) || undo.isEmpty()) {
            remember();
        } else {
            redo.clear();
        }
        change.run();
        lastEdit = tag;
        fire();
    }

    /**
     * Renames the selected item.
     *
     * @return empty when renamed, else the message key of the reason ({@code forms.design.key.invalid},
     *         {@code forms.design.key.taken})
     */
    public Optional<String> rename(String key) {
        FormItem item = selected().orElseThrow(() -> new IllegalStateException("No item selected"));
        String k = key == null ? "" : key.strip();
        if (k.equals(item.getKey())) {
            return Optional.empty();
        }
        if (!KEY.matcher(k).matches()) {
            return Optional.of("forms.design.key.invalid");
        }
        if (keys().contains(k)) {
            return Optional.of("forms.design.key.taken");
        }
        edit("key", it -> it.setKey(k));
        return Optional.empty();
    }

    /** The published definition the form extends: checks and the preview then use the resolved form. */
    public void setParent(FormDefinition parent) {
        this.parent = parent == null ? null : parent.copy();
    }

    /** The form as it would be published (the parent's items included for an extending form); a copy. */
    public FormDefinition previewDefinition() {
        FormDefinition own = definition.copy();
        if (parent == null) {
            return own;
        }
        try {
            return engine.resolve(parent, own);
        } catch (DefinitionException e) {
            return own;
        }
    }

    // ---- checks -----------------------------------------------------------------------------------------------

    /** Everything that stops publication of the definition as it is now. */
    public List<DefinitionProblem> problems() {
        if (parent == null) {
            return engine.check(definition);
        }
        try {
            return engine.check(engine.resolve(parent, definition.copy()));
        } catch (DefinitionException e) {
            return e.problems();
        }
    }

    /**
     * Checks an expression as the author types it, as the property of the selected item (or, with nothing selected,
     * of the form: the pass rule).
     *
     * @return the problems, empty when it is fine (a blank expression is fine: it is removed)
     */
    public List<DefinitionProblem> checkExpression(String property, String expression) {
        if (expression == null || expression.isBlank()) {
            return List.of();
        }
        String path = selection == null ? "" : enginePath(selection);
        FormDefinition context = parent == null ? definition : previewDefinition();
        return engine.checkExpression(context, path, property, expression);
    }

    /** Lower-case tags from a comma- or space-separated text, without duplicates. */
    public static List<String> parseTags(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String t : text.split("[,，\\s]+")) {
            String tag = t.strip().toLowerCase(Locale.ROOT);
            if (!tag.isEmpty() && !out.contains(tag)) {
                out.add(tag);
            }
        }
        return out;
    }
}
