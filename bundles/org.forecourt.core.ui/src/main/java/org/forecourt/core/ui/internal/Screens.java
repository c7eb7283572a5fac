package org.forecourt.core.ui.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

import org.forecourt.core.api.i18n.Messages;
import org.forecourt.core.api.org.OrganisationService;
import org.forecourt.core.api.user.ApiKeyService;
import org.forecourt.core.api.user.UserService;
import org.forecourt.core.ui.internal.apikeys.ApiKeysView;
import org.forecourt.core.ui.internal.audit.AuditView;
import org.forecourt.core.ui.internal.org.OrganisationView;
import org.forecourt.core.ui.internal.roles.RolesView;
import org.forecourt.core.ui.internal.users.UsersView;
import org.forecourt.persistence.AuditLog;
import org.forecourt.ui.api.MenuContribution;
import org.forecourt.ui.api.ViewContribution;

/** The administration screens, each a DS component registered while the services it needs are there. */
public final class Screens {

    public static final String USERS = "admin/users";
    public static final String ORGANISATION = "admin/organisation";
    public static final String ROLES = "admin/roles";
    public static final String AUDIT = "admin/audit";
    public static final String API_KEYS = "admin/api-keys";

    public static final String PERMISSION_USERS = "core.user.edit";
    public static final String PERMISSION_ORGANISATION = "core.org.edit";
    public static final String PERMISSION_ROLES = "core.role.edit";
    public static final String PERMISSION_AUDIT = AuditLog.PERMISSION_VIEW;
    public static final String PERMISSION_API_KEYS = ApiKeyService.PERMISSION;

    private Screens() {
    }

    /** Users: list, create, edit, enable/disable, reset password. */
    @org.osgi.service.component.annotations.Component(name = "org.forecourt.core.ui.users",
            service = {ViewContribution.class, MenuContribution.class})
    public static class Users extends AdminScreen {
        private final UserService users;
        private final OrganisationService organisation;

        @Activate
        public Users(@Reference UserService users, @Reference OrganisationService organisation) {
            super(USERS, PERMISSION_USERS, "coreui.menu.users", "USERS", 10);
            this.users = users;
            this.organisation = organisation;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return UsersView.class;
        }

        @Override
        public Component create() {
            return new UsersView(users, organisation);
        }
    }

    /** Brands and stores. */
    @org.osgi.service.component.annotations.Component(name = "org.forecourt.core.ui.organisation",
            service = {ViewContribution.class, MenuContribution.class})
    public static class Organisation extends AdminScreen {
        private final OrganisationService organisation;

        @Activate
        public Organisation(@Reference OrganisationService organisation) {
            super(ORGANISATION, PERMISSION_ORGANISATION, "coreui.menu.organisation", "SITEMAP", 20);
            this.organisation = organisation;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return OrganisationView.class;
        }

        @Override
        public Component create() {
            return new OrganisationView(organisation);
        }
    }

    /** The role × permission matrix. */
    @org.osgi.service.component.annotations.Component(name = "org.forecourt.core.ui.roles",
            service = {ViewContribution.class, MenuContribution.class})
    public static class Roles extends AdminScreen {
        private final UserService users;
        private final Messages messages;

        @Activate
        public Roles(@Reference UserService users, @Reference Messages messages) {
            super(ROLES, PERMISSION_ROLES, "coreui.menu.roles", "KEY", 30);
            this.users = users;
            this.messages = messages;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return RolesView.class;
        }

        @Override
        public Component create() {
            return new RolesView(users, messages);
        }
    }

    /** The audit log. */
    @org.osgi.service.component.annotations.Component(name = "org.forecourt.core.ui.audit",
            service = {ViewContribution.class, MenuContribution.class})
    public static class Audit extends AdminScreen {
        private final AuditLog audit;
        private final OrganisationService organisation;
        private final UserService users;

        @Activate
        public Audit(@Reference AuditLog audit, @Reference OrganisationService organisation,
                     @Reference UserService users) {
            super(AUDIT, PERMISSION_AUDIT, "coreui.menu.audit", "RECORDS", 40);
            this.audit = audit;
            this.organisation = organisation;
            this.users = users;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return AuditView.class;
        }

        @Override
        public Component create() {
            return new AuditView(audit, organisation, users);
        }
    }

    /** API keys of connectors. */
    @org.osgi.service.component.annotations.Component(name = "org.forecourt.core.ui.apikeys",
            service = {ViewContribution.class, MenuContribution.class})
    public static class ApiKeys extends AdminScreen {
        private final ApiKeyService keys;
        private final OrganisationService organisation;
        private final Messages messages;

        @Activate
        public ApiKeys(@Reference ApiKeyService keys, @Reference OrganisationService organisation,
                       @Reference Messages messages) {
            super(API_KEYS, PERMISSION_API_KEYS, "coreui.menu.apiKeys", "PASSWORD", 50);
            this.keys = keys;
            this.organisation = organisation;
            this.messages = messages;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return ApiKeysView.class;
        }

        @Override
        public Component create() {
            return new ApiKeysView(keys, organisation, messages);
        }
    }
}
