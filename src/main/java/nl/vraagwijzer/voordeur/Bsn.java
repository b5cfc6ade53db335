package nl.vraagwijzer.voordeur;

/**
 * The burgerservicenummer check: nine digits whose weighted sum 9*d1 + 8*d2 + ... + 2*d8 - 1*d9
 * is divisible by 11 and not 0 (the "elfproef"). A BSN is never logged or put in a URL.
 */
final class Bsn {

    private Bsn() {}

    static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }
}
