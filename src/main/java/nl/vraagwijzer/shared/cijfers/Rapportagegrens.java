package nl.vraagwijzer.shared.cijfers;

import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.vraagwijzer.shared.gemeente.Gemeentegrens;

/**
 * The gemeente boundary on the figures' datasource: the same settings on every connection as on the
 * primary's ({@link Gemeentegrens}), so that row-level security seals the replica alike.
 */
@ApplicationScoped
@DataSource("rapportage")
public class Rapportagegrens extends Gemeentegrens {}
