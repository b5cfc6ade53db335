package nl.vraagwijzer.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A ZRM 2017 score for one domain, with the optional Krachtenwijzer shares (percent). */
@Embeddable
public record ZrmScore(
        String leefgebied,
        Integer score,
        @Column(name = "eigen_kracht") Integer eigenKracht,
        Integer netwerk,
        @Column(name = "professionele_hulp") Integer professioneleHulp) {}
