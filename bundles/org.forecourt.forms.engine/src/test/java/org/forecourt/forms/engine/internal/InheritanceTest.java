package org.forecourt.forms.engine.internal;

import java.util.List;

import org.forecourt.forms.api.engine.DefinitionException;
import org.forecourt.forms.api.engine.ItemChange;
import org.forecourt.forms.api.model.Extension;
import org.forecourt.forms.api.model.FieldType;
import org.forecourt.forms.api.model.FormDefinition;
import org.forecourt.forms.api.model.FormItem;
import org.forecourt.forms.api.model.LocalText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forecourt.forms.engine.internal.Fixtures.ENGINE;
import static org.forecourt.forms.engine.internal.Fixtures.item;

class InheritanceTest {

    private static FormDefinition child(Extension.Mode mode, FormItem... items) {
        return new FormDefinition().setKey("brand.walkaround").setTitle(Fixtures.text("Brand"))
                .setExtension(new Extension("test.walkaround", 1, mode)).setItems(List.of(items));
    }

    private static FormItem section(String key, FormItem... items) {
        return item(key, FieldType.SECTION).setItems(List.of(items));
    }

    @Test
    void extendKeepsParentItemsFirstAndAppendsChildSections() {
        FormDefinition parent = Fixtures.walkaround();
        FormDefinition r = ENGINE.resolve(parent, child(Extension.Mode.EXTEND,
                section("brandExtras", item("wash", FieldType.YES_NO))));
        assertThat(r.getItems()).extracting(FormItem::getKey).containsExactly("intro", "vehicleRef", "general",
                "safety", "damage", "damageTotal", "satisfaction", "sign", "brandExtras");
        assertThat(r.getTitle().get("en")).isEqualTo("Brand");
        assertThat(r.getScoring()).isEqualTo(parent.getScoring());
        assertThat(ENGINE.check(r)).isEmpty();
    }

    @Test
    void unlockedSectionsCanBeReplacedOrRemoved() {
        FormDefinition c = child(Extension.Mode.EXTEND, section("general", item("odo", FieldType.NUMBER)));
        c.setRemoved(List.of("damage", "damageTotal"));
        FormDefinition r = ENGINE.resolve(Fixtures.walkaround(), c);
        assertThat(r.getItems()).extracting(FormItem::getKey).containsExactly("intro", "vehicleRef", "general",
                "safety", "satisfaction", "sign");
        assertThat(r.getItems().get(2).getItems()).extracting(FormItem::getKey).containsExactly("odo");
    }

    @Test
    void lockedSectionsCannotBeChangedOrRemoved() {
        assertThatThrownBy(() -> ENGINE.resolve(Fixtures.walkaround(), child(Extension.Mode.EXTEND,
                section("safety", item("x", FieldType.TEXT)))))
                .isInstanceOfSatisfying(DefinitionException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("forms.def.extend.locked");
                    assertThat(e.problems().get(0).path()).isEqualTo("safety");
                });
        FormDefinition c = child(Extension.Mode.EXTEND);
        c.setRemoved(List.of("safety"));
        assertThatThrownBy(() -> ENGINE.resolve(Fixtures.walkaround(), c))
                .isInstanceOfSatisfying(DefinitionException.class,
                        e -> assertThat(e.problems().get(0).property()).isEqualTo("removed"));
    }

    @Test
    void copyModeIsTheChildAsIs() {
        FormDefinition c = child(Extension.Mode.COPY, section("own", item("x", FieldType.TEXT)));
        FormDefinition r = ENGINE.resolve(Fixtures.walkaround(), c);
        assertThat(r.getItems()).extracting(FormItem::getKey).containsExactly("own");
        assertThat(r).isNotSameAs(c);
    }

    @Test
    void diffListsAddedRemovedChangedAndMovedItems() {
        FormDefinition before = Fixtures.walkaround();
        FormDefinition after = before.copy();
        FormItem general = after.getItems().get(2);
        general.getItems().get(0).setLabel(LocalText.of("行驶里程", "Odometer")).setMax(null);
        general.getItems().remove(1);
        general.getItems().add(item("plate", FieldType.PLATE));
        FormItem sign = after.getItems().remove(7);
        after.getItems().add(0, sign);
        List<ItemChange> changes = ENGINE.diff(before, after);
        assertThat(changes).extracting(ItemChange::path, ItemChange::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("sign", ItemChange.Kind.MOVED),
                org.assertj.core.groups.Tuple.tuple("mileage", ItemChange.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("plate", ItemChange.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("fuel", ItemChange.Kind.REMOVED));
        assertThat(changes).filteredOn(c -> c.kind() == ItemChange.Kind.CHANGED).singleElement()
                .satisfies(c -> assertThat(c.properties()).containsExactly("label", "max"));
        assertThat(changes.get(0).path()).isEqualTo("sign");
        assertThat(changes.get(changes.size() - 1).kind()).isEqualTo(ItemChange.Kind.REMOVED);
    }

    @Test
    void movingIntoAnotherSectionIsAMove() {
        FormDefinition before = Fixtures.walkaround();
        FormDefinition after = before.copy();
        FormItem fuel = after.getItems().get(2).getItems().remove(1);
        after.getItems().get(3).getItems().add(fuel);
        assertThat(ENGINE.diff(before, after)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ItemChange.Kind.MOVED);
            assertThat(c.before()).isEqualTo("general");
            assertThat(c.after()).isEqualTo("safety");
        });
    }
}
