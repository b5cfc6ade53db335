package nl.vraagwijzer.gebeurtenissen;

import java.util.Arrays;
import java.util.Optional;

/**
 * The types of event, as the contract lists them (schema {@code Gemeentegebeurtenistype}, the
 * gemeente's systems' list; {@code Gebeurtenistype} is the partners', without the hulpvraag types,
 * which have no organisation and so never reach a partner): the CloudEvent
 * {@code type} in reverse-DNS form by domain (and {@code Signaalgebeurtenistype} and
 * {@code Plangebeurtenistype}, the open lists of the streams of their own,
 * {@link Gebeurtenisstroom}), where its subject lives in this API (its {@code dataref}), and the contract schema of its {@code data} if it has any. A new type is a
 * constant here, a method on {@code shared.ports.Gebeurtenissen}, and a line in the contract.
 */
enum Gebeurtenistype {
    HULPVRAAG_GEREGISTREERD("nl.vraagwijzer.hulpvraag.geregistreerd", "/hulpvragen/", null),
    HULPVRAAG_STATUS_GEWIJZIGD(
            "nl.vraagwijzer.hulpvraag.status-gewijzigd", "/hulpvragen/", "HulpvraagStatusGewijzigdData"),
    VERWIJZING_VERZONDEN("nl.vraagwijzer.verwijzing.verzonden", "/verwijzingen/", null),
    VERWIJZING_STATUS_GEWIJZIGD(
            "nl.vraagwijzer.verwijzing.status-gewijzigd", "/verwijzingen/", "VerwijzingStatusGewijzigdData"),
    VERWIJZING_OVERBRUGGING_VASTGELEGD("nl.vraagwijzer.verwijzing.overbrugging-vastgelegd", "/verwijzingen/", null),
    AANMELDING_ONTVANGEN("nl.vraagwijzer.aanmelding.ontvangen", null, null),
    SIGNAAL_ONTVANGEN("nl.vraagwijzer.signaal.ontvangen", "/signalen/", null),
    /** In the signaalpartner's signal stream only (schema {@code Signaalgebeurtenistype}). */
    SIGNAAL_STATUS_GEWIJZIGD("nl.vraagwijzer.signaal.status-gewijzigd", "/signalen/", "SignaalStatusGewijzigdData"),
    /** In the gemeente's stream of support plans only (schema {@code Plangebeurtenistype}), as the three below. */
    PLAN_AKKOORD("nl.vraagwijzer.ondersteuningsplan.akkoord", "/ondersteuningsplannen/", null),
    PLAN_REGISSEUR_GEWISSELD("nl.vraagwijzer.ondersteuningsplan.regisseur-gewisseld", "/ondersteuningsplannen/", null),
    PLAN_EVALUATIE_NODIG(
            "nl.vraagwijzer.ondersteuningsplan.evaluatie-nodig", "/ondersteuningsplannen/", "PlanEvaluatieNodigData"),
    PLAN_DOEL_BEREIKT(
            "nl.vraagwijzer.ondersteuningsplan.doel-bereikt", "/ondersteuningsplannen/", "PlanDoelBereiktData");

    private final String type;
    private final String pad;
    private final String schema;

    Gebeurtenistype(String type, String pad, String schema) {
        this.type = type;
        this.pad = pad;
        this.schema = schema;
    }

    String type() {
        return type;
    }

    /** The path of the subject under {@code /v1}, ending in {@code /}; empty when no one reads it there. */
    Optional<String> pad() {
        return Optional.ofNullable(pad);
    }

    /** The name of the contract schema of the data; empty for a type without data. */
    Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    boolean overVerwijzing() {
        return "/verwijzingen/".equals(pad);
    }

    static Optional<Gebeurtenistype> van(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
