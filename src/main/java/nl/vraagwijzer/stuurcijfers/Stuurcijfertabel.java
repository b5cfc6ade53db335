package nl.vraagwijzer.stuurcijfers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.vraagwijzer.shared.cijfers.Onderdrukking;

/**
 * Every cell of one answer's lattice: the day counts summed per gemeente, team and wijk, period and
 * category, then suppressed together by {@link Onderdrukking}, with every relation a reader could
 * subtract along declared as a sum: a gemeente is the sum of its teams and of its wijken, a total of
 * its categories, a year of its quarters and a quarter of its months (a stock equals the month whose
 * end it shares), and the figures that are parts of others (those within their term of those whose
 * term passed, the referrals with an expected start of all referrals, the partner's registrations of
 * the questions by channel, the closings measured of the closings counted).
 */
final class Stuurcijfertabel {

    enum Niveau {
        GEMEENTE,
        TEAM,
        WIJK
    }

    /** An odd 64-bit constant (the golden ratio's): multiplying by it spreads a key's parts over the hash. */
    private static final long MENG = 0x9E3779B97F4A7C15L;

    /** Where a cell sits. {@code eenheid} is the team or wijk; absent for a gemeente or "no wijk". */
    record Sleutel(
            Maatstaf maatstaf,
            String gemeente,
            Niveau niveau,
            String eenheid,
            Periode periode,
            String categorie,
            UUID organisatie,
            UUID dienst) {

        /**
         * Mixed, not the record's sum of 31-multiples: with that, a year of a region's keys (teams and
         * categories named alike, dates a month apart) fell into the same buckets by the thousand.
         */
        @Override
        public int hashCode() {
            long h = maatstaf.ordinal() * 4L + niveau.ordinal();
            h = (h ^ Objects.hashCode(gemeente)) * MENG;
            h = (h ^ Objects.hashCode(eenheid)) * MENG;
            h = (h ^ periode.hashCode()) * MENG;
            h = (h ^ Objects.hashCode(categorie)) * MENG;
            h = (h ^ Objects.hashCode(organisatie)) * MENG;
            h = (h ^ Objects.hashCode(dienst)) * MENG;
            return (int) (h ^ (h >>> 29));
        }

        @Override
        public boolean equals(Object ander) {
            return ander instanceof Sleutel sleutel
                    && maatstaf == sleutel.maatstaf
                    && niveau == sleutel.niveau
                    && Objects.equals(periode, sleutel.periode)
                    && Objects.equals(gemeente, sleutel.gemeente)
                    && Objects.equals(eenheid, sleutel.eenheid)
                    && Objects.equals(categorie, sleutel.categorie)
                    && Objects.equals(organisatie, sleutel.organisatie)
                    && Objects.equals(dienst, sleutel.dienst);
        }

        Sleutel op(Niveau ander, String andereEenheid) {
            return new Sleutel(maatstaf, gemeente, ander, andereEenheid, periode, categorie, organisatie, dienst);
        }

        Sleutel in(Periode andere) {
            return new Sleutel(maatstaf, gemeente, niveau, eenheid, andere, categorie, organisatie, dienst);
        }

        Sleutel met(String andere) {
            return new Sleutel(maatstaf, gemeente, niveau, eenheid, periode, andere, organisatie, dienst);
        }

        Sleutel als(Maatstaf andere) {
            return new Sleutel(andere, gemeente, niveau, eenheid, periode, categorie, organisatie, dienst);
        }
    }

    /** A published cell: the count and what follows from it, all absent when suppressed. */
    record Cijfer(
            Sleutel sleutel, Long aantal, Double waarde, Double mediaan, Integer percentiel90, boolean onderdrukt) {}

    private static final class Waarde {
        private long aantal;
        private double som;
        /** The count per duration in days; only a duration figure's cells have them. */
        private Duren duren;

        private Onderdrukking.Cel cel;
    }

    /**
     * A histogram of durations: an array indexed by the days (durations are a few years at most) and,
     * for a duration beyond it, a sorted map, so that adding a count allocates nothing.
     */
    private static final class Duren {
        private static final int IN_ARRAY = 4096;
        private long[] perDag = new long[64];
        private final TreeMap<Integer, Long> langer = new TreeMap<>();

        void tel(int duur, long aantal) {
            if (duur >= IN_ARRAY) {
                langer.merge(duur, aantal, Long::sum);
                return;
            }
            if (duur >= perDag.length) {
                perDag = Arrays.copyOf(perDag, Math.min(IN_ARRAY, Integer.highestOneBit(duur) * 2));
            }
            perDag[duur] += aantal;
        }

        /** The duration at 0-based rank {@code rang} of the sorted durations. */
        int rang(long rang) {
            long gezien = 0;
            for (int duur = 0; duur < perDag.length; duur++) {
                gezien += perDag[duur];
                if (gezien > rang) {
                    return duur;
                }
            }
            for (Map.Entry<Integer, Long> duur : langer.entrySet()) {
                gezien += duur.getValue();
                if (gezien > rang) {
                    return duur.getKey();
                }
            }
            throw new IllegalStateException("rank " + rang + " beyond the durations counted");
        }
    }

