package nl.vraagwijzer.voordeur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WettelijkKaderTest {

    private static final LocalDate MAANDAG = LocalDate.of(2026, 9, 7);

    @Test
    void termijnenUitDeWet() {
        assertEquals(LocalDate.of(2026, 10, 19), WettelijkKader.WMO_MELDING.termijn(MAANDAG));
        assertEquals(LocalDate.of(2026, 9, 21), WettelijkKader.WMO_AANVRAAG.termijn(MAANDAG));
        assertEquals(LocalDate.of(2026, 10, 5), WettelijkKader.SCHULDHULP.termijn(MAANDAG));
        assertEquals(LocalDate.of(2026, 9, 10), WettelijkKader.SCHULDHULP_SPOED.termijn(MAANDAG));
        assertEquals(LocalDate.of(2026, 11, 2), WettelijkKader.JEUGD.termijn(MAANDAG));
        assertEquals(LocalDate.of(2026, 11, 2), WettelijkKader.PARTICIPATIE.termijn(MAANDAG));
        assertEquals(LocalDate.of(2026, 11, 2), WettelijkKader.OVERIG.termijn(MAANDAG));
    }

    @Test
    void spoedOverHetWeekendEnKoningsdag() {
        // registered on Friday 24 April 2026: Tuesday 28, Wednesday 29, Thursday 30 April
        assertEquals(LocalDate.of(2026, 4, 30), WettelijkKader.SCHULDHULP_SPOED.termijn(LocalDate.of(2026, 4, 24)));
    }

    @Test
    void termijnOpFeestdagSchuiftNaarVolgendeWerkdag() {
        // 13 November 2026 + 6 weeks = Friday 25 December (Christmas): moves to Monday 28 December
        assertEquals(LocalDate.of(2026, 12, 28), WettelijkKader.WMO_MELDING.termijn(LocalDate.of(2026, 11, 13)));
    }

    @Test
    void elfproef() {
        assertTrue(Bsn.isGeldig("111222333"));
        assertTrue(Bsn.isGeldig("123456782"));
        assertFalse(Bsn.isGeldig("123456789"));
        assertFalse(Bsn.isGeldig("000000000"), "sum 0 is not a BSN");
        assertFalse(Bsn.isGeldig("12345678"));
        assertFalse(Bsn.isGeldig("12345678a"));
    }
}
