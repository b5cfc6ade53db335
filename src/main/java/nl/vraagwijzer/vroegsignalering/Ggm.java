package nl.vraagwijzer.vroegsignalering;

import java.util.Arrays;
import java.util.Optional;

/**
 * The value lists of the Gemeentelijk Gegevensmodel's Vroegsignalering (DDAS v0.9), each value with
 * our code (kebab-case, as the contract spells it) and the GGM's own name (as a DDAS delivery
 * spells it). The contract documents the mapping one to one.
 */
final class Ggm {

    private Ggm() {}

    /** Our code and the GGM's name of one value. */
    record Naam(String code, String ggm) {}

    /** A value of one of the lists. */
    interface Waarde {
        Naam naam();

        default String code() {
            return naam().code();
        }

        default String ggm() {
            return naam().ggm();
        }
    }

    static <T extends Enum<T> & Waarde> Optional<T> van(Class<T> lijst, String code) {
        return Arrays.stream(lijst.getEnumConstants())
                .filter(waarde -> waarde.code().equals(code))
                .findFirst();
    }

    /** EnumSignaalpartner. */
    enum Signaalpartner implements Waarde {
        ENERGIE("energie", "Energie"),
        HUUR("huur", "Huur"),
        HYPOTHEEK("hypotheek", "Hypotheek"),
        CAK_ZORGVERZEKERINGEN("cak-zorgverzekeringen", "CAK Zorgverzekeringen"),
        ZORG("zorg", "Zorg"),
        WATER("water", "Water"),
        DUO("duo", "DUO"),
        BELASTINGDIENST("belastingdienst", "Belastingdienst"),
        CAK_EIGEN_BIJDRAGE("cak-eigen-bijdrage", "CAK Eigen bijdrage"),
        DIENST_TOESLAGEN("dienst-toeslagen", "Dienst Toeslagen"),
        OVERIGE("overige", "Overige");

        private final Naam naam;

        Signaalpartner(String code, String ggm) {
            this.naam = new Naam(code, ggm);
        }

        @Override
        public Naam naam() {
            return naam;
        }

        /** The type a partner names; {@code zorgverzekering}, the name before contract 1.6.0, is a health insurer's. */
        static Optional<Signaalpartner> van(String code) {
            return "zorgverzekering".equals(code) ? Optional.of(ZORG) : Ggm.van(Signaalpartner.class, code);
        }
    }

    /** EnumContactsoort, with "Afspraak op locatie" of the newer GGM. */
    enum Contactsoort implements Waarde {
        MAIL("mail", "Mail"),
        BRIEF("brief", "Brief"),
        SMS_WHATSAPP("sms-whatsapp", "SMS/Whatsapp"),
        TELEFOON("telefoon", "Telefoon"),
        HUISBEZOEK("huisbezoek", "Huisbezoek"),
        KAARTJE("kaartje", "Kaartje"),
        ADMINISTRATIEF("administratief", "Administratief"),
        AFSPRAAK_OP_LOCATIE("afspraak-op-locatie", "Afspraak op locatie"),
        OVERIGE("overige", "Overige");

        private final Naam naam;

        Contactsoort(String code, String ggm) {
            this.naam = new Naam(code, ggm);
        }

        @Override
        public Naam naam() {
            return naam;
        }

        /** The kind stored as {@code code}. */
        static Contactsoort van(String code) {
            return Ggm.van(Contactsoort.class, code).orElseThrow();
        }

        /** Its name in a DDAS v0.9 delivery, whose list lacks the newer "Afspraak op locatie". */
        String ddas() {
            return this == AFSPRAAK_OP_LOCATIE ? OVERIGE.ggm() : ggm();
        }
    }

    /** EnumDagdeel: before 12:00, 12:00 to 18:00, from 18:00. */
    enum Dagdeel implements Waarde {
        OCHTEND("ochtend", "Ochtend"),
        MIDDAG("middag", "Middag"),
        AVOND("avond", "Avond");

        private final Naam naam;

        Dagdeel(String code, String ggm) {
            this.naam = new Naam(code, ggm);
        }

        @Override
        public Naam naam() {
            return naam;
        }

        /** The dagdeel stored as {@code code}. */
        static Dagdeel van(String code) {
            return Ggm.van(Dagdeel.class, code).orElseThrow();
        }

        static Dagdeel van(java.time.LocalTime tijd) {
            if (tijd.getHour() < 12) {
                return OCHTEND;
            }
            return tijd.getHour() < 18 ? MIDDAG : AVOND;
        }
    }

