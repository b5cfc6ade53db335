package nl.vraagwijzer.verwijzing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ToestemmingRepository implements PanacheRepositoryBase<Toestemming, UUID> {}
