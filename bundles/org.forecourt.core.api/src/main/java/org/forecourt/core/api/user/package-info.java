/** Users, their memberships (role at a level of the organisation), sign-in, API keys and role permissions. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.forecourt.core.api.user;