    /**
     * EnumSignaalstatus, plus {@code opgepakt} (ours): the GGM lists only why a signal was not taken
     * up; a taken-up signal carries no status in a delivery.
     */
    enum Signaalstatus implements Waarde {
        NOG_NIET_OPGEPAKT("nog-niet-opgepakt", "Nog niet opgepakt"),
        OPGEPAKT("opgepakt", null),
        ONTERECHT_SIGNAAL("niet-opgepakt-onterecht-signaal", "Niet opgepakt: onterecht signaal"),
        OVERLEDEN("inwoner-is-overleden", "Inwoner is overleden"),
        GEEN_INWONER("persoon-is-geen-inwoner-meer", "Persoon is geen inwoner (meer) in de gemeente"),
        HERHAALDE_MELDING("niet-opgepakt-herhaalde-melding", "Niet opgepakt: herhaalde melding"),
        ANDERE_REDEN("niet-opgepakt-andere-reden", "Niet opgepakt: andere reden");

        private final Naam naam;

        Signaalstatus(String code, String ggm) {
            this.naam = new Naam(code, ggm);
        }

        @Override
        public Naam naam() {
            return naam;
        }
    }

    /** EnumEindresultaat: all fifteen, in the GGM's order. */
    enum Eindresultaat implements Waarde {
        HERHAALDE_MELDING("niet-opgepakt-herhaalde-melding", "Niet opgepakt: herhaalde melding"),
        ONTERECHT_SIGNAAL("niet-opgepakt-onterecht-signaal", "Niet opgepakt: onterecht signaal"),
        OVERLEDEN("inwoner-is-overleden", "Inwoner is overleden"),
        GEEN_INWONER("persoon-is-geen-inwoner-meer", "Persoon is geen inwoner (meer) in de gemeente"),
        ANDERE_REDEN("niet-opgepakt-andere-reden", "Niet opgepakt: andere reden"),
        BEKEND_BIJ_SCHULDHULP("al-bekend-bij-schuldhulpverlening", "Inwoner al bekend bij schuldhulpverlening"),
        ANDER_TRAJECT("ander-lopend-traject", "Inwoner heeft al een ander lopend traject"),
        GEEN_CONTACT("definitief-geen-contact", "Definitief geen contact kunnen krijgen"),
        GEEN_REACTIE("geen-reactie-na-eerder-contact", "Geen reactie na eerder contact"),
        GEEN_HULP_NODIG("hoeft-geen-hulp", "Inwoner hoeft geen hulp vanuit vroegsignalering"),
        ZELF_BETAALD("zelf-betaald-of-regeling", "Inwoner heeft zelf al betaald/betalingsregeling getroffen"),
        BUDGETADVIES("budgetadvies-of-quick-fix", "(Budget)advies en/of quick fix"),
        VERVOLGHULP_FINANCIEEL("vervolghulp-financieel", "Vervolghulp en/of verwijzing financieel"),
        VERWIJZING_ZONDER_CONTACT("verwijzing-zonder-contact", "Verwijzing zonder contact"),
        VERVOLGHULP_NIET_FINANCIEEL("vervolghulp-niet-financieel", "Vervolghulp en/of verwijzing niet financieel");

        private final Naam naam;

        Eindresultaat(String code, String ggm) {
            this.naam = new Naam(code, ggm);
        }

        @Override
        public Naam naam() {
            return naam;
        }

        /** The status its signals get: why they were not taken up, or taken up. */
        Signaalstatus signaalstatus() {
            return switch (this) {
                case HERHAALDE_MELDING -> Signaalstatus.HERHAALDE_MELDING;
                case ONTERECHT_SIGNAAL -> Signaalstatus.ONTERECHT_SIGNAAL;
                case OVERLEDEN -> Signaalstatus.OVERLEDEN;
                case GEEN_INWONER -> Signaalstatus.GEEN_INWONER;
                case ANDERE_REDEN -> Signaalstatus.ANDERE_REDEN;
                default -> Signaalstatus.OPGEPAKT;
            };
        }

        /** Help was accepted: the case goes on as a question (triage, plan, referral). */
        boolean hulpAanvaard() {
            return this == BUDGETADVIES || this == VERVOLGHULP_FINANCIEEL || this == VERVOLGHULP_NIET_FINANCIEEL;
        }
    }
}
