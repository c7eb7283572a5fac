/**
 * The model catalogue of the group's brands: brand ({@code org.forecourt.core.api.org.Brand}) → model → trim with its
 * list price. Everyone signed in may read it; editing needs {@code masterdata.catalog.edit} for a brand the actor's
 * scope covers (group admins: every brand; brand admins: their brand).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.masterdata.api.catalog;
