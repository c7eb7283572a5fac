/**
 * The forms engine service: definitions to and from JSON, checks, evaluation of answers, comparison of versions.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.forecourt.forms.api.engine;
