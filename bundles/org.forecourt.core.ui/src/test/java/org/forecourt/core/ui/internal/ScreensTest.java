package org.forecourt.core.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.forecourt.core.ui.internal.apikeys.ApiKeysView;
import org.forecourt.core.ui.internal.audit.AuditView;
import org.forecourt.core.ui.internal.org.OrganisationView;
import org.forecourt.core.ui.internal.roles.RolesView;
import org.forecourt.core.ui.internal.users.UsersView;
import org.forecourt.ui.api.Menu;

/** Each screen is one view and one menu entry with the same route and permission, in the admin section. */
class ScreensTest {

    static List<AdminScreen> screens() {
        return List.of(new Screens.Users(null, null), new Screens.Organisation(null), new Screens.Roles(null, null),
                new Screens.Audit(null, null, null), new Screens.ApiKeys(null, null, null));
    }

    @Test
    void routesPermissionsAndViews() {
        List<AdminScreen> s = screens();
        assertThat(s).extracting(AdminScreen::route)
                .containsExactly("admin/users", "admin/organisation", "admin/roles", "admin/audit", "admin/api-keys");
        assertThat(s).extracting(AdminScreen::permission)
                .containsExactly("core.user.edit", "core.org.edit", "core.role.edit", "core.audit.view",
                        "core.apikey.manage");
        assertThat(s).extracting(AdminScreen::viewClass).containsExactly(UsersView.class, OrganisationView.class,
                RolesView.class, AuditView.class, ApiKeysView.class);
    }

    @Test
    void menuEntriesInTheAdminSectionInOrderWithTranslatedLabels() throws Exception {
        var keys = CoreUiMessagesTest.keys(CoreUiMessagesTest.load("coreui.properties"));
        for (AdminScreen screen : screens()) {
            assertThat(screen.section()).isEqualTo(Menu.ADMIN);
            assertThat(screen.labelKey()).startsWith("coreui.menu.");
            assertThat(keys).contains(screen.labelKey());
            assertThat(com.vaadin.flow.component.icon.VaadinIcon.valueOf(screen.icon())).isNotNull();
        }
        assertThat(screens()).extracting(AdminScreen::order).isSorted().doesNotHaveDuplicates();
    }
}
