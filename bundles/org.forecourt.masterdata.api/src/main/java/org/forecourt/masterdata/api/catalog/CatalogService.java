package org.forecourt.masterdata.api.catalog;

import java.time.LocalDate;
import java.util.List;

import org.forecourt.core.api.Actor;

/**
 * The model catalogue. Reading is open to every actor; {@link #saveModel} and {@link #saveTrim} need
 * {@code masterdata.catalog.edit} and a scope covering the brand (else
 * {@link org.forecourt.core.api.NotPermittedException}).
 */
public interface CatalogService {

    /** The brand's models by code; inactive ones only when asked. */
    List<CatalogModel> models(Actor actor, long brandId, boolean includeInactive);

    /** @throws org.forecourt.core.api.NotFoundException when there is no such model */
    CatalogModel model(Actor actor, long modelId);

    /** Every trim of the model by code, then valid-from. */
    List<Trim> trims(Actor actor, long modelId);

    /** The trims of the model sold on that day. */
    List<Trim> trimsValidOn(Actor actor, long modelId, LocalDate day);

    /** @throws org.forecourt.core.api.NotFoundException when there is no such trim */
    Trim trim(Actor actor, long trimId);

    /**
     * Creates (id 0) or updates a model; the brand of an existing model never changes.
     *
     * @throws org.forecourt.core.api.ConflictException   when the version is stale
     * @throws org.forecourt.core.api.ValidationException with {@code masterdata.catalog.codeTaken} when the brand
     *                                                    already has that code
     */
    CatalogModel saveModel(Actor actor, CatalogModel model);

    /** Creates (id 0) or updates a trim; the model of an existing trim never changes. */
    Trim saveTrim(Actor actor, Trim trim);
}