    private final Map<Sleutel, Waarde> cellen = new LinkedHashMap<>();

    /** Adds {@code feit} to its cells in each of {@code perioden}, on all three levels. */
    void voegToe(Feit feit, List<Periode> perioden) {
        Maatstaf maatstaf = feit.maatstaf();
        for (Periode periode : perioden) {
            for (Niveau niveau : Niveau.values()) {
                if (maatstaf.perPartner() && niveau != Niveau.GEMEENTE) {
                    continue;
                }
                String eenheid =
                        switch (niveau) {
                            case GEMEENTE -> null;
                            case TEAM -> feit.team();
                            case WIJK -> feit.wijk();
                        };
                Sleutel sleutel = new Sleutel(
                        maatstaf, feit.gemeente(), niveau, eenheid, periode, null, feit.organisatie(), feit.dienst());
                // a caseload per professional only within a team
                boolean perCategorie =
                        feit.categorie() != null && (maatstaf != Maatstaf.CASELOAD || niveau == Niveau.TEAM);
                if (perCategorie) {
                    tel(sleutel.met(feit.categorie()), feit);
                }
                if (!perCategorie || maatstaf.heeftTotaal()) {
                    tel(sleutel, feit);
                }
            }
        }
    }

    private void tel(Sleutel sleutel, Feit feit) {
        Waarde waarde = cellen.computeIfAbsent(sleutel, nieuw -> new Waarde());
        waarde.aantal += feit.aantal();
        waarde.som += feit.som();
        if (feit.duur() != null && feit.maatstaf().vorm() == Maatstaf.Vorm.DUUR) {
            if (waarde.duren == null) {
                waarde.duren = new Duren();
            }
            waarde.duren.tel(feit.duur(), feit.aantal());
        }
    }

    /**
     * Suppresses the whole lattice at once and gives the cells {@code gevraagd} accepts, as they may be
     * published, in a list of the caller's.
     *
     * @param standdag the last day a stock of a period covers (periods sharing it have one value)
     */
    List<Cijfer> onderdruk(
            int kleinsteAantal,
            Periodenraster raster,
            Function<Periode, LocalDate> standdag,
            Predicate<Sleutel> gevraagd) {
        Onderdrukking onderdrukking = new Onderdrukking(kleinsteAantal);
        cellen.values().forEach(waarde -> waarde.cel = onderdrukking.cel(waarde.aantal));
        Map<Sleutel, List<Onderdrukking.Cel>> teams = new HashMap<>();
        Map<Sleutel, List<Onderdrukking.Cel>> wijken = new HashMap<>();
        Map<Sleutel, List<Onderdrukking.Cel>> categorieen = new HashMap<>();
        cellen.forEach((sleutel, waarde) -> {
            if (sleutel.niveau() != Niveau.GEMEENTE) {
                (sleutel.niveau() == Niveau.TEAM ? teams : wijken)
                        .computeIfAbsent(sleutel.op(Niveau.GEMEENTE, null), geheel -> new ArrayList<>())
                        .add(waarde.cel);
            }
            if (sleutel.categorie() != null && sleutel.maatstaf().heeftTotaal()) {
                categorieen
                        .computeIfAbsent(sleutel.met(null), geheel -> new ArrayList<>())
                        .add(waarde.cel);
            }
        });
        for (Map<Sleutel, List<Onderdrukking.Cel>> delen : List.of(teams, wijken, categorieen)) {
            delen.forEach((geheel, cellenVanDelen) -> som(onderdrukking, geheel, cellenVanDelen));
        }
        perioden(onderdrukking, raster, standdag);
        cellen.forEach((sleutel, waarde) -> {
            switch (sleutel.maatstaf()) {
                case PARTNERAANMELDINGEN ->
                    gelijk(
                            onderdrukking,
                            sleutel,
                            sleutel.als(Maatstaf.HULPVRAGEN).met("partner"));
                case DAGEN_TOT_AFSLUITING -> gelijk(onderdrukking, sleutel, sleutel.als(Maatstaf.AFGESLOTEN));
                default -> {}
            }
            // a part with categories of its own per category; one without only against the total
            for (Maatstaf deel : sleutel.maatstaf().delen()) {
                if (sleutel.categorie() == null || deel.heeftTotaal()) {
                    deel(onderdrukking, sleutel, sleutel.als(deel));
                }
            }
        });
        // the questions per legal frame add up to the questions, per gemeente, unit and period
        Map<Sleutel, List<Onderdrukking.Cel>> perKader = new HashMap<>();
        cellen.forEach((sleutel, waarde) -> {
            if (sleutel.maatstaf() == Maatstaf.HULPVRAGEN_PER_WETTELIJK_KADER) {
                perKader.computeIfAbsent(sleutel.als(Maatstaf.HULPVRAGEN).met(null), geheel -> new ArrayList<>())
                        .add(waarde.cel);
            }
        });
        perKader.forEach((geheel, delen) -> som(onderdrukking, geheel, delen));
        onderdrukking.pasToe();
        List<Cijfer> cijfers = new ArrayList<>();
        cellen.forEach((sleutel, waarde) -> {
            if (gevraagd.test(sleutel)) {
                cijfers.add(cijfer(sleutel, waarde));
            }
        });
        return cijfers;
    }

