package nl.vraagwijzer.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WerkdagenTest {

    @Test
    void pasenVanBekendeJaren() {
        assertEquals(LocalDate.of(2024, 3, 31), Werkdagen.pasen(2024));
        assertEquals(LocalDate.of(2025, 4, 20), Werkdagen.pasen(2025));
        assertEquals(LocalDate.of(2026, 4, 5), Werkdagen.pasen(2026));
        assertEquals(LocalDate.of(2027, 3, 28), Werkdagen.pasen(2027));
    }

    @Test
    void feestdagen2026() {
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 1, 1)), "Nieuwjaarsdag");
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 4, 3)), "Goede Vrijdag");
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 4, 6)), "Tweede Paasdag");
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 4, 27)), "Koningsdag");
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 5, 5)), "Bevrijdingsdag");
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 5, 14)), "Hemelvaartsdag");
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 5, 25)), "Tweede Pinksterdag");
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 12, 25)), "Eerste Kerstdag");
        assertFalse(Werkdagen.isWerkdag(LocalDate.of(2026, 12, 26)), "Tweede Kerstdag");
        assertTrue(Werkdagen.isWerkdag(LocalDate.of(2026, 4, 28)));
    }

    @Test
    void koningsdagOpZondagWordtZaterdag() {
        // 27 April 2025 was a Sunday
        assertTrue(Werkdagen.feestdagen(2025).contains(LocalDate.of(2025, 4, 26)));
        assertFalse(Werkdagen.feestdagen(2025).contains(LocalDate.of(2025, 4, 27)));
    }

    @Test
    void werkdagenTellenOverWeekendEnFeestdag() {
        // Friday 24 April 2026; Monday 27 April is Koningsdag
        assertEquals(LocalDate.of(2026, 4, 30), Werkdagen.plusWerkdagen(LocalDate.of(2026, 4, 24), 3));
        // Thursday 30 April 2026 + 3: Friday 1 May, Monday 4 May, (5 May Bevrijdingsdag) Wednesday 6 May
        assertEquals(LocalDate.of(2026, 5, 6), Werkdagen.plusWerkdagen(LocalDate.of(2026, 4, 30), 3));
    }

    @Test
    void eerstvolgendeWerkdag() {
        assertEquals(LocalDate.of(2026, 12, 28), Werkdagen.eerstvolgendeWerkdag(LocalDate.of(2026, 12, 25)));
        assertEquals(LocalDate.of(2026, 12, 28), Werkdagen.eerstvolgendeWerkdag(LocalDate.of(2026, 12, 28)));
    }
}
