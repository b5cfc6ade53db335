package nl.vraagwijzer.verwijzing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GebeurtenisRepository implements PanacheRepositoryBase<Gebeurtenis, Long> {}
