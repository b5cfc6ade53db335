package nl.vraagwijzer.shared;

import static nl.vraagwijzer.support.VoordeurData.maakHulpvraag;
import static nl.vraagwijzer.support.VoordeurData.maakInwoner;
import static nl.vraagwijzer.support.VoordeurData.uniekTeam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.vraagwijzer.shared.opstart.Opwarming;
import nl.vraagwijzer.support.Beheerdatabase;
import org.junit.jupiter.api.Test;

/**
 * The warm-up at start (docs/performance.md, "A service that has just started"): every feature's
 * part ran without failing before the first request, and warming writes nothing, not even an
 * access-log entry, with data in the tables it reads.
 */
@QuarkusTest
class OpwarmingTest {

    @Inject
    Opwarming opwarming;

    @Test
    void everyPartRanAtStartWithoutFailing() {
        Opwarming.Uitslag uitslag = opwarming.uitslag();
        assertEquals(
                List.of("GebeurtenisOpwarming", "HulpvraagOpwarming", "SocialeKaartOpwarming", "VerwijzingOpwarming"),
                uitslag.delen().stream().sorted().toList());
        assertEquals(Optional.empty(), uitslag.mislukt());
    }

    @Test
    void warmingWritesNothing() {
        maakHulpvraag(maakInwoner(), uniekTeam());
        List<String> tabellen = List.of("inwoner", "hulpvraag", "verwijzing", "gebeurtenis", "logboek", "dienst");
        List<Long> voor = tabellen.stream().map(OpwarmingTest::rijen).toList();

        Opwarming.Uitslag uitslag = opwarming.opwarmen(1);

        assertEquals(Optional.empty(), uitslag.mislukt());
        assertTrue(uitslag.delen().size() >= 3, uitslag.toString());
        assertEquals(voor, tabellen.stream().map(OpwarmingTest::rijen).toList());
    }

    private static long rijen(String tabel) {
        return Beheerdatabase.tel("select count(*) from " + tabel);
    }
}
