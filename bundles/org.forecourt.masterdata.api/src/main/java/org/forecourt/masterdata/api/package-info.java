/**
 * Master data shared by every module (sales, aftersales, CRM): what is common to customers, vehicles and the model
 * catalogue — import results ({@link org.forecourt.masterdata.api.UpsertResult}), permission names
 * ({@link org.forecourt.masterdata.api.MasterdataPermissions}) and Event Admin topics
 * ({@link org.forecourt.masterdata.api.MasterdataEvents}). The services live in the sub-packages
 * {@code customer}, {@code vehicle} and {@code catalog}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.masterdata.api;
