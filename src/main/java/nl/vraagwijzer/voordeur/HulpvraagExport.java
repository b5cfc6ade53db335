package nl.vraagwijzer.voordeur;

import java.util.ArrayList;
import java.util.List;
import nl.vraagwijzer.api.model.HulpvraagDto;
import nl.vraagwijzer.shared.export.Kolom;

/** The columns of the open-case list's CSV export, whole or pseudonymised. */
final class HulpvraagExport {

    private static final List<Kolom<HulpvraagDto>> KOLOMMEN = List.of(
            new Kolom<>("id", HulpvraagDto::getId),
            new Kolom<>("inwonerId", HulpvraagDto::getInwonerId),
            new Kolom<>("inwonerPseudoniem", HulpvraagDto::getInwonerPseudoniem),
            new Kolom<>("kanaal", HulpvraagDto::getKanaal),
            new Kolom<>(
                    "leefgebieden",
                    dto -> String.join(
                            ";",
                            dto.getLeefgebieden().stream().map(Object::toString).toList())),
            new Kolom<>("wettelijkKader", HulpvraagDto::getWettelijkKader),
            new Kolom<>("urgentie", HulpvraagDto::getUrgentie),
            new Kolom<>("team", HulpvraagDto::getTeam),
            new Kolom<>("medewerker", HulpvraagDto::getMedewerker),
            new Kolom<>("status", HulpvraagDto::getStatus),
            new Kolom<>("afsluitreden", HulpvraagDto::getAfsluitreden),
            new Kolom<>("wijk", HulpvraagDto::getWijk),
            new Kolom<>("registratieDatum", HulpvraagDto::getRegistratieDatum),
            new Kolom<>("termijnDatum", HulpvraagDto::getTermijnDatum),
            new Kolom<>("termijnVerlopen", HulpvraagDto::getTermijnVerlopen),
            new Kolom<>("aangemaaktOp", HulpvraagDto::getAangemaaktOp),
            new Kolom<>("gewijzigdOp", HulpvraagDto::getGewijzigdOp),
            new Kolom<>("omschrijving", HulpvraagDto::getOmschrijving));

    private HulpvraagExport() {}

    /** @param pseudoniem whether rows are pseudonymised: their personal columns are left out */
    static List<Kolom<HulpvraagDto>> kolommen(boolean pseudoniem) {
        List<Kolom<HulpvraagDto>> kolommen = new ArrayList<>(KOLOMMEN);
        kolommen.removeIf(kolom -> pseudoniem
                ? List.of("inwonerId", "medewerker", "omschrijving").contains(kolom.naam())
                : kolom.naam().equals("inwonerPseudoniem"));
        return kolommen;
    }
}
