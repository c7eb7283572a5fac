package org.forecourt.forms.ui.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.forecourt.forms.api.FormOwner;

/** Where a form can be bound, and the designer's routes. */
class OwnersTest {

    @Test
    void groupTemplatesBindAnywhereBrandFormsInTheirBrandStoreFormsInTheirStore() {
        FormOwner group = FormOwner.group();
        FormOwner byd = FormOwner.brand(1);
        FormOwner bydStore = FormOwner.store(1, 3);
        FormOwner nio = FormOwner.brand(2);
        assertThat(Owners.bindableAt(group, group)).isTrue();
        assertThat(Owners.bindableAt(group, bydStore)).isTrue();
        assertThat(Owners.bindableAt(byd, group)).isFalse();
        assertThat(Owners.bindableAt(byd, byd)).isTrue();
        assertThat(Owners.bindableAt(byd, bydStore)).isTrue();
        assertThat(Owners.bindableAt(byd, nio)).isFalse();
        assertThat(Owners.bindableAt(bydStore, byd)).isFalse();
        assertThat(Owners.bindableAt(bydStore, FormOwner.store(1, 4))).isFalse();
        assertThat(Owners.bindableAt(bydStore, bydStore)).isTrue();
    }

    @Test
    void theDesignerRouteTakesAPositiveId() {
        assertThat(DesignRoutes.designer(42)).isEqualTo("forms/design/42");
        assertThat(DesignRoutes.parseId("42")).hasValue(42);
        assertThat(DesignRoutes.parseId("0")).isEmpty();
        assertThat(DesignRoutes.parseId("x")).isEmpty();
        assertThat(DesignRoutes.parseId(null)).isEmpty();
    }
}