    private void perioden(Onderdrukking onderdrukking, Periodenraster raster, Function<Periode, LocalDate> standdag) {
        for (Map.Entry<Sleutel, Waarde> cel : cellen.entrySet()) {
            Sleutel sleutel = cel.getKey();
            Periode periode = sleutel.periode();
            if (sleutel.maatstaf().vorm() == Maatstaf.Vorm.STAND) {
                if (periode.soort() != Periode.Soort.MAAND && periode.soort() != Periode.Soort.WEEK) {
                    raster.perioden().stream()
                            .filter(maand -> maand.soort() == Periode.Soort.MAAND
                                    && periode.bevat(maand.begin())
                                    && standdag.apply(maand).equals(standdag.apply(periode)))
                            .findFirst()
                            .ifPresent(maand -> gelijk(onderdrukking, sleutel, sleutel.in(maand)));
                }
            } else {
                List<Periode> delen = raster.delen(periode);
                if (!delen.isEmpty()) {
                    som(
                            onderdrukking,
                            sleutel,
                            delen.stream().map(sleutel::in).map(this::cel).toList());
                }
            }
        }
    }

    /** Declares that the cell at {@code geheel} is the sum of {@code delen} (a missing cell is a true 0). */
    private void som(Onderdrukking onderdrukking, Sleutel geheel, List<Onderdrukking.Cel> delen) {
        Onderdrukking.Cel totaal = cel(geheel);
        List<Onderdrukking.Cel> bekend = delen.stream().filter(Objects::nonNull).toList();
        if (totaal != null && !bekend.isEmpty()) {
            onderdrukking.som(totaal, bekend);
        }
    }

    /** Two cells that are always equal: neither may show what the other hides. */
    private void gelijk(Onderdrukking onderdrukking, Sleutel een, Sleutel ander) {
        Onderdrukking.Cel eerste = cel(een);
        Onderdrukking.Cel tweede = cel(ander);
        if (eerste != null && tweede != null) {
            onderdrukking.som(eerste, List.of(tweede));
            onderdrukking.som(tweede, List.of(eerste));
        }
    }

    /** {@code deel} is part of {@code geheel}; the rest is never published but follows from them. */
    private void deel(Onderdrukking onderdrukking, Sleutel geheel, Sleutel deel) {
        Waarde totaal = cellen.get(geheel);
        Waarde stuk = cellen.get(deel);
        long rest = totaal.aantal - (stuk == null ? 0 : stuk.aantal);
        List<Onderdrukking.Cel> delen = new ArrayList<>();
        delen.add(onderdrukking.verborgen(rest));
        if (stuk != null) {
            delen.add(stuk.cel);
        }
        onderdrukking.som(totaal.cel, delen);
    }

    private Onderdrukking.Cel cel(Sleutel sleutel) {
        Waarde waarde = cellen.get(sleutel);
        return waarde == null ? null : waarde.cel;
    }

    private Cijfer cijfer(Sleutel sleutel, Waarde waarde) {
        if (waarde.cel.onderdrukt()) {
            return new Cijfer(sleutel, null, null, null, null, true);
        }
        Double getal = null;
        Double mediaan = null;
        Integer percentiel90 = null;
        switch (sleutel.maatstaf().vorm()) {
            case AANDEEL -> {
                Waarde geheel = cellen.get(sleutel.als(sleutel.maatstaf().geheel()));
                getal = geheel.cel.onderdrukt() ? null : Onderdrukking.deel(waarde.aantal * 100, geheel.aantal);
            }
            case GEMIDDELDE ->
                getal = BigDecimal.valueOf(waarde.som)
                        .divide(BigDecimal.valueOf(waarde.aantal), 2, RoundingMode.HALF_UP)
                        .doubleValue();
            case DUUR -> {
                Duren duren = waarde.duren;
                long midden = (waarde.aantal - 1) / 2;
                mediaan = duren.rang(midden) + (duren.rang(waarde.aantal / 2) - duren.rang(midden)) / 2.0;
                percentiel90 = duren.rang((long) Math.ceil(waarde.aantal * 0.9) - 1);
            }
            default -> {}
        }
        return new Cijfer(sleutel, waarde.aantal, getal, mediaan, percentiel90, false);
    }
}
