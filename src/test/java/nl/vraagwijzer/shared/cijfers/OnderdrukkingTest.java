package nl.vraagwijzer.shared.cijfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.vraagwijzer.shared.cijfers.Onderdrukking.Cel;
import org.junit.jupiter.api.Test;

/** The suppression rules on small hand-made tables, each case one rule; the reports test them end to end. */
class OnderdrukkingTest {

    @Test
    void eenKleinAantalWordtOnderdruktEenNulNiet() {
        Onderdrukking onderdrukking = new Onderdrukking(5);
        Cel klein = onderdrukking.cel(3);
        Cel nul = onderdrukking.cel(0);
        Cel groot = onderdrukking.cel(5);
        onderdrukking.pasToe();

        assertEquals(Optional.empty(), klein.getoond());
        assertEquals(Optional.of(0L), nul.getoond());
        assertEquals(Optional.of(5L), groot.getoond());
    }

    @Test
    void hetTotaalMinDeAnderenVerraadtHetKleineDeel() {
        Onderdrukking onderdrukking = new Onderdrukking(5);
        Cel klein = onderdrukking.cel(3);
        Cel midden = onderdrukking.cel(7);
        Cel groot = onderdrukking.cel(10);
        Cel totaal = onderdrukking.som(List.of(klein, midden, groot));
        onderdrukking.pasToe();

        assertTrue(klein.onderdrukt());
        assertTrue(midden.onderdrukt(), "the smallest other part goes too");
        assertFalse(groot.onderdrukt());
        assertEquals(Optional.of(20L), totaal.getoond());
    }

    @Test
    void eenVerborgenRestVerraadtZichDoorHetTotaal() {
        Onderdrukking onderdrukking = new Onderdrukking(5);
        Cel eerste = onderdrukking.cel(9);
        Cel tweede = onderdrukking.cel(11);
        Cel rest = onderdrukking.verborgen(2);
        onderdrukking.som(onderdrukking.cel(22), List.of(eerste, tweede, rest));
        onderdrukking.pasToe();

        assertTrue(eerste.onderdrukt());
        assertFalse(tweede.onderdrukt());
    }

    @Test
    void delenDieOptellenTotEenOnderdruktTotaalVerliezenHunKleinste() {
        Onderdrukking onderdrukking = new Onderdrukking(5);
        Cel p = onderdrukking.cel(8);
        Cel q = onderdrukking.cel(9);
        Cel t = onderdrukking.som(List.of(p, q));
        Cel u = onderdrukking.cel(3);
        // t is the only other part beside the small u, so it goes; then p + q would give it away
        Cel g = onderdrukking.som(List.of(t, u));
        onderdrukking.pasToe();

        assertTrue(t.onderdrukt());
        assertTrue(p.onderdrukt());
        assertFalse(q.onderdrukt());
        assertEquals(Optional.of(20L), g.getoond());
    }

    @Test
    void eenOnderdrukkingHeroptentEenEerderGecontroleerdeSom() {
        // a 2x2 table whose second row is declared before the first column: suppressing c for the column
        // opens the row again, which was checked earlier in the same pass and is the only sum that holds d
        Onderdrukking onderdrukking = new Onderdrukking(5);
        Cel a = onderdrukking.cel(3);
        Cel b = onderdrukking.cel(10);
        Cel c = onderdrukking.cel(8);
        Cel d = onderdrukking.cel(12);
        onderdrukking.som(List.of(c, d));
        onderdrukking.som(List.of(a, c));
        onderdrukking.som(List.of(a, b));
        onderdrukking.pasToe();

        assertTrue(a.onderdrukt());
        assertTrue(c.onderdrukt(), "the column reveals a");
        assertTrue(d.onderdrukt(), "the second row, checked before c went, reveals c");
        assertTrue(b.onderdrukt(), "the first row reveals a");
    }
}
